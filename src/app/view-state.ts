import type { ActorId, IsoDate, StanceId } from "../dataset/schema";

/**
 * The whole view, as held in the URL (?date=&actor=&stance=&tab=&q=&article=&quote=).
 * Unknown or malformed values fall back to the defaults; `date` accepts "earliest" and "latest".
 */
export interface ViewState {
  /** Selected day; null means "latest" (the default). */
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
