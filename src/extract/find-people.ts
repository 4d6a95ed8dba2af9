import type { ActorId } from "../dataset/schema";
import knownPeople from "./data/people.json";
import speakers from "./data/speakers.json";
import cues from "./data/stance-cues.json";
import type { ActorMention } from "./find-actors";
import { escapeRegExp, stripAccents } from "./lexicon";
import { isObjectOfPreposition } from "./object-of-preposition";
import { matchesOf } from "./matches";

/** A person an article names with a role: "Kremlin Spokesman Dmitry Peskov". */
export interface Person {
  name: string;
  surname: string;
  role: string | null;
  /** The country or organisation the role names, or the one the article ties the person to. */
  actor: ActorId | null;
  /** First offset at which the article names the person. */
  start: number;
  /** One of the topic's own figures (data/people.json), named bare: a speaker only beside a verb of speech. */
  known?: boolean;
  /** The role data/people.json gives a figure the article names with a role of its own ("Russia's top diplomat
   * Sergei Lavrov" is still the foreign minister a later "the foreign minister said" refers to). */
  knownRole?: string;
  /** Another person of the article has the same surname ("Evo Morales", "Jimmy Morales"): each is told by the whole
   * name only. */
  sharesSurname?: boolean;
}

// Latin-1 and Latin Extended-A letters ("Erdoğan", "Babiš", "Łukaszewicz")
const NAME_WORD = "[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÝĀ-ſ]?[a-zà-ÿĀ-ſ'’]+)?";
const PARTICLE = "(?:de|da|del|della|di|van|von|der|Le|La|al|el|bin|ibn|dos|das)";
/** Matches a personal name of two to four words on one line, perhaps with a middle initial: "Dmitry Peskov", "Jean-Yves
 * Le Drian", "Andres Manuel Lopez Obrador", "Dmitri S. Peskov", "Riyad al-Maliki" (not a headline's last word and the dateline's place). */
const NAME = `${NAME_WORD}(?:[ \\t]+[A-Z]\\.)?(?:[ \\t]+(?:${PARTICLE}[ \\t]+|(?:al|el|bin|ibn)-)?${NAME_WORD}){1,3}`;
const TITLE = [...speakers.titles]
  .sort((a, b) => b.length - a.length)
  .map((t) => caseless(escapeRegExp(t)))
  .join("|");
/** Matches a role phrase: up to five words ending in a title ("Russia's deputy foreign minister", "Kremlin Spokesman"). */
const ROLE = `(?:[A-Za-zÀ-ÿ'’-]+ ){0,5}?(?<![-])(?:${TITLE})`;

/** After a country's name: "'s Evo Morales", "'s leftist leader Evo Morales" is handled by ROLE_NAME. */
const POSSESSIVE_NAME = new RegExp(`^['’]s\\s+(${NAME})(?=[\\s,.;:])`);
/** Outlets, whose names are no person's, as a name followed by what an outlet is ("newspaper") is not. */
const MEDIA_NAMES = new Set(speakers.media);
const MEDIA_KIND_AFTER = new RegExp(
  `^\\s+(?:${speakers.mediaNouns.map((n) => escapeRegExp(n.replace(/^the /, ""))).join("|")}|daily|weekly|magazine|television|radio|website)\\b`,
  "i",
);
/** Words that make a capitalised phrase a body or a title, not a person: "Uruguay's Foreign Ministry". */
const NOT_A_NAME = new RegExp(
  `\\b(?:${[...speakers.titles, ...speakers.institutions, ...speakers.notNames].map((w) => caseless(escapeRegExp(w))).join("|")})\\b`,
);
/** "Kremlin Spokesman Dmitry Peskov", "Russian President Vladimir Putin": role, then name. */
const ROLE_NAME = new RegExp(`\\b(${ROLE}) (${NAME})`, "g");
/** "Sergei Ryabkov, Russia's deputy foreign minister,": name, then role in commas. */
const NAME_COMMA_ROLE = new RegExp(
  `(${NAME}), (?:the |a )?(${ROLE})\\b(?=[,.;]|\\s+(?:of|for|to|at|in|and|said|told|who))`,
  "g",
);
/** "The UK foreign secretary, Jeremy Hunt,", "Venezuela's ambassador to the UN, Samuel Moncada.", "A spokesman for the
 * Turkish presidency, Ibrahim Kalin,": role, then name (a role may name where or whom it serves). */
