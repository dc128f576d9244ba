// A reading written as steps: a generator that yields between two steps and returns its result.
// extractJob runs the steps one after the other at once (runNow); the page reader runs them with a
// pause between two (runInSteps), so that the page's own tasks run meanwhile and no task of the
// reading's is long (issue 20). One pipeline either way, and the same result.

/** A reading in steps: yields (nothing) where it may pause, returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs something for one step (words/index.ts readingScope, dom.ts pageIndexKept). */
export type StepRunner = <R>(step: () => R) => R;

/** `steps` with each of its steps run by `run`: what a step sets for itself is set for each of them alone. */
export function* within<T>(run: StepRunner, steps: Steps<T>): Steps<T> {
  for (;;) {
    const next = run(() => steps.next());
    if (next.done) return next.value;
    yield;
  }
}

/** The result of `steps`, run at once. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The result of `steps`, with `pause` awaited between two of them. */
export async function runInSteps<T>(steps: Steps<T>, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}
