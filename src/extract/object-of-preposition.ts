import speakers from "./data/speakers.json";
import stanceCues from "./data/stance-cues.json";

const PREPOSITION_BEFORE = new RegExp(
  `\\b(?:${stanceCues.prepositions})\\s+(?:the\\s+|its\\s+|a\\s+|an\\s+)?$`,
  "i",
);
/** "most of the", "two of the", "a raft of": a share of a group, whose name is then the subject, not an object. */
export const QUANTIFIER_OF =
  /\b(?:most|many|some|several|all|each|both|none|majority|half|number|few|rest|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|raft|host|slew|string|handful|series|wave|clutch|couple|group|bunch)\s+of\s+(?:the\s+)?$/i;
/** "states like Cuba": after a plural noun, "like" gives examples (as "such as" does), who are then subjects. */
export const EXAMPLES_LIKE =
  /\b(?:countries|nations|states|governments|allies|members|partners|neighbou?rs|powers|democracies|regimes)\s+like\s+(?:the\s+)?$/i;
/**
 * "the governments of Cuba, Bolivia…", "the government in Athens", "the representative of Peru", "the speaker for Chile" (in
 * a meeting's record): a state's own bodies and envoys named with "of" (or its
 * government, authorities or administration with "in" its capital or country) are the state itself.
 */
export const STATE_OF =
  /\b(?:(?:governments?|leaders?|presidents?|prime ministers?|premiers?|chancellors?|(?:deputy\s+)?foreign ministers?|ministers? of foreign affairs|foreign ministries|ministries|ministry of foreign affairs|authorities|heads of (?:state|government))\s+of\s+(?:the\s+)?(?:so-called\s+)?|(?:representatives?|delegates?|delegations?|speakers?|envoys?)\s+(?:of|for)\s+(?:the\s+)?|(?:governments?|authorities|administration)\s+in\s+)$/i;
/** Missions and envoys, and the prepositions that say where they are posted, whose object is the host, not whom they
 * speak for. */
const POSTINGS = new Set([
  "embassy",
  "embassies",
  "consulate",
  "mission",
  "ambassador",
  "envoy",
  "delegation",
]);
const POSTED_IN = /^(?:in|at|to)$/i;
/** Words of titles that join others ("minister of foreign affairs"), which are titles' words only inside one. */
const FUNCTION_WORDS = new Set(["of", "for", "the", "and", "to", "on", "at", "in"]);
/** The words of state bodies: "the Government of Mexico", "the administration of President …" are the state. */
const BODY_WORDS = new Set(
  speakers.institutions.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((w) => !FUNCTION_WORDS.has(w)),
);
const TITLE_WORDS = new Set(
  speakers.titles
    .flatMap((t) => t.toLowerCase().split(/\s+/))
    .concat(["top", "deputy", "former"])
    .filter((w) => !FUNCTION_WORDS.has(w)),
);

/**
 * Returns true when the words before a name make it the object of a preposition ("talks with Iraqi top
 * diplomat Mohamed Ali Alhakim", "in Paris"): a venue or a counterpart, not a speaker or a subject.
 * Titles, first names and other capitalised words between the preposition and the name are skipped.
 */
export function isObjectOfPreposition(before: string): boolean {
  let rest = before.slice(-120);
  for (;;) {
    const m = /(\S+)\s+$/.exec(rest);
    if (!m) break;
    const word = m[1];
    // (a word ending a sentence or clause, perhaps inside a quotation, ends the run: 'with Guaido." Australia's')
    if (/^[A-ZÀ-Ý]/.test(word) && !/[,.;:!?]["”’)]*$/.test(word)) rest = rest.slice(0, m.index);
    else if (FUNCTION_WORDS.has(word.toLowerCase())) {
      // "Minister of Foreign Affairs", "the Government of Mexico", "ambassador to the UN": inside a title or a state
      // body's name only, not "the party of Interior Minister …"
      const words = /(\S+)\s+((?:(?:of|for|the|and|to|on|at|in)\s+)*)$/i.exec(rest.slice(0, m.index));
      const previous = words?.[1] ?? "";
      // (not where a mission is posted: "the Chinese embassy in Caracas", "the Russian ambassador to Venezuela")
      if (POSTED_IN.test(word) && POSTINGS.has(previous.toLowerCase())) break;
      const head = previous.toLowerCase();
      // (a body in the plural too: "The Governments of Argentina, Brazil and Canada")
      if (!TITLE_WORDS.has(head) && !BODY_WORDS.has(head) && !BODY_WORDS.has(head.replace(/s$/, ""))) break;
      rest = rest.slice(0, m.index - (words?.[2].length ?? 0));
    } else if (TITLE_WORDS.has(word.toLowerCase())) rest = rest.slice(0, m.index);
    else break;
  }
  return PREPOSITION_BEFORE.test(rest) && !QUANTIFIER_OF.test(rest) && !EXAMPLES_LIKE.test(rest);
}
