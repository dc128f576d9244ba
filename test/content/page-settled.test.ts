// @vitest-environment jsdom
// The reader's first reading waits for the page to settle as a `document_idle` script would.
import { afterEach, expect, test } from 'vitest';
import { pageSettled } from '../../src/content/page-settled';

const setReadyState = (state: DocumentReadyState | null) => {
  if (state) Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  else delete (document as { readyState?: unknown }).readyState;
};
afterEach(() => setReadyState(null));

/** Whether the promise has settled once every queued microtask has run (no timer can fire meanwhile). */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

test('a page that has loaded is read at once', async () => {
  setReadyState('complete');
  expect(await settledNow(pageSettled(document))).toBe(true);
});

test('a page still loading its images is read at its load event', async () => {
  setReadyState('interactive');
  const settled = pageSettled(document);
  expect(await settledNow(settled)).toBe(false);
  window.dispatchEvent(new Event('load'));
  expect(await settledNow(settled)).toBe(true);
});

test('a page whose load never comes is read shortly after its DOM is parsed', async () => {
  setReadyState('interactive');
  // The 200 ms of Chromium's document_idle, on a timer the page cannot clear: waited for, not timed.
  await expect(pageSettled(document)).resolves.toBeUndefined();
});
