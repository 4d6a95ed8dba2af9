/**
 * Returns every match of a global regular expression in a text, as `text.matchAll(re)` does, but without the copy
 * of the expression that matchAll makes on every call: the extractor runs hundreds of expressions over each
 * clause, most of which match nothing, and there the copy cost more than the search.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: ${re.source.slice(0, 40)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** Returns an alternation of plain phrases ("apart from|besides"), longest first, each with its first letter in
 * either case ("[Aa]part from"), for a pattern that is otherwise case-sensitive. */
export function phrasesEitherCase(phrases: string): string {
  return phrases
    .split("|")
    .sort((a, b) => b.length - a.length)
    .map((p) => `[${p[0].toUpperCase()}${p[0].toLowerCase()}]${p.slice(1)}`)
    .join("|");
}
