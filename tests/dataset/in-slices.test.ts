import { afterEach, describe, expect, it, vi } from "vitest";
import { inSlices, nextTask } from "../../src/dataset/in-slices";

describe("inSlices", () => {
  it("hands over consecutive slices with their offsets, each after the first in a task of its own", async () => {
    const seen: [number[], number][] = [];
    let tasks = 0;
    const counting = setInterval(() => (tasks += 1), 0);
    await inSlices([1, 2, 3, 4, 5], (slice, offset) => seen.push([[...slice], offset]), undefined, 2);
    clearInterval(counting);
    expect(seen).toEqual([
      [[1, 2], 0],
      [[3, 4], 2],
      [[5], 4],
    ]);
    expect(tasks).toBeGreaterThan(0);
  });

  it("rejects before the next slice once the signal is aborted", async () => {
    const abort = new AbortController();
    const seen: number[] = [];
    const done = inSlices([1, 2, 3], (slice) => (seen.push(...slice), abort.abort()), abort.signal, 1);
    await expect(done).rejects.toThrow(/abort/i);
    expect(seen).toEqual([1]);
  });
});

describe("nextTask", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("yields with scheduler.yield where the browser has it", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yielded });
    const timeout = vi.spyOn(globalThis, "setTimeout");
    await nextTask();
    expect(yielded).toHaveBeenCalledTimes(1);
    expect(timeout).not.toHaveBeenCalled();
    timeout.mockRestore();
  });

  it("yields with a timeout where there is no scheduler.yield", async () => {
    vi.stubGlobal("scheduler", { postTask: () => undefined });
    const timeout = vi.spyOn(globalThis, "setTimeout");
    await nextTask();
    expect(timeout).toHaveBeenCalledTimes(1);
    timeout.mockRestore();
  });

  it("rejects when the signal was aborted meanwhile", async () => {
    const abort = new AbortController();
    const waiting = nextTask(abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow(/abort/i);
  });
});
