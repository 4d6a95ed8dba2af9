/** A sentence of an article: its text and where it sits in the article's cleaned text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a sentence (lower-case, without the stop). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr inc ltd co corp no vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m".split(
    " ",
  ),
);

/** Matches a candidate sentence end: terminal punctuation, optional closing quotes/brackets and reference marks (an
 * encyclopaedia's or a paper's "[2]", "[a]", "[citation needed]"), then space. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|citation needed)\])*\s+/g;

/**
 * Returns the sentences of a text whose paragraphs are separated by blank lines (or are items of a list, a line
 * each), with offsets into it.
 * A paragraph always ends a sentence; a full stop after an abbreviation or an initial does not,
 * nor does one followed by a lower-case word.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  // a line that opens with a list marker ("- ", "• ", "1. ") starts a paragraph of its own
  const paraRe = /[^\n]+(?:\n(?!\s*\n)(?![ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t])[^\n]+)*/g;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    const base = p.index;
    const para = p[0];
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
      const cut = m.index + m[0].length;
      const next = para.slice(cut, cut + 2);
      if (!/^["'“‘(]?[A-Z0-9À-Ý]/.test(next)) continue; // "said. the" or "p. 5" is no boundary
      const before = para.slice(from, m.index);
      const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? "";
      if (m[0].startsWith(".") && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord))) continue;
      if (/^\s*\d{1,2}$/.test(before)) continue; // "1. Peru: …", an item's number
      pushTrimmed(out, para, base, from, cut, paragraph);
      from = cut;
    }
    pushTrimmed(out, para, base, from, para.length, paragraph);
    paragraph += 1;
  }
  return out;
}

function pushTrimmed(
  out: Sentence[],
  para: string,
  base: number,
  from: number,
  to: number,
  paragraph: number,
) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(para[s])) s++;
  while (e > s && /\s/.test(para[e - 1])) e--;
  if (e > s) out.push({ text: para.slice(s, e), start: base + s, end: base + e, paragraph });
}