const ROLE_COMMA_NAME = new RegExp(
  `\\b(${ROLE}(?: (?:to|at|in|of|for) (?:the )?[A-Z][\\w.]*(?: [A-Z][\\w.]*){0,2}(?: (?:presidency|government|ministry|embassy|mission|delegation))?)?), (${NAME})(?=[,.;]|\\s+(?:said|told|added))`,
  "g",
);
/** "Vassily Nebenzia (Russian Federation) said": a meeting's record gives a speaker's state in brackets. */
const NAME_BRACKET_STATE = new RegExp(
  `(${NAME}) \\(([^()]{2,50})\\)(?=,? (?:said|told|stressed|noted|added|asked|urged|called|expressed|voiced|warned|agreed|spoke)\\b)`,
  "g",
);
const TITLE_AT_END = new RegExp(`(?:${TITLE})$`);

const ROLE_MODIFIERS = new Set(speakers.roleModifiers);
/**
 * Returns the role without the words swept up before it ("Spain have recognised Venezuela's opposition leader"
 * → "Venezuela's opposition leader"): the title and the capitalised words, possessives and role modifiers right
 * before it, without a leading article.
 */
function trimRole(role: string): string {
  // "ambassador to the UN": trim what comes before the title, keep where it serves
  const serves = / (?:to|at|in|of) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}$/.exec(role);
  // …only after a title: "According to Brazilian Vice President" serves no one
  if (serves && TITLE_AT_END.test(role.slice(0, serves.index)))
    return `${trimRole(role.slice(0, serves.index))}${serves[0]}`;
  const title = TITLE_AT_END.exec(role);
  if (!title) return role.trim();
  const words = role.slice(0, title.index).trim().split(/\s+/).filter(Boolean);
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1];
    if (!/^[A-ZÀ-Ý]/.test(w) && !/['’]s$/.test(w) && !ROLE_MODIFIERS.has(w.toLowerCase())) break;
    from -= 1;
  }
  return [...words.slice(from), title[0]].join(" ").replace(LEADING_NON_ROLE, "");
}
/** Capitalised words that open a sentence before a role, and are no part of it: "As Chinese spokesman Geng Shuang put
 * it", "But the US envoy". */
const LEADING_NON_ROLE =
  /^(?:(?:The|A|An|His|Her|Their|Its|As|But|And|Or|So|Yet|Then|Meanwhile|While|When|After|Also|Now|Later|However|Still)\s+)+/;

/** A party's office joined to the role after it: "League leader and " (Deputy Premier). */
const PARTY_OFFICE_BEFORE = new RegExp(
  `\\b(?:${cues.nonStateNames.join("|")})\\s+(?:[Pp]arty\\s+)?(?:leader|chief|head|chairman|boss|secretary)\\s+and\\s+$`,
);

/** A role opening a relative clause of its own: "…, whose Prime Minister". */
const WHOSE_BEFORE = /(?:,\s*|\s+)whose\s+$/;
/** A role held no more: "former", "ex-", "one-time". */
const FORMER = /\b(?:former|ex-|one-time|onetime|erstwhile)/i;

/**
 * Returns the people an article names with a role, each once (first mention), with the actor their role
 * names ("French Foreign Minister" → FRA), else the country data/people.json gives the person, else the country
 * that opens their sentence ("Norway recognised…, Foreign Minister Ine Eriksen Soreide said"), else the country
 * of the state body named last before them ("China's Foreign Ministry said… Spokesperson Hua Chunying"), else
 * the one that opens their paragraph, else, for a government's office ("ministry spokesperson") in a paragraph
 * naming no one before them, the one that opens the paragraph before; never `exclude` (the topic's subject).
 */
