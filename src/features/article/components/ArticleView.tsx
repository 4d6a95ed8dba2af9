import { useEffect, useMemo, useRef } from "react";
import { formatDate } from "../../../components/format-date";
import type { Lookup } from "../../../dataset/lookup";
import type { ActorId, Dataset } from "../../../dataset/schema";
import { toSegments, type Span } from "../lib/segments";
import "../article.css";

interface Props {
  dataset: Dataset;
  lookup: Lookup;
  articleId: string;
  quoteId: string | null;
  onClose: () => void;
  onSelectActor: (actor: ActorId) => void;
}

/**
 * The cleaned article as a dialog, with every evidence sentence and quote highlighted and linked to its actor;
 * the quote given by `quoteId` is scrolled into view and emphasised. Escape closes; focus returns on close.
 */
export function ArticleView({ dataset, lookup, articleId, quoteId, onClose, onSelectActor }: Props) {
  const article = dataset.articles.find((a) => a.id === articleId)!;
  const ref = useRef<HTMLDialogElement>(null);
  const observations = useMemo(
    () => dataset.observations.filter((o) => o.article === articleId),
    [dataset, articleId],
  );
  const quotes = useMemo(() => dataset.quotes.filter((q) => q.article === articleId), [dataset, articleId]);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const target = quoteId
      ? dialog.querySelector<HTMLElement>(`[data-quote="${CSS.escape(quoteId)}"]`)
      : null;
    if (target) target.scrollIntoView({ block: "center" });
    return () => opener?.focus?.();
  }, [quoteId]);

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
    <dialog
      ref={ref}
      className="article-view"
      aria-labelledby="article-title"
      onClose={onClose}
      onCancel={onClose}
    >
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
    </dialog>
  );
}
