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

/** A search's list, its first quote on or before the day, its words and the quotes it kept. */
interface Search {
  list: readonly SearchableQuote[];
  from: number;
  words: readonly string[];
  found: readonly SearchableQuote[];
}

/** Each index's last search, which the next one narrows when it can. */
const lastSearch = new WeakMap<QuoteIndex, Search>();

/**
 * Returns the quotes to show: dated on or before `date` (undated quotes are kept, as they cannot be placed),
 * of `actor` when one is selected, and containing every word of `query`. The day is found by binary search,
 * so a step of the slider does not scan every quote. A search that narrows the index's previous one (same list
 * and day, each earlier word inside one of the new words, as when a word is typed on) looks only at the quotes
 * that one kept: every keystroke would otherwise scan every quote.
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
  const last = lastSearch.get(index);
  const narrows =
    last?.list === list && last.from === from && last.words.every((w) => words.some((n) => n.includes(w)));
  const pool = narrows ? last.found : list;
  const found: SearchableQuote[] = [];
  for (let i = narrows ? 0 : from; i < pool.length; i++)
    if (words.every((w) => pool[i].haystack.includes(w))) found.push(pool[i]);
  lastSearch.set(index, { list, from, words, found });
  return found;
}
