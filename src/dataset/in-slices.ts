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

/**
 * Resolves in a new task, after the browser has had the chance to handle input and paint; rejects instead when
 * `signal` has been aborted by then.
 */
export async function nextTask(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}
