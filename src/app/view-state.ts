import type { Overview } from "../dataset/parts";
import type { ActorId, IsoDate, StanceId } from "../dataset/schema";

/**
 * The whole view, as held in the URL (?date=&actor=&stance=&tab=&q=&article=&quote=).
 * Unknown or malformed values fall back to the defaults; `date` accepts "earliest" and "latest".
 */
export interface ViewState {
  /** Selected day; null means the latest day with data (the default). */
  date: IsoDate | null;
  /** Selected actor (country alpha-3 or organisation id), opening its detail panel. */
  actor: ActorId | null;
  /** Stance highlighted from the legend. */
  stance: StanceId | null;
  tab: "map" | "table";
  /** Free-text quote search. */
  q: string;
  /** Article open in the article view. */
  article: string | null;
  /** Quote highlighted in the open article. */
  quote: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  date: null,
  actor: null,
  stance: null,
  tab: "map",
  q: "",
  article: null,
  quote: null,
};

/** The span of days the dataset covers, for resolving "earliest"/"latest" and clamping. */
export interface DayRange {
  first: IsoDate | undefined;
  last: IsoDate | undefined;
}

/**
 * Returns the view a query string describes, checked against the dataset's overview: unknown actors and stances,
 * malformed dates and tabs fall back to the defaults; a date outside the data is clamped to it. Articles are not
 * in the overview, so `article` and `quote` are kept as given (the article view drops them if they are unknown).
 */
export function parseViewState(
  search: string,
  overview: Pick<Overview, "actors" | "topic">,
  range: DayRange,
): ViewState {
  const p = new URLSearchParams(search);
  const view: ViewState = { ...DEFAULT_VIEW };
  const date = p.get("date");
  if (date === "earliest" && range.first) view.date = range.first;
  else if (
    date &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(Date.parse(date)) &&
    range.first &&
    range.last
  ) {
    const d = date as IsoDate;
    view.date = d < range.first ? range.first : d > range.last ? range.last : d;
  }
  const actor = p.get("actor")?.toUpperCase();
  if (actor && overview.actors.some((a) => a.id === actor)) view.actor = actor as ActorId;
  const stance = p.get("stance");
  if (stance && overview.topic.stances.some((s) => s.id === stance)) view.stance = stance as StanceId;
  if (p.get("tab") === "table") view.tab = "table";
  view.q = (p.get("q") ?? "").slice(0, 200);
  view.article = p.get("article") || null;
  view.quote = (view.article && p.get("quote")) || null;
  return view;
}

/** Returns the query string of a view, leaving out defaults so links stay short ("" for the default view). */
export function serializeViewState(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.date) p.set("date", view.date);
  if (view.actor) p.set("actor", view.actor);
  if (view.stance) p.set("stance", view.stance);
  if (view.tab !== "map") p.set("tab", view.tab);
  if (view.q) p.set("q", view.q);
  if (view.article) p.set("article", view.article);
  if (view.article && view.quote) p.set("quote", view.quote);
  const s = p.toString();
  return s ? `?${s}` : "";
}
