import { useQuery } from "@tanstack/react-query";
import { ascending } from "d3-array";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatCount } from "../../../components/format-count";
import { formatDate } from "../../../components/format-date";
import { LoadError } from "../../../components/LoadError";
import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import { actorPartQuery } from "../../../dataset/parts-query";
import type { ActorId, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import "../country.css";

/** Entries a list of the panel shows before "Show everything". */
const LIST_CAP = 20;

interface Props {
  overview: Overview;
  index: StanceIndex;
  lookup: Lookup;
  actor: ActorId;
  date: IsoDate;
  onClose: () => void;
  onOpenArticle: (article: string, quote: string | null) => void;
  onDateChange: (date: IsoDate, how: "commit") => void;
  onSelectActor: (actor: ActorId) => void;
}

/**
 * The selected actor: stance on the day and its history (from the overview, at once), then the evidence sentences
 * with their articles (the actor's part, loaded on demand). Its quotes are in the quote list, which follows the
 * selected actor.
 */
export function CountryPanel({
  overview,
  index,
  lookup,
  actor,
  date,
  onClose,
  onOpenArticle,
  onDateChange,
  onSelectActor,
}: Props) {
  const info = lookup.actor(actor);
  const state = index.stateOn(actor, date);
  const stance = lookup.stance(state?.stance);
  const history = index.history(actor);
  const part = useQuery(actorPartQuery(actor));
  const evidence = useMemo(() => {
    if (!part.data) return undefined;
    const titles = new Map(part.data.articles.map((a) => [a.id, a.title]));
    // by code unit, as ISO days and ids order, rather than by locale
    const observations = [...part.data.observations].sort(
      (a, b) => ascending(a.date ?? "", b.date ?? "") || ascending(a.article, b.article) || a.start - b.start,
    );
    return { observations, title: (id: string) => titles.get(id) ?? id };
  }, [part.data]);
  const isSubject = actor === overview.topic.subject;
  // On a large dataset an actor can have hundreds of days and sentences: the latest come first to the page.
  const [showAll, setShowAll] = useState(false);
  const longest = Math.max(history.length, evidence?.observations.length ?? 0);
  const heading = useRef<HTMLHeadingElement>(null);
  // bring the panel to the reader when another actor is chosen: on a phone it sits below the map. At the next
  // frame, when the browser lays the panel out anyway: run as an effect, the focus and scroll forced that layout
  // early, inside whatever input came next. Not out of a field the reader is in: a panel whose files arrive late
  // (or that shows for a moment an actor already cleared) must not take the keyboard from the search or the slider.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (document.activeElement?.matches("input, textarea, select, [contenteditable]")) return;
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView({ block: "nearest" });
    });
    return () => cancelAnimationFrame(frame);
  }, [actor]);

  return (
    <section
      className="country-panel"
      aria-labelledby="country-title"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="panel-head">
        <h2 id="country-title" ref={heading} tabIndex={-1}>
          {info?.name ?? actor}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </div>
      {isSubject ? (
        <p>The country in crisis: its own government and opposition are the two sides.</p>
      ) : (
        <p className="current-stance">
          <StanceSwatch stance={stance} noneColor={overview.topic.noneColor} />
          {state && stance
            ? `${stance.label} since ${formatDate(state.since)} (${formatCount(state.sources)} source${state.sources === 1 ? "" : "s"})`
            : `No position reported as of ${formatDate(date)}`}
        </p>
      )}
      {longest > LIST_CAP && (
        <p className="muted">
          {showAll ? "Every entry is shown." : `Long lists show their latest ${LIST_CAP} entries.`}{" "}
          <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
            {showAll ? `Show the latest ${LIST_CAP} only` : "Show everything"}
          </button>
        </p>
      )}
      {history.length > 0 && (
        <>
          <h3>History</h3>
          <ol className="history">
            {(showAll ? history : history.slice(-LIST_CAP)).map((h) => (
              <li key={h.date}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onDateChange(h.date, "commit")}
                  aria-current={h.date === state?.lastObserved ? "true" : undefined}
                >
                  {formatDate(h.date)}
                </button>{" "}
                <StanceSwatch stance={lookup.stance(h.stance)} />
                {lookup.stance(h.stance)?.label}
              </li>
            ))}
          </ol>
        </>
      )}
      {info?.kind === "organization" && info.members.length > 0 && (
        <>
          <h3>Members</h3>
          <ul className="members">
            {info.members.map((m) => (
              <li key={m}>
                <button type="button" className="link" onClick={() => onSelectActor(m)}>
                  {lookup.actorName(m)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Evidence</h3>
      {part.isError && (
        <LoadError error={part.error} retrying={part.isFetching} onRetry={() => void part.refetch()} />
      )}
      {part.isPending && <p className="muted">Loading the evidence…</p>}
      {evidence && evidence.observations.length === 0 && (
        <p className="muted">No article states a position of {info?.name ?? actor}.</p>
      )}
      {evidence && evidence.observations.length > 0 && (
        <ul className="evidence">
          {(showAll ? evidence.observations : evidence.observations.slice(-LIST_CAP)).map((o) => (
            <li key={o.id}>
              <blockquote>{o.sentence}</blockquote>
              <p className="muted">
                {lookup.stance(o.stance)?.label} ·{" "}
                {o.date
                  ? `${formatDate(o.date)} (${o.dateBasis === "stated" ? "date stated in the text" : "publication date"})`
                  : "undated, so not on the timeline"}
                {o.via ? ` · via “${o.via}”` : ""} ·{" "}
                <button type="button" className="link" onClick={() => onOpenArticle(o.article, null)}>
                  {evidence.title(o.article)}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
