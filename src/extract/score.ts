/**
 * Scores a dataset against a gold annotation by the rules of the evaluation kit (article stance F1 with soft
 * answers and traps, stated dates, publication dates, quotes, and the timeline). A typed port of the reference
 * scorer; it reads only the dataset fields the rules name.
 */
const PRIORITY: Record<string, number> = { guaido: 3, maduro: 3, conditional: 2, neutral: 1 };
const SUBJECT = "VEN";

export interface GoldArticle {
  published: string | null;
  stances: Record<string, string>;
  soft?: Record<string, (string | null)[]>;
  forbidden?: string[];
  not?: Record<string, string[]>;
  dated?: { actor: string; stance: string; date: string; soft?: boolean }[];
  quotes?: { speaker: string; actor: string; text: string }[];
  nonCountryQuotes?: { speaker: string; text: string }[];
}

export interface Gold {
  articles: Record<string, GoldArticle>;
  timeline?: Record<string, Record<string, string>>;
  timelineSoft?: Record<string, (string | null)[]>;
  orgAliases?: Record<string, string[]>;
}

/** The fields of a dataset the scorer reads. */
export interface Scorable {
  articles?: { id: string; published?: string | null }[];
  actors?: { id: string; kind: string }[];
  observations?: { actor: string; stance: string; date: string | null; article: string }[];
  quotes?: { text: string; speaker: string; actor: string | null; article: string }[];
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  orgFalsePositives: number;
  timeline: number;
  timelineChecked: number;
  datedEvents: number;
  datedChecked: number;
  published: number;
  quoteRecall: number;
  quoteSpeaker: number;
  quoteActor: number;
  quotesChecked: number;
  traps: string[];
  errors: string[];
}

