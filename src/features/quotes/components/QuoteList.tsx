import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatCount } from "../../../components/format-count";
import { formatDate } from "../../../components/format-date";
import { LoadError } from "../../../components/LoadError";
import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Lookup } from "../../../dataset/lookup";
import type { ActorId, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { QuoteSearch } from "./QuoteSearch";
import { filterQuotes, indexQuotes, type QuoteIndex, type SearchableQuote } from "../lib/filter-quotes";
import { quotesQuery } from "../lib/quotes-query";

const EMPTY: QuoteIndex = { all: [], byActor: new Map(), actorText: new Map() };
const ESTIMATED_CARD_PX = 150;
/** Cards beyond the visible ones kept rendered, so a scroll shows cards already laid out. */
const OVERSCAN = 6;
/** Quotes the list holds at first, and adds each time the reader scrolls near its end. */
const WINDOW = 300;

/**
 * A card's height as its ResizeObserver reports it, after the browser's own layout. Until then, the size
 * remembered for its quote or the estimate: reading the height as each new card mounts would force a layout per
 * card, and a day's step brings many.
 */
function sizeFromObserver(
  card: Element,
  entry: ResizeObserverEntry | undefined,
  list: Virtualizer<HTMLDivElement, Element>,
) {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  return list.itemSizeCache.get(list.options.getItemKey(list.indexFromElement(card))) ?? ESTIMATED_CARD_PX;
}

/** The quote files together: each file's quotes, in file order (newest first), once all have loaded; or the first error. */
function combineQuoteParts(results: UseQueryResult<SearchableQuote[]>[]) {
  const loaded = results.filter((r) => r.data);
  return {
    data: loaded.length === results.length ? results.map((r) => r.data!) : undefined,
    loaded: loaded.length,
    error: results.find((r) => r.error)?.error ?? null,
    isFetching: results.some((r) => r.isFetching),
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}
import "../quotes.css";

interface Props {
  /** Fill for actors with no reported position. */
  noneColor: string;
  /** How many files the quotes are in (the overview's `quoteParts`). */
  quoteParts: number;
  index: StanceIndex;
  lookup: Lookup;
  date: IsoDate;
  actor: ActorId | null;
  /** The search the list is filtered by: follows the box in the deferred render. */
  query: string;
  /** The view's search, which the box takes when it changes elsewhere (Back, "Show every quote"); not the deferred
   * `query`, which lags what is typed. */
  searchText: string;
  onQueryChange: (q: string) => void;
  onClearActor: () => void;
  onOpenArticle: (article: string, quote: string | null) => void;
  articleHref: (article: string, quote: string | null) => string;
}

/**
 * Quote cards, newest first, up to the selected day; filtered by the selected actor and a free-text search.
 * The quotes load on their own (quotes/*.json), after the map's data; until then the search is ready and the list
 * says it is loading.
 */
export function QuoteList({
  noneColor,
  quoteParts,
  index,
  lookup,
  date,
  actor,
  query,
  searchText,
  onQueryChange,
  onClearActor,
  onOpenArticle,
  articleHref,
}: Props) {
  const part = useQueries({
    queries: Array.from({ length: quoteParts }, (_, n) => quotesQuery(n)),
    combine: combineQuoteParts,
  });
  // the quotes come prepared for search (folded in the worker that read them); here they are only grouped
  const prepared = useMemo(() => (part.data ? indexQuotes(part.data, lookup) : null), [part.data, lookup]);
  const ready = prepared ?? EMPTY;
  const quotes = useMemo(() => filterQuotes(ready, date, actor, query), [ready, date, actor, query]);
  const searched = query.trim(); // the words the list was searched for, as the empty list names them
  // The list holds the newest WINDOW quotes and grows as the reader scrolls near its end: the virtualizer lays
  // out every item it holds on each change, and tens of thousands made each step of the slider pay for all of them.
  const [limit, setLimit] = useState(WINDOW);
  const shown = useMemo(() => (quotes.length > limit ? quotes.slice(0, limit) : quotes), [quotes, limit]);
  // sizes are remembered by quote, so a day's new quotes at the top do not send the others to be measured again
  const keyOf = useCallback((i: number) => shown[i].quote.id, [shown]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as its docs show
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    // measured sizes move the cards and size the list in the DOM directly, without rendering the list again
    directDomUpdates: true,
    measureElement: sizeFromObserver,
  });
  const items = virtualizer.getVirtualItems();
  const nearEnd = items.length > 0 && items[items.length - 1].index >= shown.length - 1;
  useEffect(() => {
    if (nearEnd && quotes.length > limit) setLimit(limit + WINDOW);
  }, [nearEnd, quotes.length, limit]);

  return (
    <section className="quotes" aria-labelledby="quotes-title">
      <h2 id="quotes-title">Quotes</h2>
      <div className="quote-filters">
        <QuoteSearch value={searchText} onChange={onQueryChange} inputRef={searchRef} />
        {actor && (
          <button
            type="button"
            className="chip"
            onClick={onClearActor}
            aria-label={`Remove filter: ${lookup.actorName(actor)}`}
          >
            {lookup.actorName(actor)} ✕
          </button>
        )}
      </div>
      {part.error ? (
        <LoadError error={part.error} retrying={part.isFetching} onRetry={part.retry} />
      ) : (
        <p className="muted" aria-live="polite">
          {prepared
            ? `${formatCount(quotes.length)} of ${formatCount(prepared.all.length)} quotes, up to ${formatDate(date)}`
            : `Loading quotes…${quoteParts > 1 ? ` (${part.loaded} of ${quoteParts} files)` : ""}`}
        </p>
      )}
      {prepared && quotes.length === 0 && (
        <p className="quotes-empty">
          {`No quote${actor ? ` by a speaker from ${lookup.actorName(actor)}` : ""}${searched ? ` matches “${searched}”` : ""} up to ${formatDate(date)}.`}{" "}
          {(actor || searched) && (
            <button
              type="button"
              className="link"
              onClick={() => {
                if (searchText) onQueryChange("");
                if (actor) onClearActor();
                searchRef.current?.focus(); // the button goes with the empty list: keep the keyboard near
              }}
            >
              Show every quote
            </button>
          )}
        </p>
      )}
      <div className="quote-scroll" ref={scrollRef}>
        <ol ref={virtualizer.containerRef}>
          {items.map((item) => {
            const { quote: q, title } = shown[item.index];
            const stance =
              q.actor && q.date ? lookup.stance(index.stateOn(q.actor, date)?.stance) : undefined;
            return (
              <li key={q.id} data-index={item.index} ref={virtualizer.measureElement} className="quote-card">
                <div className="quote-body">
                  <blockquote>“{q.text.replace(/[,.]$/, "")}”</blockquote>
                  <p className="quote-by">
                    <strong>{q.speaker}</strong>
                    {q.role ? `, ${q.role}` : ""}
                    {q.speakerKind === "media" && (
                      <span className="badge">Media report — not a government position</span>
                    )}
                  </p>
                  <p className="quote-meta">
                    {q.actor && (
                      <span className="quote-actor">
                        <StanceSwatch stance={stance} noneColor={noneColor} />
                        {lookup.actorName(q.actor)}
                      </span>
                    )}
                    {q.date && <span>{formatDate(q.date)}</span>}
                    <a
                      href={articleHref(q.article, q.id)}
                      onClick={(e) => {
                        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                        e.preventDefault();
                        onOpenArticle(q.article, q.id);
                      }}
                    >
                      {title}
                    </a>
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
