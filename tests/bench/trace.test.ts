import { describe, expect, it } from "vitest";
import { tasksAfterFirstPaint, type TraceEvent } from "../../bench/trace";

const PAGE = { pid: 7, tid: 1 };
const nav: TraceEvent = {
  ...PAGE,
  name: "navigationStart",
  ph: "R",
  ts: 1_000_000,
  args: { data: { isLoadingMainFrame: true, documentLoaderURL: "http://localhost:4173/" } },
};
const fcp: TraceEvent = { ...PAGE, name: "firstContentfulPaint", ph: "R", ts: 1_200_000 };
const task = (ts: number, dur: number, tdur?: number, where = PAGE): TraceEvent => ({
  ...where,
  name: "RunTask",
  ph: "X",
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});

describe("tasksAfterFirstPaint", () => {
  it("sums the wall and CPU time of the main thread's long tasks after the first paint", () => {
    const events = [
      // an about:blank navigation first, which is not the page's
      {
        ...nav,
        pid: 8,
        ts: 500_000,
        args: { data: { isLoadingMainFrame: true, documentLoaderURL: "about:blank" } },
      },
      nav,
      task(1_100_000, 40_000, 30_000), // before the paint
      fcp,
      task(1_250_000, 28_000, 4_000), // mostly waiting for a core
      task(1_300_000, 20_000, 18_000),
      task(1_400_000, 9_000, 9_000), // shorter than the minimum
      task(1_500_000, 50_000, 50_000, { pid: 7, tid: 2 }), // another thread
      task(1_600_000, 50_000, 50_000, { pid: 8, tid: 1 }), // another process
      { ...task(1_700_000, 30_000, 30_000), name: "Layout" }, // not a task
    ];
    expect(tasksAfterFirstPaint(events)).toEqual({ tasks: 2, wallMs: 48, cpuMs: 22 });
    expect(tasksAfterFirstPaint(events, 5)).toEqual({ tasks: 3, wallMs: 57, cpuMs: 31 });
  });

  it("gives no CPU time when the trace has no thread times, and nothing without a load or a paint", () => {
    expect(tasksAfterFirstPaint([nav, fcp, task(1_250_000, 28_000, 4_000), task(1_300_000, 20_000)])).toEqual(
      {
        tasks: 2,
        wallMs: 48,
        cpuMs: null,
      },
    );
    expect(tasksAfterFirstPaint([fcp, task(1_250_000, 28_000, 4_000)])).toBeUndefined();
    expect(tasksAfterFirstPaint([nav, task(1_250_000, 28_000, 4_000)])).toBeUndefined();
  });
});