export function findPeople(text: string, mentions: readonly ActorMention[], exclude?: ActorId): Person[] {
  const found = new Map<string, Person>();
  const add = (name: string, role: string, at: number, roleStart: number, roleEnd: number) => {
    const clean = name
      .trim()
      .replace(/['’]s$/, "")
      .replace(/\s+(?:Jr|Sr)$/, ""); // "Teodoro Locsin Jr." is Locsin
    const parts = clean.split(/\s+/);
    if (parts.length < 2 || mentions.some((m) => m.start <= at && m.end > at && m.form !== "demonym")) return;
    const surname = parts.at(-1)!;
    // "Guaidó" is "Guaido"; two people who share a surname ("Evo Morales", "Jimmy Morales") are told apart by name
    const sameSurname = found.get(stripAccents(surname));
    if (sameSurname && sameFirstName(sameSurname.name, clean)) return;
    const key = sameSurname ? stripAccents(clean) : stripAccents(surname);
    if (found.has(key)) return;
    const trimmed = trimRole(role);
    // the actor the role itself names, not one in the words swept up before it
    const ownStart = roleStart + Math.max(0, role.lastIndexOf(trimmed));
    // a party's office before the state's: "League leader and Deputy Premier"
    const party = PARTY_OFFICE_BEFORE.exec(text.slice(Math.max(0, ownStart - 60), ownStart));
    const roleText = party ? `${party[0]}${trimmed}` : trimmed;
    const inRole = mentions.find((m) => m.start >= ownStart && m.end <= roleEnd);
    // "St Vincent and the Grenadines, whose Prime Minister Ralph Gonsalves said": the name before "whose"
    const whose = WHOSE_BEFORE.exec(text.slice(Math.max(0, ownStart - 12), ownStart));
    const owner = whose && mentions.find((m) => m.end === ownStart - whose[0].length);
    // "Chile's former president Michelle Bachelet" no longer speaks for Chile
    const former = FORMER.test(text.slice(Math.min(roleStart, at), Math.max(roleEnd, at)));
    // a minister is a state's, never an organisation's that opens the sentence or paragraph before
    const bodies = STATE_OFFICE.test(roleText) ? mentions.filter((m) => m.form !== "organization") : mentions;
    found.set(key, {
      name: clean,
      surname,
      role: roleText || null,
      actor: former
        ? null
        : (inRole?.actor ??
          owner?.actor ??
          knownActor(clean) ??
          servedActor(roleText) ??
          sentenceSubject(text, bodies, at, exclude, false) ??
          institutionBefore(text, bodies, at, exclude) ??
          sentenceSubject(text, bodies, at, exclude, true) ??
          (OFFICE.test(roleText) ? previousParagraphSubject(text, bodies, at, exclude) : null)),
      start: at,
    });
  };
  // "Bolivia's Evo Morales": a country's possessive, then a name, is a person of that country
  for (const c of mentions) {
    if (c.form !== "name" && c.form !== "metonym") continue;
    const m = POSSESSIVE_NAME.exec(text.slice(c.end, c.end + 80));
    // (not an outlet: "Spain's El País", "Brazil's Folha de São Paulo newspaper")
    const outlet = m && (MEDIA_NAMES.has(m[1]) || MEDIA_KIND_AFTER.test(text.slice(c.end + m[0].length)));
    if (m && !NOT_A_NAME.test(m[1]) && !outlet)
      add(m[1], "", c.end + m[0].length - m[1].length, c.start, c.end);
  }
  for (const m of matchesOf(ROLE_NAME, text)) {
    // the shortest role before a name that may still hold the rest of a title: "Chief | Cabinet Secretary Yoshihide
    // Suga" is "Chief Cabinet Secretary | Yoshihide Suga"
    const words = m[2].split(/\s+/);
    const titleEnd = words.findLastIndex((w) => NOT_A_NAME.test(w)) + 1;
    const role = [m[1], ...words.slice(0, titleEnd)].join(" ");
    const name = words.slice(titleEnd).join(" ");
    const nameAt = m.index + m[0].length - name.length;
    add(name, role, nameAt, m.index, nameAt);
  }
  for (const m of matchesOf(NAME_COMMA_ROLE, text)) {
    const roleStart = m.index + m[0].lastIndexOf(m[2]);
    add(m[1], m[2], m.index, roleStart, roleStart + m[2].length);
  }
  for (const m of matchesOf(ROLE_COMMA_NAME, text)) {
    const nameAt = m.index + m[0].lastIndexOf(m[2]);
    add(m[2], m[1], nameAt, m.index, nameAt);
  }
  for (const m of matchesOf(NAME_BRACKET_STATE, text)) {
    const bracket = m.index + m[0].length - m[2].length - 1;
    if (mentions.some((x) => x.start >= bracket && x.end <= bracket + m[2].length))
      add(m[1], "", m.index, bracket, bracket + m[2].length);
  }
  // the topic's own figures, whom articles often name bare ("Guaido said")
  const folded = stripAccents(text);
  for (const { k, surname, key, pattern } of KNOWN) {
    const at = folded.search(pattern);
    const named = found.get(key);
    if (named && named.role !== k.role && stripAccents(named.name) === stripAccents(k.name))
      named.knownRole = k.role;
    if (at >= 0 && !found.has(key))
      found.set(key, {
        name: k.name,
        surname: text.slice(at, at + surname.length), // as the article spells it: "Piñera"
        role: k.role,
        actor: k.actor as ActorId,
        start: at,
        known: true,
      });
  }
  const people = [...found.values()].sort((a, b) => a.start - b.start);
  for (const p of people)
    if (people.some((q) => q !== p && stripAccents(q.surname) === stripAccents(p.surname)))
      p.sharesSurname = true;
  return people;
}

/** The known figures with their surnames and a pattern for them, compiled once. */
const KNOWN = knownPeople.people.map((k) => {
  const surname = k.name.split(" ").at(-1)!;
  // not inside a longer name: "Sanchez" of "Salvador Sanchez Ceren" is not Pedro Sanchez
  const pattern = new RegExp(`(?<![\\w'’-])${escapeRegExp(surname)}\\b(?!-|\\s+[A-ZÀ-Ý][a-zà-ÿ])`);
  return { k, surname, key: stripAccents(surname), pattern };
});
/** The known figures' countries by surname: "Secretary of State Mike Pompeo" names no country, the data does. */
const KNOWN_BY_SURNAME = new Map(KNOWN.map(({ k, key }) => [key, k]));
/** The country of a known figure the name is ("Secretary of State Mike Pompeo"), not of another person with the same
 * surname ("President Jimmy Morales" of Guatemala is not Bolivia's Evo Morales). */
function knownActor(name: string): ActorId | undefined {
  const k = KNOWN_BY_SURNAME.get(stripAccents(name.split(/\s+/).at(-1)!));
  return k && sameFirstName(k.name, name) ? (k.actor as ActorId) : undefined;
}
/** The country of a known figure whose aide a role names: "Erdogan's spokesman", "Putin's press secretary". */
function servedActor(role: string): ActorId | undefined {
  const boss = /^([A-ZÀ-Ý][\wÀ-ÿ-]+)['’]s\s/.exec(role);
  return boss ? (KNOWN_BY_SURNAME.get(stripAccents(boss[1]))?.actor as ActorId | undefined) : undefined;
}
/** Whether two names of one surname can be one person: they share their first name ("Vladimir Putin", "Vladimir V.
 * Putin"), one of them has none to compare, or one ends the other ("Foreign Minister Chrystia Freeland"). */
function sameFirstName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => stripAccents(n).split(/\s+/));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length < 2 || short[0] === long[0] || long.slice(-short.length).join(" ") === short.join(" ");
}

const INSTITUTION = new RegExp(
  `^(?:'s)?\\s+(?:${speakers.institutions.map(escapeRegExp).join("|")})\\b`,
  "i",
);

function institutionBefore(
  text: string,
  mentions: readonly ActorMention[],
  at: number,
  exclude?: ActorId,
): ActorId | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at || m.actor === exclude || insideQuotation(text, m.start)) continue;
    if (at - m.end > 400) break;
    if (INSTITUTION.test(text.slice(m.end, m.end + 40))) return m.actor;
  }
  return null;
}