/** Returns text folded for comparison: accents, curly quotes, spacing and case ignored. */
export function fold(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Returns the primary stance among several: the highest priority; guaido with maduro is "conflict". */
function primary(stances: string[]): string {
  const set = [...new Set(stances)];
  if (set.includes("guaido") && set.includes("maduro")) return "conflict";
  return set.sort((a, b) => (PRIORITY[b] ?? 0) - (PRIORITY[a] ?? 0))[0];
}

/** Returns the scores of `dataset` against `gold`, with every miss and trap spelled out. */
export function scoreDataset(dataset: Scorable, gold: Gold): Score {
  const alias = new Map<string, string>();
  for (const [id, list] of Object.entries(gold.orgAliases ?? {}))
    for (const a of list) alias.set(a.toUpperCase(), id);
  const canon = (id: unknown) => alias.get(String(id).toUpperCase()) ?? String(id).toUpperCase();
  const kindOf = new Map((dataset.actors ?? []).map((a) => [canon(a.id), a.kind]));
  const isOrg = (id: string) => kindOf.get(id) === "organization" || alias.has(id);
  const obsByArticle = new Map<string, { actor: string; stance: string; date: string | null }[]>();
  for (const o of dataset.observations ?? []) {
    const list = obsByArticle.get(o.article) ?? [];
    list.push({ actor: canon(o.actor), stance: o.stance, date: o.date });
    obsByArticle.set(o.article, list);
  }

  let tp = 0,
    fp = 0,
    fn = 0,
    orgFp = 0;
  let datedHit = 0,
    datedAll = 0,
    pubHit = 0,
    pubAll = 0;
  let quoteHit = 0,
    quoteAll = 0,
    speakerHit = 0,
    actorHit = 0;
  const traps: string[] = [];
  const errors: string[] = [];

  for (const [articleId, g] of Object.entries(gold.articles)) {
    const article = (dataset.articles ?? []).find((a) => a.id === articleId);
    pubAll++;
    if (!article) errors.push(`${articleId}: article missing from the dataset`);
    else if ((article.published ?? null) === (g.published ?? null)) pubHit++;
    else errors.push(`${articleId}: published ${article.published} (gold ${g.published})`);

    const obs = obsByArticle.get(articleId) ?? [];
    const predicted = new Map<string, string[]>();
    for (const o of obs) {
      if (o.actor === SUBJECT) continue;
      predicted.set(o.actor, [...(predicted.get(o.actor) ?? []), o.stance]);
    }
    const soft = g.soft ?? {};
    for (const [actor, want] of Object.entries(g.stances)) {
      const got = predicted.has(actor) ? primary(predicted.get(actor)!) : undefined;
      if (got === want) tp++;
      else {
        fn++;
        if (got !== undefined) fp++;
        errors.push(`${articleId}: ${actor} ${got ?? "missing"} (gold ${want})`);
      }
    }
    for (const [actor, list] of predicted) {
      if (actor in g.stances) continue;
      const got = primary(list);
      if (g.forbidden?.includes(actor)) traps.push(`${articleId}: ${actor} must have no stance, got ${got}`);
      if (g.not?.[actor]?.includes(got)) traps.push(`${articleId}: ${actor} must not be ${got}`);
      if (actor in soft) {
        if (!soft[actor].includes(got)) {
          fp++;
          errors.push(`${articleId}: ${actor} ${got} (allowed ${soft[actor].join("/")})`);
        }
        continue;
      }
      if (isOrg(actor)) orgFp++;
      else {
        fp++;
        errors.push(`${articleId}: ${actor} ${got} (gold: no stance)`);
      }
    }
    for (const d of g.dated ?? []) {
      if (d.soft) continue;
      datedAll++;
      if (obs.some((o) => o.actor === d.actor && o.stance === d.stance && o.date === d.date)) datedHit++;
      else errors.push(`${articleId}: ${d.actor} ${d.stance} should be dated ${d.date}`);
    }
    const quotes = (dataset.quotes ?? []).filter((q) => q.article === articleId);
    for (const gq of g.quotes ?? []) {
      quoteAll++;
      const match = quotes.find((q) => fold(q.text).includes(fold(gq.text)));
      if (!match) {
        errors.push(`${articleId}: quote not found: "${gq.text}"`);
        continue;
      }
      quoteHit++;
      const surnames = gq.speaker.split("|").map((s) => fold(s).split(" ").at(-1)!);
      if (surnames.some((s) => fold(match.speaker).includes(s))) speakerHit++;
      else errors.push(`${articleId}: quote "${gq.text}" speaker ${match.speaker} (gold ${gq.speaker})`);
      if (gq.actor.split("|").includes(canon(match.actor ?? "null"))) actorHit++;
      else errors.push(`${articleId}: quote "${gq.text}" actor ${match.actor} (gold ${gq.actor})`);
    }
    for (const nq of g.nonCountryQuotes ?? []) {
      const match = quotes.find((q) => fold(q.text).includes(fold(nq.text)));
      if (match?.actor && kindOf.get(canon(match.actor)) === "country")
        traps.push(`${articleId}: quote of ${nq.speaker} attributed to country ${match.actor}`);
    }
  }

  let tlHit = 0,
    tlAll = 0;
  const softTl = gold.timelineSoft ?? {};
  for (const [day, want] of Object.entries(gold.timeline ?? {})) {
    const latest = new Map<string, { date: string; stances: string[] }>();
    for (const o of dataset.observations ?? []) {
      const actor = canon(o.actor);
      if (actor === SUBJECT || !o.date || o.date > day) continue;
      const cur = latest.get(actor);
      if (!cur || o.date > cur.date) latest.set(actor, { date: o.date, stances: [o.stance] });
      else if (o.date === cur.date) cur.stances.push(o.stance);
    }
    const state = new Map([...latest].map(([a, v]) => [a, primary(v.stances)]));
    for (const actor of new Set([...Object.keys(want), ...state.keys()])) {
      const got = state.get(actor) ?? null;
      if (!(actor in want)) {
        if (actor in softTl) {
          if (!softTl[actor].includes(got)) {
            tlAll++;
            errors.push(`timeline ${day}: ${actor} ${got}`);
          }
          continue;
        }
        if (isOrg(actor)) continue;
      }
      tlAll++;
      if (got === (want[actor] ?? null)) tlHit++;
      else errors.push(`timeline ${day}: ${actor} ${got} (gold ${want[actor] ?? "none"})`);
    }
  }

  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    tp,
    fp,
    fn,
    orgFalsePositives: orgFp,
    timeline: ratio(tlHit, tlAll),
    timelineChecked: tlAll,
    datedEvents: ratio(datedHit, datedAll),
    datedChecked: datedAll,
    published: ratio(pubHit, pubAll),
    quoteRecall: ratio(quoteHit, quoteAll),
    quoteSpeaker: ratio(speakerHit, quoteHit),
    quoteActor: ratio(actorHit, quoteHit),
    quotesChecked: quoteAll,
    traps,
    errors,
  };
}
