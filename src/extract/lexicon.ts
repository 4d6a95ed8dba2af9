import countries from "world-countries";
import type { ActorId } from "../dataset/schema";
import aliasData from "./data/country-aliases.json";
import orgData from "./data/organizations.json";
import speakers from "./data/speakers.json";

/** How a surface form names its actor. */
export type SurfaceForm = "name" | "demonym" | "metonym" | "organization" | "none";

/** One entry of the lexicon: a form of words and the actor it names (null for known non-actors). */
export interface Surface {
  actor: ActorId | null;
  form: SurfaceForm;
  /** For a group of countries named together ("the Baltic states"): the countries it stands for. */
  members?: readonly ActorId[];
}

export interface CountryRecord {
  id: ActorId;
  name: string;
  isoNumeric: string | null;
}

export interface OrganizationRecord {
  id: ActorId;
  name: string;
  members: ActorId[];
  /** Nouns that refer back to it: "the bloc", "the group". */
  anaphors: string[];
}

const LATIN = /^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9.' -]*$/; // (digits after a letter: "Number 10")

/** Countries by alpha-3 id, from world-countries (names, ISO numeric codes). */
export const COUNTRIES: ReadonlyMap<ActorId, CountryRecord> = new Map(
  countries.map((c) => [
    c.cca3 as ActorId,
    { id: c.cca3 as ActorId, name: c.name.common, isoNumeric: c.ccn3 ? c.ccn3.padStart(3, "0") : null },
  ]),
);

/** Organisations by id, from data/organizations.json. */
export const ORGANIZATIONS: ReadonlyMap<ActorId, OrganizationRecord> = new Map(
  orgData.organizations.map((o) => [
    o.id as ActorId,
    { id: o.id as ActorId, name: o.name, members: o.members as ActorId[], anaphors: o.anaphors },
  ]),
);

/** Names of countries and capitals, every one, ambiguous or not: words that are places, not people. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  countries.flatMap((c) => [c.name.common, ...(c.capital ?? [])]).flatMap((n) => [n, stripAccents(n)]),
);

/** Every surface form the extractor recognises, mapped to its actor; longer forms win when they overlap. */
export const SURFACES: ReadonlyMap<string, Surface> = buildSurfaces();

function buildSurfaces(): Map<string, Surface> {
  const out = new Map<string, Surface>();
  const add = (
    s: string,
    actor: ActorId | null,
    form: SurfaceForm,
    override = false,
    members?: ActorId[],
  ) => {
    const key = s.trim();
    if (key.length < 2 || !LATIN.test(key)) return;
    const surface: Surface = members ? { actor, form, members } : { actor, form };
    if (override || !out.has(key)) out.set(key, surface);
    // news text often drops accents: "Brasilia", "Bogota", "Cote d'Ivoire"
    const plain = stripAccents(key);
    if (plain !== key && (override || !out.has(plain))) out.set(plain, surface);
  };
  const blocked = new Set(aliasData.blockedCapitals);
  // sovereign states first, so "French" and "American" name France and the United States, not their territories
  const ordered = [...countries].sort(
    (a, b) => Number(b.unMember) - Number(a.unMember) || a.cca3.localeCompare(b.cca3),
  );
  for (const c of ordered) {
    const id = c.cca3 as ActorId;
    add(c.name.common, id, "name");
    add(c.name.official, id, "name");
    for (const alt of c.altSpellings) if (alt.length >= 4 && !/^[A-Z]{2,3}$/.test(alt)) add(alt, id, "name");
    for (const cap of c.capital ?? []) if (!blocked.has(cap)) add(cap, id, "metonym");
    const dem = c.demonyms?.eng;
    if (dem) for (const d of new Set([dem.m, dem.f])) if (d) add(d, id, "demonym");
  }
  for (const [id, list] of Object.entries(aliasData.aliases))
    for (const s of list) add(s, id as ActorId, "name", true);
  for (const [id, list] of Object.entries(aliasData.metonyms))
    for (const s of list) add(s, id as ActorId, "metonym", true);
  for (const o of orgData.organizations)
    for (const s of o.surfaces) add(s, o.id as ActorId, "organization", true);
  for (const g of orgData.groups)
    for (const s of g.surfaces) add(s, g.members[0] as ActorId, "name", true, g.members as ActorId[]);
  for (const s of aliasData.nonActors) add(s, null, "none", true);
  for (const m of speakers.media) add(m, null, "none", true);
  // "the Elysee" opens a sentence as "The Elysee" (where the name is nothing without its article)
  for (const [key, surface] of [...out])
    if (key.startsWith("the ") && !out.has(key.slice(4))) out.set(`T${key.slice(1)}`, surface);
  return out;
}

const EPITHET_WORDS: Readonly<Record<string, readonly string[]>> = aliasData.epithets.words;
/** Matches a definite epithet opening a sentence, "The island nation", "The Asian economic giant"; group 1 is its
 * regional word. */
export const EPITHET_OPENING = new RegExp(
  `^The (${Object.keys(EPITHET_WORDS).join("|")})(?:\\s+[a-z][\\w-]*)?\\s+(?:${aliasData.epithets.nouns.join("|")})\\b`,
);
/** Returns whether a regional word of an epithet ("Asian", "Andean", "island") fits the country. */
export function fitsEpithet(actor: ActorId, word: string): boolean {
  const c = countries.find((x) => x.cca3 === actor);
  if (!c) return false;
  return (EPITHET_WORDS[word] ?? []).some((place) =>
    place === "island"
      ? c.borders.length === 0 && !c.landlocked
      : [c.region, c.subregion, c.cca3].includes(place),
  );
}

/** Returns text without its accents ("Brasília" → "Brasilia"), the way news text often prints names. */
export function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Returns text with each accented letter replaced by its base letter, one for one ("Iván" → "Ivan"), so every
 * offset into it is an offset into the text. */
export function foldAccents(s: string): string {
  return s.replace(/[À-ɏ]/g, (c) => {
    const base = stripAccents(c);
    return base.length === 1 ? base : c;
  });
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches any surface form, longest first, as a whole word (case-sensitive: "US" is not "us"). */
export const SURFACE_PATTERN = new RegExp(
  `(?<![\\w'’-])(?:${[...SURFACES.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join("|")})(?![\\w]|-(?!(?:backed|supported|sponsored)\\b)|\\.\\w)`,
  "g",
);

/** Words that make a demonym a state actor when they follow it: "Russian President", "the Spanish prime minister". */
export const STATE_NOUN = new RegExp(
  `^(?:\\s+[a-zA-Z-]+){0,2}?\\s+(?:${[
    ...speakers.titles,
    ...speakers.institutions,
    "side",
    "officials",
    "diplomats",
    "presidential",
    "leadership",
  ]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})s?\\b`,
  "i",
);
