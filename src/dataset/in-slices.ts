/** Items handled per slice; between slices the browser gets to handle input and paint. */
const SLICE = 2000;

/**
 * Calls `work` on consecutive slices of `items` (`size` each) with the offset of each, every slice after the first
 * in a new task, so work over tens of thousands of items does not freeze the page; rejects once `signal` is aborted.
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (slice: readonly T[], offset: number) => void,
  signal?: AbortSignal,
  size = SLICE,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await nextTask(signal);
    else signal?.throwIfAborted();
    work(items.slice(i, i + size), i);
  }
}

/** The Prioritized Task Scheduling API's yield, where the browser has it (Chromium 129+, Firefox 142+). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task, after the browser has had the chance to handle input and paint; rejects instead when
 * `signal` has been aborted by then. Uses scheduler.yield where there is one: the work resumes ahead of other queued
 * tasks and without the 4 ms a timeout is held to once nested a few deep, which adds up over dozens of slices.
 */
export async function nextTask(signal?: AbortSignal): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") await scheduler.yield();
  else await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}
