import type { IsoDate } from "../../../dataset/schema";

const DAY = 86_400_000;
/** Longest stretch, in days, a quiet gap between two marked days takes on the track. */
export const QUIET_CAP = 10;

/** Returns the whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY);
}

/** Returns the day `n` days after `a`. */
export function dayAfter(a: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(a) + n * DAY).toISOString().slice(0, 10) as IsoDate;
}

/** A track scale that compresses quiet stretches so marked days stay reachable. */
export interface DayScale {
  /** Returns the position 0–1 of a day on the track. */
  position(day: IsoDate): number;
  /** Returns the day at a position 0–1 (the nearest whole day). */
  dayAt(position: number): IsoDate;
}

/**
 * Returns a piecewise-linear scale over first..last in which each gap between consecutive marked days is as
 * wide as its length in days, but at most QUIET_CAP days: a seven-month lull takes the room of ten days.
 */
export function buildDayScale(first: IsoDate, last: IsoDate, marked: readonly IsoDate[]): DayScale {
  const stops = [...new Set([first, ...marked.filter((d) => d > first && d < last), last])].sort();
  const stopDays = stops.map((d) => Date.parse(d) / DAY);
  const widths = stopDays.slice(1).map((d, i) => Math.min(Math.round(d - stopDays[i]), QUIET_CAP));
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const starts: number[] = [0];
  for (const w of widths) starts.push(starts.at(-1)! + w / total);
  /** Returns the segment i (stops[i]..stops[i + 1]) that `value` falls in, by binary search over `edges`. */
  const segment = (edges: readonly (string | number)[], value: string | number) => {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    position(day) {
      if (day <= first) return 0;
      if (day >= last) return 1;
      const i = segment(stops, day);
      const span = Math.round(stopDays[i + 1] - stopDays[i]) || 1;
      return (
        starts[i] + (starts[i + 1] - starts[i]) * (Math.round(Date.parse(day) / DAY - stopDays[i]) / span)
      );
    },
    dayAt(p) {
      const x = Math.min(1, Math.max(0, p));
      const i = segment(starts, x);
      const frac = (x - starts[i]) / (starts[i + 1] - starts[i] || 1);
      return dayAfter(stops[i], Math.round(frac * Math.round(stopDays[i + 1] - stopDays[i])));
    },
  };
}

/** Returns the marked day after (`dir` 1) or before (`dir` -1) `day` in the ascending `marked`, or undefined. */
export function stepMarked(marked: readonly IsoDate[], day: IsoDate, dir: 1 | -1): IsoDate | undefined {
  let lo = 0; // first index with marked[i] > day
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  if (dir === 1) return marked[lo];
  return marked[lo - 1] === day ? marked[lo - 2] : marked[lo - 1];
}
