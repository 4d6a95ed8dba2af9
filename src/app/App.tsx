import { usePrefetchQuery, useQuery } from "@tanstack/react-query";
import {
  memo,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from "react";
import { formatCount } from "../components/format-count";
import { formatDate } from "../components/format-date";
import { WhenNear } from "../components/WhenNear";
import { lazyPart } from "../components/lazy-part";
import { LoadError } from "../components/LoadError";
import { buildLookup } from "../dataset/lookup";
import type { Overview } from "../dataset/parts";
import { articlePartQuery, DATASET_URL, overviewQuery } from "../dataset/parts-query";
import type { ActorId, IsoDate, StanceId } from "../dataset/schema";
import type { StanceIndex } from "../dataset/stance-index";
import { Legend as LegendView } from "../features/map/components/Legend";
import { OrgChips as OrgChipsView } from "../features/map/components/OrgChips";
import { WorldMap as WorldMapView } from "../features/map/components/WorldMap";
import { worldQuery } from "../features/map/lib/use-world";
import { Timeline } from "../features/timeline/components/Timeline";
import { AppHeader, LOADING_STATUS, LoadingView } from "./AppHeader";
import type { Shell } from "./shell";
import { usePacedValue } from "./use-paced-value";
import { urlOf, useViewState, type HistoryMode } from "./use-view-state";
import { serializeViewState } from "./view-state";

// Memoised, so a render that changes only the slider (see useDeferredValue below) skips them.
const WorldMap = memo(WorldMapView);
const Legend = memo(LegendView);
const OrgChips = memo(OrgChipsView);

// Not on the first screen, or not at once, so loaded on demand: the chart (recharts) and the quote list (the
// virtualiser), each when its place comes near; the table tab, the panel and the article when opened. Their files
// are prefetched at the reader's first input (prefetch.ts), and each is evaluated only when first shown; each is
// memoised (lazyPart).
const StanceChart = lazyPart(
  "The chart",
  () => import("../features/chart/components/StanceChart"),
  (m) => m.default,
);
const QuoteList = lazyPart(
  "The quote list",
  () => import("../features/quotes/components/QuoteList"),
  (m) => m.QuoteList,
);
const ActorTable = lazyPart(
  "The table",
  () => import("../features/table/components/ActorTable"),
  (m) => m.ActorTable,
);
const CountryPanel = lazyPart(
  "The country's details",
  () => import("../features/country/components/CountryPanel"),
  (m) => m.CountryPanel,
);
const ArticleView = lazyPart(
  "The article view",
  () => import("../features/article/components/ArticleView"),
  (m) => m.ArticleView,
);

/**
 * The app: loads the dataset's overview (what the first view draws), then shows the dashboard; a failed load
 * shows the error with Retry. Quotes, evidence and articles load where they are shown. `shell` is what the build
 * prerendered into the page, which the first render repeats.
 */
export function App({ shell = {} }: { shell?: Shell }) {
  const query = useQuery(overviewQuery);
  // Fetch the map's topology alongside the dataset, not after it. A prefetch, not a subscription: its arrival
  // re-renders the map alone, not the whole app (a query's update is a synchronous render).
  usePrefetchQuery(worldQuery);
  // The first render of the dashboard is large; as a deferred render React splits it into short tasks, so the
  // page stays responsive while it builds.
  const loaded = useDeferredValue(query.data);
  if (query.isPending) return <LoadingView question={shell.question} status={LOADING_STATUS} />;
  if (query.isError)
    return (
      <>
        <AppHeader question={shell.question} />
        <main className="status">
          <LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        </main>
      </>
    );
  // The data is in: the title and question show at once, in the place the dashboard keeps them, while it builds.
  if (!loaded)
    return <LoadingView question={query.data.overview.topic.question} status="Preparing the dashboard…" />;
  return <Dashboard overview={loaded.overview} index={loaded.index} />;
}

/** Changes of the day closer together than this are a burst (a held key), which the map follows at most every PACE_MS. */
const PACE_GAP_MS = 120;
const PACE_MS = 250;

function Dashboard({ overview, index }: { overview: Overview; index: StanceIndex }) {
  const lookup = useMemo(() => buildLookup(overview), [overview]);
  const range = useMemo(() => ({ first: index.firstDay, last: index.lastDay }), [index]);
  const [view, update] = useViewState(overview, range);
  const date = (view.date ?? index.lastDay) as IsoDate | undefined;
  // The slider answers at once; the map, quotes and panels follow in a render React may interrupt, so
  // scrubbing and typing stay responsive however much data there is. While a key is held on the slider they
  // follow the day at most every PACE_MS, not for every day passed.
  const pacedDate = usePacedValue(view.date, PACE_GAP_MS, PACE_MS);
  // The quote list, costlier to redraw than the map (on a large dataset a day's step brings a new screen of cards
  // to lay out), follows the day once the slider rests.
  const quotesDate = usePacedValue(view.date, PACE_GAP_MS, Infinity);
  // So do the selected actor's panel, quotes and outline when countries are chosen in quick succession
  const actor = usePacedValue(view.actor, PACE_GAP_MS, PACE_MS);
  const { stance, tab, q, article, quote } = view;
  const paced = useMemo(
    () => ({ date: pacedDate, quotesDate, actor, stance, tab, q, article, quote }),
    [pacedDate, quotesDate, actor, stance, tab, q, article, quote],
  );
  const shown = useDeferredValue(paced);
  const shownDate = (shown.date ?? index.lastDay) as IsoDate;
  const states = useMemo(() => (shownDate ? index.statesOn(shownDate) : new Map()), [index, shownDate]);
  // The quote list follows the chosen actor a commit after the panel: on a large dataset each brings a screen of new
  // text to lay out, and together they made one long frame that held up the next click.
  const [quotesActor, setQuotesActor] = useState(shown.actor);
  useEffect(() => startTransition(() => setQuotesActor(shown.actor)), [shown.actor]);
  const [copied, setCopied] = useState(false);

  const onDateChange = useCallback((d: IsoDate, how: HistoryMode) => update({ date: d }, how), [update]);
  // a transition: the click is answered at the next frame, and the panel and map follow as React can
  const onSelectActor = useCallback(
    (a: ActorId | null) => startTransition(() => update({ actor: a, article: null, quote: null })),
    [update],
  );
  const onOpenArticle = useCallback(
    (article: string, quote: string | null) => update({ article, quote }),
    [update],
  );
  // The cards' links carry the day the list shows, so a step of the slider, which the list follows once the slider
  // rests, does not redraw every card for the day in their links.
  const articleHref = useCallback(
    (article: string, quote: string | null) =>
      serializeViewState({
        date: shown.quotesDate,
        actor: quotesActor,
        stance: shown.stance,
        tab: shown.tab,
        q: shown.q,
        article,
        quote,
      }) || "?",
    [shown.quotesDate, quotesActor, shown.stance, shown.tab, shown.q],
  );
  const onHighlight = useCallback((s: StanceId | null) => update({ stance: s }), [update]);
  const onQueryChange = useCallback((q: string) => update({ q }, "scrub"), [update]);
  const onClearActor = useCallback(() => onSelectActor(null), [onSelectActor]);
  const onCloseArticle = useCallback(() => update({ article: null, quote: null }), [update]);
  // an article or quote the URL names but the dataset lacks is dropped, as other unknown parameters are
  const onUnknownInArticle = useCallback(
    (what: "article" | "quote") =>
      update(what === "article" ? { article: null, quote: null } : { quote: null }, "scrub"),
    [update],
  );
  const articleTitle = useQuery({ ...articlePartQuery(shown.article ?? ""), enabled: shown.article !== null })
    .data?.article.title;

  // The title names the view on the screen, so it is written with the map's render, not in each step of the slider
  // (where setting it cost about 2 ms a step at 4x CPU throttling, before the step could be painted).
  useEffect(() => {
    const parts = [
      shown.actor ? lookup.actorName(shown.actor) : shown.tab === "table" ? "Table" : "World map",
      shownDate ? `on ${formatDate(shownDate)}` : "",
      shown.article && articleTitle ? `— ${articleTitle}` : "",
    ];
    document.title = `${parts.filter(Boolean).join(" ")} — Stance Tracker`;
  }, [shown.actor, shown.tab, shown.article, articleTitle, shownDate, lookup]);

  const share = async () => {
    // from the view, not the address bar, which a scrub updates a moment later
    const url = new URL(urlOf(view), window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.prompt("Copy this link", url);
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  };

  if (!date) {
    return (
      <main className="status">
        <h1>Stance Tracker</h1>
        <p>The dataset has no dated positions yet.</p>
      </main>
    );
  }

  return (
    <>
      <AppHeader question={overview.topic.question}>
        <div className="share">
          <button type="button" onClick={() => void share()}>
            Share this view
          </button>
          <span role="status" aria-live="polite" className="share-status">
            {copied ? "Link copied" : ""}
          </span>
        </div>
      </AppHeader>
      <main className="layout">
        <section className="main-col" aria-label="Positions">
          <div role="tablist" aria-label="View" className="tabs">
            {(["map", "table"] as const).map((t) => (
              <button
                key={t}
                role="tab"
                id={`tab-${t}`}
                aria-selected={view.tab === t}
                aria-controls={`panel-${t}`}
                tabIndex={view.tab === t ? 0 : -1}
                onClick={() => update({ tab: t })}
              >
                {t === "map" ? "Map" : "Table"}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${view.tab}`} aria-labelledby={`tab-${view.tab}`}>
            {view.tab === "map" ? (
              <WorldMap
                overview={overview}
                lookup={lookup}
                states={states}
                selected={shown.actor}
                highlight={shown.stance}
                onSelectActor={onSelectActor}
              />
            ) : (
              <Suspense fallback={<p className="muted">Loading the table…</p>}>
                <ActorTable
                  overview={overview}
                  index={index}
                  lookup={lookup}
                  date={shownDate}
                  selected={shown.actor}
                  onSelectActor={onSelectActor}
                />
              </Suspense>
            )}
          </div>
          <Legend overview={overview} states={states} highlight={shown.stance} onHighlight={onHighlight} />
          <OrgChips
            overview={overview}
            lookup={lookup}
            states={states}
            selected={shown.actor}
            onSelectActor={onSelectActor}
          />
          <Timeline
            overview={overview}
            index={index}
            lookup={lookup}
            date={date}
            shownDate={shownDate}
            onDateChange={onDateChange}
            onSelectActor={onSelectActor}
          />
          {/* rendered only once it shows: mounting recharts is one long task (about 250 ms on a slow phone), which
              would otherwise land while the page loads; its code is prefetched */}
          <WhenNear minHeight={290} ahead="0%">
            <Suspense fallback={<p className="muted">Loading chart…</p>}>
              <StanceChart overview={overview} index={index} date={shownDate} onDateChange={onDateChange} />
            </Suspense>
          </WhenNear>
        </section>
        <aside className="side-col" aria-label="Details">
          {shown.actor && (
            <Suspense fallback={<p className="muted">Loading details…</p>}>
              <CountryPanel
                key={shown.actor}
                overview={overview}
                index={index}
                lookup={lookup}
                actor={shown.actor}
                date={shownDate}
                onClose={onClearActor}
                onOpenArticle={onOpenArticle}
                onDateChange={onDateChange}
                onSelectActor={onSelectActor}
              />
            </Suspense>
          )}
          {/* below the map on a phone: its files load when it comes near, not with the first view */}
          <WhenNear minHeight={400} className="quotes-place">
            <Suspense fallback={<p className="muted">Loading quotes…</p>}>
              <QuoteList
                noneColor={overview.topic.noneColor}
                quoteParts={overview.quoteParts}
                index={index}
                lookup={lookup}
                date={(shown.quotesDate ?? index.lastDay) as IsoDate}
                actor={quotesActor}
                query={shown.q}
                searchText={view.q}
                onQueryChange={onQueryChange}
                onClearActor={onClearActor}
                onOpenArticle={onOpenArticle}
                articleHref={articleHref}
              />
            </Suspense>
          </WhenNear>
        </aside>
      </main>
      {shown.article && (
        <Suspense fallback={null}>
          <ArticleView
            lookup={lookup}
            articleId={shown.article}
            quoteId={shown.quote}
            onClose={onCloseArticle}
            onSelectActor={onSelectActor}
            onUnknown={onUnknownInArticle}
          />
        </Suspense>
      )}
      <footer className="app-footer">
        <p>
          {formatCount(overview.counts.articles)} articles · {formatCount(overview.counts.observations)}{" "}
          stance observations · {formatCount(overview.counts.quotes)} quotes. Every colour links to the
          sentence behind it.{" "}
          <a href={DATASET_URL} download>
            Download the dataset (JSON)
          </a>
        </p>
      </footer>
    </>
  );
}