/** Offices only a state has: "Foreign Affairs Minister". */
const STATE_OFFICE = new RegExp(`\\b(?:${speakers.stateOffices.map(escapeRegExp).join("|")})\\b`, "i");

/** Words of a role that speaks for a government ("ministry spokesperson"), not for a party or a newsroom. */
const OFFICE = new RegExp(`\\b(?:${speakers.officeWords.map(escapeRegExp).join("|")})\\b`, "i");

/**
 * Returns the country that opens the paragraph before the one of `at`, when the paragraph of `at` names no actor
 * before it: a wire story's 'India on Friday said … .' followed by '"…," ministry spokesperson Raveesh Kumar said.'
 */
function previousParagraphSubject(
  text: string,
  mentions: readonly ActorMention[],
  at: number,
  exclude: ActorId | undefined,
): ActorId | null {
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  if (mentions.some((x) => x.start >= paragraphStart && x.start < at && x.actor !== exclude)) return null;
  const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
  if (previousEnd === 0) return null;
  const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
  return opener(text, mentions, previousStart, Math.min(previousEnd, previousStart + 40), exclude);
}

/**
 * Tells whether a mention can open a clause from `from` as its subject: not `exclude` (the topic's subject), no
 * demonym, no object of a preposition.
 */
export function opensClause(
  text: string,
  from: number,
  m: ActorMention,
  exclude: ActorId | undefined,
): boolean {
  return m.actor !== exclude && m.form !== "demonym" && !isObjectOfPreposition(text.slice(from, m.start));
}

