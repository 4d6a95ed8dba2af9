import { bisectRight } from "d3-array";
import { addDays, dayNumber } from "../../../dataset/days";
import type { IsoDate } from "../../../dataset/schema";

/** Longest stretch, in days, a quiet gap between two marked days takes on the track. */
export const QUIET_CAP = 10;

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
  const stopDays = stops.map(dayNumber);
  const widths = stopDays.slice(1).map((d, i) => Math.min(d - stopDays[i], QUIET_CAP));
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const starts: number[] = [0];
  for (const w of widths) starts.push(starts.at(-1)! + w / total);
  /** Returns the segment i (stops[i]..stops[i + 1]) ending before index `after` of stops or starts. */
  const segment = (after: number) => Math.min(Math.max(after - 1, 0), stops.length - 2);
  return {
    position(day) {
      if (day <= first) return 0;
      if (day >= last) return 1;
      const i = segment(bisectRight(stops, day));
      const span = stopDays[i + 1] - stopDays[i] || 1;
      return starts[i] + (starts[i + 1] - starts[i]) * ((dayNumber(day) - stopDays[i]) / span);
    },
    dayAt(p) {
      const x = Math.min(1, Math.max(0, p));
      const i = segment(bisectRight(starts, x));
      const frac = (x - starts[i]) / (starts[i + 1] - starts[i] || 1);
      return addDays(stops[i], Math.round(frac * (stopDays[i + 1] - stopDays[i])));
    },
  };
}

/** Returns the marked day after (`dir` 1) or before (`dir` -1) `day` in the ascending `marked`, or undefined. */
export function stepMarked(marked: readonly IsoDate[], day: IsoDate, dir: 1 | -1): IsoDate | undefined {
  const after = bisectRight(marked, day); // first marked day after `day`
  if (dir === 1) return marked[after];
  return marked[after - 1] === day ? marked[after - 2] : marked[after - 1];
}
