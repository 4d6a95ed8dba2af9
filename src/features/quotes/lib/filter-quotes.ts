import { bisector, descending } from "d3-array";
import type { Lookup } from "../../../dataset/lookup";
import { nextTask } from "../../../dataset/next-task";
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
  byActor: ReadonlyMap<ActorId, readonly SearchableQuote[]>;
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

function groupByActor(all: readonly SearchableQuote[]): QuoteIndex {
  const byActor = new Map<ActorId, SearchableQuote[]>();
  for (const q of all) {
    if (!q.quote.actor) continue;
    const list = byActor.get(q.quote.actor);
    if (list) list.push(q);
    else byActor.set(q.quote.actor, [q]);
  }
  return { all, byActor };
}

/** Quotes prepared per slice; between slices the browser gets to handle input and paint. */
const SLICE = 2000;

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
  for (let i = 0; i < sorted.length; i += SLICE) {
    if (i > 0) await nextTask();
    signal.throwIfAborted();
    for (const q of sorted.slice(i, i + SLICE)) all.push(searchable(q, titles, lookup));
  }
  return groupByActor(all);
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
