/** A Chromium trace event, with the fields read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall time of a complete ("X") event, µs. */
  dur?: number;
  /** The thread's CPU time during it, µs. */
  tdur?: number;
  args?: { data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

/** The page's main-thread tasks after its first contentful paint: how long they took, and how much CPU they had. */
export interface TasksAfterPaint {
  /** Tasks of at least the minimum length. */
  tasks: number;
  /** Their wall time, what Lighthouse's blocking time is computed from. */
  wallMs: number;
  /** The main thread's CPU time within them (the rest it spent waiting for a core); null without thread times. */
  cpuMs: number | null;
}

const TASK_NAMES = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

/**
 * Sums the renderer main thread's tasks of at least `minMs` that start after the first contentful paint, from a
 * trace such as Lighthouse's (`--save-assets`). On a machine with few cores the browser's other processes, its
 * background threads and Lighthouse itself take the CPU from the page's thread in the middle of its tasks; wall
 * time then overstates what the page costs, and the gap shows by how much. Undefined when the trace has no page
 * load or no first contentful paint.
 */
export function tasksAfterFirstPaint(events: readonly TraceEvent[], minMs = 10): TasksAfterPaint | undefined {
  const nav = events.find(
    (e) =>
      e.name === "navigationStart" &&
      e.args?.data?.isLoadingMainFrame === true &&
      e.args.data.documentLoaderURL?.startsWith("http"),
  );
  if (!nav) return undefined;
  const fcp = events.find((e) => e.name === "firstContentfulPaint" && e.pid === nav.pid && e.ts >= nav.ts);
  if (!fcp) return undefined;
  const long = events.filter(
    (e) =>
      e.pid === nav.pid &&
      e.tid === nav.tid &&
      e.ph === "X" &&
      TASK_NAMES.has(e.name) &&
      e.ts >= fcp.ts &&
      (e.dur ?? 0) >= minMs * 1000,
  );
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    tasks: long.length,
    wallMs: ms(long.reduce((sum, e) => sum + (e.dur ?? 0), 0)),
    cpuMs: long.every((e) => e.tdur !== undefined) ? ms(long.reduce((sum, e) => sum + e.tdur!, 0)) : null,
  };
}
