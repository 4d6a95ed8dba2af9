import type { ActorId } from "../dataset/schema";
import cues from "./data/stance-cues.json";
import words from "./data/words.json";
import {
  ORGANIZATIONS,
  STATE_NOUN,
  SURFACES,
  SURFACE_PATTERN,
  stripAccents,
  type SurfaceForm,
} from "./lexicon";
import { QUANTIFIER_OF } from "./object-of-preposition";
import { matchesOf, phrasesEitherCase } from "./matches";

/** An actor named in a text, with where. */
export interface ActorMention {
  actor: ActorId;
  start: number;
  end: number;
  surface: string;
  form: SurfaceForm | "group";
  /** For a group expanded to its members: the group expression ("Lima Group members except Mexico"). */
  via: string | null;
}

/** Matches words after an organisation's name that turn it into its members: "members", "member-countries" (or into
 * some of them, the word picking them out captured: "the EU's largest members", "the EU majority", "EU powers"; or
 * one: "the only big EU country that has not …"). */
const MEMBER_NOUN =
  /^(?:['’]s)?\s*(?:(?:(largest|biggest|main|major|leading|key|big|large|small|smaller|western|eastern|northern|southern|other|several|some|many|most)\s+){0,2}(?:member(?:-|\s)?(?:countries|states|nations|governments|country|state|nation)|members?|countries|states|nations|governments|partners|counterparts|peers|country|state|nation)|(majority|minority|holdouts?|powers|heavyweights|capitals))\b/;
/** A restrictive relative clause right after a group expression: "(the EU countries) that", "who". */
const PICKED_OUT = /^\s+(?:that|which|who)\b/;
/** Matches words before an organisation's name that turn it into its members: "members of the", "member states of". */
const MEMBERS_OF =
  /\b(?:members?|member(?:-|\s)(?:countries|states|nations)|countries|states)\s+of\s+(?:the\s+)?$/i;
/** Matches an exclusion right after a group expression: ", except for", "(excluding". */
const EXCLUSION =
  /^\s*[(,]?\s*(?:except(?:\s+for)?|excluding|with the exception of|apart from|other than|save for|but not|but)\s+/;
/**
 * What may stand between a name and a group expression set off after it ("Peru, all members of the Lima Group,";
 * "Chile, a member of …"; "Argentina and Paraguay, both Lima Group members,"), and what closes it: a comma not
 * opening the list's next item, or a dash. Such a group describes the names before it and is not an actor itself.
 */
const APPOSITION_OPEN = /^\s*,\s*(?:(?:all|both|each|fellow|a|an)\s+)?$/i;
const APPOSITION_CLOSE = /^\s*(?:,(?!\s*(?:and|or)\b)|[—–]|\s-\s)/;
/** An exclusion opening a sentence, up to its comma: "Apart from Italy and Greece, " (its names after group 1). */
const EXCLUSION_OPENING = new RegExp(
  `^(\\s*(?:${phrasesEitherCase(words.exceptPhrases)})\\s+)[^,;.]{1,80},\\s*$`,
);
/** An abbreviation in brackets right after a name: " (ALBA)". */
const BRACKETED = /^\s*\([^()]{1,20}\)/;
/** Matches "all" before a group: the whole membership is meant. */
const ALL_BEFORE = /\b(?:all|each|every one)(?:\s+of)?\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;

/**
 * Returns the actors named in a text, in order: countries by name, capital or government seat ("the Kremlin"),
 * demonyms only before a state noun ("Russian President"), organisations, and group expressions. A group is
 * expanded to its members only when the text says which (an exclusion, or "all"); "most of the EU member
 * states" stays the organisation. Excluded members produce no mention. Known non-actors ("UN Charter") are skipped.
 */
/** A diplomat or a mission right after an organisation's name: " Ambassador", " envoy", " permanent representative". */
const POSTING_AFTER =
  /^\s+(?:(?:deputy|permanent|special)\s+)?(?:ambassador|envoy|representative|mission|delegation|delegate)s?\b/i;

export function findActors(text: string): ActorMention[] {
  const raw: ActorMention[] = [];
  // names are found with accents folded ("México", "Perú"), where folding keeps every offset
  const folded = stripAccents(text);
  const searched = folded.length === text.length ? folded : text;
  for (const m of surfaceMatches(searched)) {
    const surface = SURFACES.get(m.form);
    if (!surface?.actor) continue;
    const start = m.index;
    const end = start + m.form.length;
    // "Russian President": a demonym names a state only before a state noun, not "Russian lawmakers"
    if (
      surface.form === "demonym" &&
      (!STATE_NOUN.test(text.slice(end, end + 60)) || DEMONYM_NON_STATE.test(text.slice(end, end + 40)))
    )
      continue;
    // "the Baltic states": each member, sharing the words
    if (surface.members) {
      // "most Nordic countries", "two of the Baltic states": which ones, the words do not say
      if (SOME_OF.test(text.slice(Math.max(0, start - 30), start))) continue;
      const via = text.slice(start, end);
      // "the Nordic countries except Norway": the excluded are left out (and named on their own)
      const exclusion = EXCLUSION.exec(text.slice(end));
      const excluded = exclusion ? text.slice(end + exclusion[0].length, end + exclusion[0].length + 80) : "";
      for (const actor of surface.members)
        if (!excludedByName(excluded, actor))
          raw.push({ actor, start, end, surface: via, form: "group", via });
      continue;
    }
    // "Russia's U.N. ambassador", "the Russian UN mission": where a state's diplomat is posted, not an actor
    if (
      surface.form === "organization" &&
      POSTING_AFTER.test(text.slice(end, end + 40)) &&
      raw.at(-1)?.form !== "organization" &&
      /^(?:['’]s)?\s+$/.test(text.slice(raw.at(-1)?.end ?? 0, start))
    )
      continue;
    raw.push({
      actor: surface.actor,
      start,
      end,
      surface: text.slice(start, end),
      form: surface.form,
      via: null,
    });
  }
  return withPairAnaphors(text, withAnaphors(text, expandGroups(text, raw)));
}

/** "Both countries", "the two governments": two countries named together just before. */
const PAIR_ANAPHOR = /\b(?:[Bb]oth|[Tt]he two)\s+(?:countries|governments|nations)\b(?!\s+of\b|[’']s?\s)/g;
/** How far back (in characters) "both countries" may refer to a pair. */
const PAIR_REACH = 400;

/**
 * Returns the mentions with "both countries", "the two governments" added as mentions of the two countries last
 * named together as "X and Y" before them (within PAIR_REACH), each as a member of that pair.
 */
function withPairAnaphors(text: string, mentions: ActorMention[]): ActorMention[] {
  const added: ActorMention[] = [];
  for (const a of matchesOf(PAIR_ANAPHOR, text)) {
    if (insideMention(mentions, a.index)) continue;
    const before = mentions.filter(
      (m) => m.end <= a.index && a.index - m.end < PAIR_REACH && m.form !== "group",
    );
    const at = before.findLastIndex(
      (m, i) =>
        i > 0 &&
        before[i - 1].actor !== m.actor &&
        before[i - 1].form !== "organization" &&
        m.form !== "organization" &&
        /^\s+and\s+$/.test(text.slice(before[i - 1].end, m.start)),
    );
    if (at < 1) continue;
    for (const m of [before[at - 1], before[at]])
      added.push({
        actor: m.actor,
        start: a.index,
        end: a.index + a[0].length,
        surface: a[0],
        form: "group",
        via: a[0],
      });
  }
  return withAdded(mentions, added);
}

/** Whether `at` falls inside one of the mentions. */
const insideMention = (mentions: readonly ActorMention[], at: number) =>
  mentions.some((m) => m.start <= at && m.end > at);

/** The mentions with `added` among them, in order of start. */
const withAdded = (mentions: ActorMention[], added: ActorMention[]) =>
  added.length === 0 ? mentions : [...mentions, ...added].sort((x, y) => x.start - y.start);

/** How far back (in characters) "the bloc" may refer to an organisation. */
const ANAPHOR_REACH = 1500;
const ANAPHOR_NOUNS = [...new Set([...ORGANIZATIONS.values()].flatMap((o) => o.anaphors))].sort(
  (a, b) => b.length - a.length,
);
/** "the bloc", "the 28-nation bloc", "the regional body", "The group": a noun referring back to an organisation. */
const ANAPHOR = new RegExp(
  `\\b[Tt]he\\s+(?:\\d+-(?:nation|member|country|state)\\s+|(?:regional|European|Caribbean|Latin American|hemispheric)\\s+)?(${ANAPHOR_NOUNS.join("|")})\\b(?!\\s+(?:of\\b|[A-Z]))`,
  "g",
);
/** A named body of some kind: "International Contact Group", "African Union". */
const NAMED_BODY =
  /\b[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|the|and))*\s+(Group|Union|Organi[sz]ation|Community|Alliance|Bloc)\b/g;

/**
 * Returns the mentions with "the bloc", "the group" added as mentions of the organisation they refer back to: the
 * one named last before them (within ANAPHOR_REACH) whose anaphors hold the noun, unless another body named by that
 * noun ("the International Contact Group") came between.
 */
function withAnaphors(text: string, mentions: ActorMention[]): ActorMention[] {
  const added: ActorMention[] = [];
  for (const a of matchesOf(ANAPHOR, text)) {
    const noun = a[1].toLowerCase();
    const org = mentions.findLast(
      (m) =>
        m.form === "organization" &&
        m.end <= a.index &&
        a.index - m.end < ANAPHOR_REACH &&
        (ORGANIZATIONS.get(m.actor)?.anaphors.includes(noun) ?? false),
    );
    if (!org || insideMention(mentions, a.index)) continue;
    // "…set up an International Contact Group … the group": another body of that noun, named as no actor
    const head = noun.split(" ").at(-1)!;
    const other = matchesOf(NAMED_BODY, text.slice(org.end, a.index)).some(
      (b) =>
        b[1].toLowerCase() === head &&
        !mentions.some((m) => m.start <= org.end + b.index && m.end >= org.end + b.index + b[0].length),
    );
    if (other) continue;
    added.push({
      actor: org.actor,
      start: a.index,
      end: a.index + a[0].length,
      surface: a[0],
      form: "organization",
      via: null,
    });
  }
  return withAdded(mentions, added);
}

/** A run of words in capitals: "UNITED STATES", "SWEDEN, FINLAND" (a factbox's entries, a heading). */
const CAPITALS_RUN = /(?<![\w'’])[A-Z][A-Z'’.&-]*(?:[ ]+[A-Z][A-Z'’.&-]*)*(?![\w'’])/g;
const MINOR_WORDS = new Set(["OF", "AND", "THE"]);

/**
 * Returns the surface forms in a text, in order; names printed in capitals ("UNITED STATES", "EL SALVADOR") are
 * found in title case where the text as printed has no name ("USA", "OAS" are names as they stand).
 */
function surfaceMatches(text: string): { form: string; index: number }[] {
  const found = matchesOf(SURFACE_PATTERN, text).map((m) => ({ form: m[0], index: m.index }));
  const taken = (start: number, end: number) =>
    found.some((f) => f.index < end && start < f.index + f.form.length);
  const more: typeof found = [];
  for (const run of matchesOf(CAPITALS_RUN, text)) {
    if (!/[A-Z]{3}/.test(run[0])) continue;
    const titled = run[0].replace(/[A-Z][A-Z'’.&-]*/g, (w) =>
      MINOR_WORDS.has(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
    );
    for (const m of matchesOf(SURFACE_PATTERN, titled)) {
      const index = run.index + m.index;
      if (m[0] !== text.slice(index, index + m[0].length) && !taken(index, index + m[0].length))
        more.push({ form: m[0], index });
    }
  }
  return more.length === 0 ? found : [...found, ...more].sort((x, y) => x.index - y.index);
}

const DEMONYM_NON_STATE = new RegExp(cues.demonymNonState);
/** Words before a group that make it only some of its members: "most of the", "19 EU nations", "Sixteen EU member
 * states" (a count names no one, and the members listed after it are read on their own), or the subject's fellow
 * members: "joined its EU partners"; "major EU nations" are some too. */
const SOME_OF =
  /\b(?:its|their|his|her|our|most|some|several|many|a few|few|other|both|either|neither|major|leading|key|big|bigger|biggest|largest|main|top|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:[- ]\w+)?|dozens?)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?$/i;

/** Tells whether the list at the start of `text` ("Norway and Iceland, which …") names `actor`. */
function excludedByName(text: string, actor: ActorId): boolean {
  const list = /^[^,.;]*/.exec(text)![0];
  for (const m of matchesOf(SURFACE_PATTERN, list)) if (SURFACES.get(m[0])?.actor === actor) return true;
  return false;
}

function expandGroups(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const org = m.form === "organization" ? ORGANIZATIONS.get(m.actor) : undefined;
    if (!org || org.members.length === 0) {
      out.push(m);
      continue;
    }
    const after = text.slice(m.end);
    const noun = MEMBER_NOUN.exec(after);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const ofForm = MEMBERS_OF.exec(before);
    // "The Lima Group, with the exception of Mexico,": excluding a member means the members
    const exclusionAfterName = EXCLUSION.exec(after);
    const next = mentions[i + 1];
    const excludesMember =
      exclusionAfterName !== null &&
      next?.start === m.end + exclusionAfterName[0].length &&
      org.members.includes(next.actor);
    if (!noun && !ofForm && !excludesMember) {
      out.push(m);
      continue;
    }
    let exprStart = ofForm ? m.start - ofForm[0].length : m.start;
    let exprEnd = m.end + (noun ? noun[0].length : 0);
    const excluded = new Set<ActorId>();
    const exclusion = EXCLUSION.exec(text.slice(exprEnd));
    if (exclusion) {
      let cursor = exprEnd + exclusion[0].length;
      // the excluded list: members joined by commas/"and" right after the exclusion word; a non-member
      // ends it ("except Mexico, Australia and Israel" excludes Mexico only, the rest continue the outer list)
      while (
        i + 1 < mentions.length &&
        mentions[i + 1].start === cursor &&
        (excluded.size === 0 || org.members.includes(mentions[i + 1].actor))
      ) {
        const ex = mentions[++i];
        excluded.add(ex.actor);
        exprEnd = ex.end;
        const join = /^(?:,\s*|\s+and\s+|\s+or\s+)/.exec(text.slice(ex.end));
        if (!join) break;
        cursor = ex.end + join[0].length;
      }
      if (text[exprEnd] === ")") exprEnd += 1;
    }
    const lead = text.slice(Math.max(0, exprStart - 30), exprStart);
    const all = ALL_BEFORE.exec(lead);
    if (all) exprStart -= lead.length - all.index;
    const previous = mentions[i - 1];
    // (past the organisation's abbreviation in brackets: "members of the Bolivarian Alliance (ALBA),")
    const bracketed = BRACKETED.exec(text.slice(exprEnd));
    const abbreviation =
      bracketed && mentions[i + 1]?.actor === m.actor && mentions[i + 1].end <= exprEnd + bracketed[0].length;
    const closeAt = exprEnd + (abbreviation ? bracketed[0].length : 0);
    if (
      previous &&
      APPOSITION_OPEN.test(text.slice(previous.end, exprStart)) &&
      APPOSITION_CLOSE.test(text.slice(closeAt))
    ) {
      if (abbreviation) i++;
      continue;
    }
    // "Apart from Italy, all EU countries …": members excluded by the phrase that opens the sentence
    if (all) {
      const stop = text.lastIndexOf(". ", exprStart);
      const sentenceStart = Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf("\n", exprStart) + 1);
      const opening = EXCLUSION_OPENING.exec(text.slice(sentenceStart, exprStart));
      if (opening)
        for (const x of mentions)
          if (x.start >= sentenceStart + opening[1].length && x.end <= sentenceStart + opening[0].length)
            excluded.add(x.actor);
    }
    const via = text.slice(exprStart, exprEnd);
    // "the EU's largest members", "the bloc's other member states": some members, picked out by a word
    if ((noun?.[1] || noun?.[2]) && excluded.size === 0 && !all) continue;
    if (excluded.size === 0 && !all) {
      // "most of the EU member states", "a raft of EU nations": some members, which the words do not name; so are
      // those a relative clause picks out: "the EU countries that recognise Guaido"
      if (!SOME_OF.test(lead) && !QUANTIFIER_OF.test(lead) && !(noun && PICKED_OUT.test(text.slice(exprEnd))))
        out.push({ ...m, start: exprStart, end: exprEnd, via: null });
      continue;
    }
    for (const member of org.members) {
      if (!excluded.has(member))
        out.push({ actor: member, start: exprStart, end: exprEnd, surface: via, form: "group", via });
    }
  }
  return out;
}
