import { bisector, descending } from "d3-array";
import type { Lookup } from "../../../dataset/lookup";
import { inSlices } from "../../../dataset/in-slices";
import { compareNewestFirst, type QuotesPart } from "../../../dataset/parts";
import type { ActorId, IsoDate, Quote } from "../../../dataset/schema";

/** A quote with its article's title and its search text, prepared once (in the worker that reads the quotes). */
export interface SearchableQuote {
  quote: Quote;
  title: string;
  /** The quote, speaker, role and article title, folded; the speaker's country is searched apart (QuoteIndex). */
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
  /** Each speaker's country or organisation by name, folded for search. */
  actorText: ReadonlyMap<ActorId, string>;
}

/**
 * Returns a file's quotes newest first (undated last) with their article's title (the id when the article is not
 * listed) and folded search text. Works a slice at a time with a pause between slices; rejects once `signal` is
 * aborted.
 */
export async function searchableInSlices(
  { quotes, articles }: QuotesPart,
  signal: AbortSignal,
): Promise<SearchableQuote[]> {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const out: SearchableQuote[] = [];
  await inSlices(
    quotes,
    (slice) => {
      for (const quote of slice) {
        const title = titles.get(quote.article) ?? quote.article;
        const haystack = foldText(`${quote.text} ${quote.speaker} ${quote.role ?? ""} ${title}`);
        out.push({ quote, title, haystack });
      }
    },
    signal,
  );
  return inOrder(out) ? out : out.sort(newestFirst);
}

const newestFirst = (a: SearchableQuote, b: SearchableQuote) => compareNewestFirst(a.quote, b.quote);

/** Whether `quotes` are newest first (the quote files are written so). */
function inOrder(quotes: readonly SearchableQuote[]) {
  for (let i = 1; i < quotes.length; i++) if (newestFirst(quotes[i - 1], quotes[i]) > 0) return false;
  return true;
}

/**
 * Returns the quotes of files each newest first (as searchableInSlices gives them) indexed for filterQuotes: all of
 * them newest first, undated last (sorted again only when the files do not follow each other so), and grouped by
 * actor.
 */
export function indexQuotes(files: readonly (readonly SearchableQuote[])[], lookup: Lookup): QuoteIndex {
  const all = ([] as SearchableQuote[]).concat(...files);
  let at = 0;
  for (const file of files) {
    if (at > 0 && file.length > 0 && newestFirst(all[at - 1], file[0]) > 0) {
      all.sort(newestFirst);
      break;
    }
    at += file.length;
  }
  // a plain Map: d3's group (an InternMap) took 90 ms for 60,000 quotes with the CPU slowed four times
  const byActor = new Map<ActorId | null, SearchableQuote[]>();
  for (const q of all) {
    const list = byActor.get(q.quote.actor);
    if (list) list.push(q);
    else byActor.set(q.quote.actor, [q]);
  }
  const actorText = new Map<ActorId, string>();
  for (const actor of byActor.keys()) if (actor) actorText.set(actor, foldText(lookup.actorName(actor)));
  return { all, byActor, actorText };
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
  for (let i = narrows ? 0 : from; i < pool.length; i++) {
    const q = pool[i];
    const country = q.quote.actor ? (index.actorText.get(q.quote.actor) ?? "") : "";
    if (words.every((w) => q.haystack.includes(w) || country.includes(w))) found.push(q);
  }
  lastSearch.set(index, { list, from, words, found });
  return found;
}
