// Waiting for a state, never for a time: `until` reads a state again and again
// (every 50 ms) until it is what the caller wants, and fails after `timeout`
// saying what it last saw.

/** How long the driver waits for an element, a page or a file before it fails. */
export const TIMEOUT = 10_000;

export async function until<T>(
  read: () => Promise<T>,
  want: (value: T) => boolean,
  what: string,
  timeout = TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (want(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${describe(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
