import type { Overview } from "../../../dataset/parts";
import type { IsoDate, StanceId } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";

export type SeriesPoint = { date: IsoDate } & Record<StanceId, number>;

/**
 * Returns, for each change day (and the last day), how many countries (organisations and the subject excluded)
 * hold each stance. Walks the change days once, moving each country between stances on the day its run begins,
 * rather than asking every country's state on every day.
 */
export function stanceSeries(overview: Overview, index: StanceIndex): SeriesPoint[] {
  const countries = overview.actors.filter((a) => a.kind === "country" && a.id !== overview.topic.subject);
  const moves = new Map<IsoDate, { from: StanceId | undefined; to: StanceId }[]>();
  for (const { id } of countries) {
    let held: StanceId | undefined;
    for (const step of index.history(id)) {
      if (step.since !== step.date) continue; // the run continues: no move
      const list = moves.get(step.date) ?? [];
      list.push({ from: held, to: step.stance });
      moves.set(step.date, list);
      held = step.stance;
    }
  }
  const days = [...index.changeDays];
  if (index.lastDay && days.at(-1) !== index.lastDay) days.push(index.lastDay);
  const count: Record<StanceId, number> = { guaido: 0, maduro: 0, conditional: 0, neutral: 0 };
  return days.map((date) => {
    for (const { from, to } of moves.get(date) ?? []) {
      if (from) count[from] -= 1;
      count[to] += 1;
    }
    return { date, ...count };
  });
}

/**
 * Returns at most `max` (≥ 2) of a step series' points, for drawing it: the first, then the series cut into
 * `max - 1` even runs, keeping the point each run ends on (the state at that day). Short series come back whole.
 * A change undone within one run is not drawn: under two pixels when `max` is half the screen's width.
 */
export function thinSteps<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const out = [points[0]];
  for (let run = 1; run < max; run++) out.push(points[Math.round((run * (points.length - 1)) / (max - 1))]);
  return out;
}
