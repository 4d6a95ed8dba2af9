import { bisector, descending, group } from "d3-array";
import type { Lookup } from "../../../dataset/lookup";
import { inSlices } from "../../../dataset/in-slices";
import { compareNewestFirst, type QuotesPart } from "../../../dataset/parts";
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

/** Finds a day in quotes ordered newest first; undated quotes sort last, as "" would. */
const byDateNewestFirst = bisector((q: SearchableQuote, day: IsoDate) => descending(q.quote.date ?? "", day));

/** Quotes prepared for filtering: all of them, and each actor's, newest first (undated last). */
export interface QuoteIndex {
  all: readonly SearchableQuote[];
  /** By speaker's actor; quotes of media and unknown speakers under null. */
  byActor: ReadonlyMap<ActorId | null, readonly SearchableQuote[]>;
}

/** Returns the quotes newest first: as given when they already are (the quote files are written so), else sorted. */
function newestFirst(quotes: readonly Quote[]): readonly Quote[] {
  for (let i = 1; i < quotes.length; i++)
    if (compareNewestFirst(quotes[i - 1], quotes[i]) > 0) return [...quotes].sort(compareNewestFirst);
  return quotes;
}

function searchable(quote: Quote, titles: ReadonlyMap<string, string>, lookup: Lookup): SearchableQuote {
  const title = titles.get(quote.article) ?? quote.article;
  const who = [quote.speaker, quote.role ?? "", quote.actor ? lookup.actorName(quote.actor) : ""];
  return { quote, title, haystack: foldText([quote.text, ...who, title].join(" ")) };
}

/**
 * Returns the quotes newest first (undated last) with their article's title (the id when the article is not
 * listed) and folded search text (quote, speaker, role, country, article title), also grouped by actor. Works a
 * slice at a time with a pause between slices, so tens of thousands of quotes do not freeze the page; rejects
 * once `signal` is aborted.
 */
export async function prepareQuotesInSlices(
  { quotes, articles }: QuotesPart,
  lookup: Lookup,
  signal: AbortSignal,
): Promise<QuoteIndex> {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const sorted = newestFirst(quotes);
  const all: SearchableQuote[] = [];
  await inSlices(sorted, (slice) => slice.forEach((q) => all.push(searchable(q, titles, lookup))), signal);
  return { all, byActor: group(all, (q) => q.quote.actor) };
}

/**
 * Returns the quotes to show: dated on or before `date` (undated quotes are kept, as they cannot be placed),
 * of `actor` when one is selected, and containing every word of `query`. The day is found by binary search,
 * so a step of the slider does not scan every quote.
 */
export function filterQuotes(
  index: QuoteIndex,
  date: IsoDate,
  actor: ActorId | null,
  query: string,
): readonly SearchableQuote[] {
  const list = actor ? (index.byActor.get(actor) ?? []) : index.all;
  const from = byDateNewestFirst.left(list, date); // first quote dated on or before `date`
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return list.slice(from);
  const out: SearchableQuote[] = [];
  for (let i = from; i < list.length; i++)
    if (words.every((w) => list[i].haystack.includes(w))) out.push(list[i]);
  return out;
}
