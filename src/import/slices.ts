// Long work done in slices: a generator yields between slices, and runs either at once or with a pause after each.

/** How many records are looked at between pauses: a few milliseconds' work. */
export const SLICE = 5_000;

/** Runs the work to its end in one go: for the command line, tests and small inputs. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the work with a pause (a new task) after each slice, so the page can paint and answer in between.
 * Rejects with the signal's reason once it is aborted.
 */
export async function runInSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
