import type { Lookup } from "../../../dataset/lookup";
import type { QuotesPart } from "../../../dataset/parts";
import type { ActorId, IsoDate, Quote } from "../../../dataset/schema";

/** A quote with its article's title and its search text, prepared once. */
export interface SearchableQuote {
  quote: Quote;
  title: string;
  haystack: string;
}

/** Returns text folded for search: lower case, accents removed. */
export function foldText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Returns the quotes newest first with their article's title (the id when the article is not listed) and
 * folded search text (quote, speaker, role, country, article title).
 */
export function prepareQuotes({ quotes, articles }: QuotesPart, lookup: Lookup): SearchableQuote[] {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return [...quotes]
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id))
    .map((quote) => {
      const title = titles.get(quote.article) ?? quote.article;
      const who = [quote.speaker, quote.role ?? "", quote.actor ? lookup.actorName(quote.actor) : ""];
      return { quote, title, haystack: foldText([quote.text, ...who, title].join(" ")) };
    });
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
): SearchableQuote[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const out: SearchableQuote[] = [];
  for (const item of all) {
    const { quote, haystack } = item;
    if (quote.date && quote.date > date) continue;
    if (actor && quote.actor !== actor) continue;
    if (words.some((w) => !haystack.includes(w))) continue;
    out.push(item);
  }
  return out;
}
