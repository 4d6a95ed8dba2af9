import type { Lookup } from "../../../dataset/lookup";
import type { ActorId, IsoDate, Quote } from "../../../dataset/schema";

/** A quote with its search text prepared once. */
export interface SearchableQuote {
  quote: Quote;
  haystack: string;
}

/** Returns text folded for search: lower case, accents removed. */
export function foldText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Returns the quotes newest first with their lower-cased search text (quote, speaker, role, country, article title). */
export function prepareQuotes(quotes: readonly Quote[], lookup: Lookup): SearchableQuote[] {
  return [...quotes]
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id))
    .map((quote) => ({
      quote,
      haystack: foldText(
        [
          quote.text,
          quote.speaker,
          quote.role ?? "",
          quote.actor ? lookup.actorName(quote.actor) : "",
          lookup.articleTitle(quote.article),
        ].join(" "),
      ),
    }));
}

/**
 * Returns the quotes to show: dated on or before `date` (undated quotes are kept, as they cannot be placed),
 * of `actor` when one is selected, and containing every word of `query`.
 */
export function filterQuotes(
  all: readonly SearchableQuote[],
  date: IsoDate,
  actor: ActorId | null,
  query: string,
): Quote[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const out: Quote[] = [];
  for (const { quote, haystack } of all) {
    if (quote.date && quote.date > date) continue;
    if (actor && quote.actor !== actor) continue;
    if (words.some((w) => !haystack.includes(w))) continue;
    out.push(quote);
  }
  return out;
}
