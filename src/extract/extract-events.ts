import type { IsoDate } from "../dataset/schema";
import eventData from "./data/events.json";
import { resolveDates } from "./resolve-dates";
import type { Sentence } from "./split-sentences";

/** A key event an article states, before ids and article are attached. */
export interface FoundEvent {
  date: IsoDate;
  kind: string;
  label: string;
  sentence: Sentence;
}

const KINDS = eventData.events.map((e) => ({
  kind: e.kind,
  trigger: new RegExp(e.trigger, "i"),
  weekdayDated: "weekdayDated" in e && e.weekdayDated === true,
}));
/** A sentence reporting a claim or a falsehood, not an event. */
const CLAIM = new RegExp(eventData.claimMarkers, "i");
/** Matches asides that make a label long without telling the event: ", whose appointment … ," */
const ASIDE = /,\s+(?:whose|who|which)\b[^,]*,/g;
const MAX_LABEL = 110;

/**
 * Returns the dated key events in an article's sentences: a sentence that states a day and reports a kind of
 * event from data/events.json (a self-declaration, a phone call, sanctions…), or in a paragraph `labelled` with its
 * day (by the sentence's start). The label is the sentence without its date phrase and asides, shortened to a line.
 * One event per kind and day per article.
 */
export function extractEvents(
  sentences: readonly Sentence[],
  published: IsoDate | null,
  labelled: ReadonlyMap<number, IsoDate> = new Map(),
): FoundEvent[] {
  const out = new Map<string, FoundEvent>();
  for (const s of sentences) {
    const all = resolveDates(s.text, published);
    const label = labelled.get(s.start);
    if (all.length === 0 && !label) continue;
    const kind = KINDS.find((k) => k.trigger.test(s.text));
    if (!kind || CLAIM.test(s.text)) continue;
    // a day the sentence prints, else the one its paragraph is labelled with ("January 23: Guaido declares …")
    const date =
      all.find((d) => kind.weekdayDated || /\d/.test(d.phrase)) ?? (label && { date: label, phrase: "" });
    if (!date) continue;
    const key = `${date.date} ${kind.kind}`;
    if (!out.has(key))
      out.set(key, { date: date.date, kind: kind.kind, label: labelOf(s.text, date.phrase), sentence: s });
  }
  return [...out.values()];
}

function labelOf(sentence: string, datePhrase: string): string {
  let label = sentence
    .replace(/^(?:on\b|\d|[A-Z][a-z]+ \d)/i.test(datePhrase) ? datePhrase : "\u0000", "")
    .replace(ASIDE, "")
    .replace(/^[\s,:;–—-]+|[\s,.]+$/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.])/g, "$1");
  label = label.charAt(0).toUpperCase() + label.slice(1);
  if (label.length > MAX_LABEL) label = `${label.slice(0, MAX_LABEL).replace(/\s+\S*$/, "")}…`;
  return label;
}
