import type { Overview } from "../../../dataset/parts";
import type { IsoDate, StanceId } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";

export type SeriesPoint = { date: IsoDate } & Record<StanceId, number>;

/** Returns, for each change day, how many countries (organisations and the subject excluded) hold each stance. */
export function stanceSeries(overview: Overview, index: StanceIndex): SeriesPoint[] {
  const countries = new Set(
    overview.actors.filter((a) => a.kind === "country" && a.id !== overview.topic.subject).map((a) => a.id),
  );
  const days = [...index.changeDays];
  if (index.lastDay && days.at(-1) !== index.lastDay) days.push(index.lastDay);
  return days.map((date) => {
    const point: SeriesPoint = { date, guaido: 0, maduro: 0, conditional: 0, neutral: 0 };
    for (const [actor, s] of index.statesOn(date)) if (countries.has(actor)) point[s.stance] += 1;
    return point;
  });
}
