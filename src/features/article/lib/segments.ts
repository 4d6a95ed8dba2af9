/** A span to highlight in a text: [start, end) with a key identifying what it stands for. */
export interface Span {
  start: number;
  end: number;
  key: string;
}

/** A run of text, with the spans that cover it (empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  keys: string[];
}

/**
 * Returns the text cut into non-overlapping segments at every span boundary, each listing the spans covering it,
 * so overlapping highlights (a quote inside an evidence sentence) render as nested-free runs. Spans outside the
 * text are clipped; empty ones are ignored.
 */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of clipped) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const keys = clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    out.push({ start, end, text: text.slice(start, end), keys });
  }
  return out;
}