/** The first actor named between `from` and `to` that can open a clause there. */
function opener(
  text: string,
  mentions: readonly ActorMention[],
  from: number,
  to: number,
  exclude: ActorId | undefined,
): ActorId | null {
  return (
    mentions.find((x) => x.start >= from && x.end <= to && opensClause(text, from, x, exclude))?.actor ?? null
  );
}

/** Tells whether an offset lies inside a quotation of its paragraph (an odd number of quote marks before it). */
export function insideQuotation(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf("\n", at) + 1, at);
  const straight = (para.match(/"/g) ?? []).length;
  const open = (para.match(/“/g) ?? []).length - (para.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** Returns a regex source that matches `source` in any letter case (titles are capitalised or not). */
function caseless(source: string): string {
  return source.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/**
 * Returns the first actor named in the sentence before `at`, not as an object of a preposition, or with
 * `orParagraph` the one that opens the paragraph when the sentence names none.
 */
function sentenceSubject(
  text: string,
  mentions: readonly ActorMention[],
  at: number,
  exclude: ActorId | undefined,
  orParagraph: boolean,
): ActorId | null {
  const sentenceStart = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf("\n", at) + 1);
  // the country that opens the sentence; or the one that opens the paragraph ("Russia has denounced… .
  // Foreign Ministry spokeswoman Maria Zakharova told reporters…")
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  if (!orParagraph) return opener(text, mentions, sentenceStart, at, exclude);
  return paragraphStart < sentenceStart
    ? opener(text, mentions, paragraphStart, text.indexOf(" ", paragraphStart + 40), exclude)
    : null;
}
