import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { formatDate } from "../../../components/format-date";
import { LoadError } from "../../../components/LoadError";
import type { Lookup } from "../../../dataset/lookup";
import type { ArticlePart } from "../../../dataset/parts";
import { PartNotFoundError } from "../../../dataset/fetch-checked";
import { articlePartQuery } from "../../../dataset/parts-query";
import type { ActorId } from "../../../dataset/schema";
import { toSegments, type Span } from "../lib/segments";
import "../article.css";

interface Props {
  lookup: Lookup;
  articleId: string;
  quoteId: string | null;
  onClose: () => void;
  onSelectActor: (actor: ActorId) => void;
  /** Called when the URL names an article, or a quote in it, that the dataset does not have. */
  onUnknown: (what: "article" | "quote") => void;
}

/**
 * The cleaned article as a dialog (loaded on demand), with every evidence sentence and quote highlighted and
 * linked to its actor; the quote given by `quoteId` is scrolled into view and emphasised. Escape closes; focus
 * returns on close. An unknown article or quote is reported through `onUnknown`.
 */
export function ArticleView({ lookup, articleId, quoteId, onClose, onSelectActor, onUnknown }: Props) {
  const part = useQuery(articlePartQuery(articleId));
  const ref = useRef<HTMLDialogElement>(null);
  const notFound = part.error instanceof PartNotFoundError;
  const quoteKnown = !quoteId || !part.data || part.data.quotes.some((q) => q.id === quoteId);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);
  useEffect(() => {
    if (notFound) onUnknown("article");
    else if (!quoteKnown) onUnknown("quote");
  }, [notFound, quoteKnown, onUnknown]);
  useEffect(() => {
    const target = quoteId
      ? ref.current?.querySelector<HTMLElement>(`[data-quote="${CSS.escape(quoteId)}"]`)
      : null;
    if (target) target.scrollIntoView({ block: "center" });
  }, [quoteId, part.data]);

  return (
    <dialog
      ref={ref}
      className="article-view"
      aria-labelledby="article-title"
      onClose={onClose}
      onCancel={onClose}
    >
      {part.data ? (
        <ArticleBody
          part={part.data}
          lookup={lookup}
          quoteId={quoteId}
          onClose={onClose}
          onSelectActor={onSelectActor}
        />
      ) : (
        <>
          <div className="article-head">
            <h2 id="article-title">{part.isError ? "The article is unavailable" : "Loading the article…"}</h2>
            <button type="button" onClick={onClose} aria-label="Close article">
              ✕
            </button>
          </div>
          {part.isError && !notFound && (
            <LoadError error={part.error} retrying={part.isFetching} onRetry={() => void part.refetch()} />
          )}
        </>
      )}
    </dialog>
  );
}

function ArticleBody({
  part: { article, observations, quotes },
  lookup,
  quoteId,
  onClose,
  onSelectActor,
}: { part: ArticlePart } & Pick<Props, "lookup" | "quoteId" | "onClose" | "onSelectActor">) {
  const paragraphs = useMemo(() => {
    const spans: Span[] = [
      ...observations.map((o) => ({ start: o.start, end: o.end, key: `o:${o.id}` })),
      ...quotes.map((q) => ({ start: q.start, end: q.end, key: `q:${q.id}` })),
    ];
    const out: { start: number; segments: ReturnType<typeof toSegments> }[] = [];
    let offset = 0;
    for (const para of article.text.split("\n\n")) {
      const local = spans
        .filter((s) => s.start < offset + para.length && s.end > offset)
        .map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
      out.push({ start: offset, segments: toSegments(para, local) });
      offset += para.length + 2;
    }
    return out;
  }, [article.text, observations, quotes]);

  const obsById = new Map(observations.map((o) => [`o:${o.id}`, o]));
  const quoteById = new Map(quotes.map((q) => [`q:${q.id}`, q]));

  return (
    <>
      <div className="article-head">
        <h2 id="article-title">{article.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close article">
          ✕
        </button>
      </div>
      <p className="muted">
        {[
          article.source,
          article.dateline,
          article.published ? formatDate(article.published) : "date unknown",
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {article.warnings.length > 0 && (
        <ul className="article-warnings">
          {article.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="article-text">
        {paragraphs.map((p, i) =>
          i === 0 &&
          article.titleFromText &&
          p.segments.map((s) => s.text).join("") === article.title ? null : (
            <p key={p.start}>
              {p.segments.map((s) => {
                if (s.keys.length === 0) return <span key={s.start}>{s.text}</span>;
                const q = s.keys.map((k) => quoteById.get(k)).find(Boolean);
                const o = s.keys.map((k) => obsById.get(k)).find(Boolean);
                const actor = q?.actor ?? o?.actor;
                const stance = o ? lookup.stance(o.stance) : undefined;
                return (
                  <mark
                    key={s.start}
                    className={`${q ? "q" : "o"}${q && q.id === quoteId ? " current" : ""}`}
                    data-quote={q?.id}
                    style={stance ? { borderBottomColor: stance.color } : undefined}
                    title={
                      o
                        ? `${lookup.actorName(o.actor)}: ${stance?.label}`
                        : q
                          ? `Quote: ${q.speaker}`
                          : undefined
                    }
                  >
                    {s.text}
                    {actor && s.end === (q?.end ?? o?.end ?? -1) - p.start && (
                      <button type="button" className="actor-link" onClick={() => onSelectActor(actor)}>
                        {lookup.actorName(actor)}
                      </button>
                    )}
                  </mark>
                );
              })}
            </p>
          ),
        )}
      </div>
      <h3>Stances reported in this article</h3>
      <ul className="article-obs">
        {observations.map((o) => (
          <li key={o.id}>
            <button type="button" className="link" onClick={() => onSelectActor(o.actor)}>
              {lookup.actorName(o.actor)}
            </button>
            : {lookup.stance(o.stance)?.label}
            {o.date ? ` (${formatDate(o.date)})` : ""}
            {o.via ? ` — via “${o.via}”` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
