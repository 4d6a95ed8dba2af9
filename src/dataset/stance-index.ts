import { bisectRight, group } from "d3-array";
import { dayNumber, dayOfNumber } from "./days";
import type { ActorId, IsoDate, Observation, StanceId } from "./schema";
import { strongestStance } from "./stance-priority";

/** What is known of one actor on one day. */
export interface StanceState {
  stance: StanceId;
  /** First day of the unbroken run of this stance that includes the day asked about. */
  since: IsoDate;
  /** Day of the latest observation on or before the day asked about. */
  lastObserved: IsoDate;
  /** Distinct articles that reported this stance during the run, up to the day asked about. */
  sources: number;
}

/** One observed day of an actor: the stance that day's observations resolve to, and the state it leads to. */
interface Step extends StanceState {
  date: IsoDate;
}

/** Stance of every actor on any day, answered by binary search instead of a scan per frame. */
export interface StanceIndex {
  /** Actors with at least one dated observation, sorted by id. */
  readonly actors: readonly ActorId[];
  /** Days on which some actor's stance began or changed, ascending. */
  readonly changeDays: readonly IsoDate[];
  /** First and last day with a dated observation; undefined for an empty dataset. */
  readonly firstDay: IsoDate | undefined;
  readonly lastDay: IsoDate | undefined;
  /** Returns the actor's state on `day`: its latest observation dated on or before it; undefined before its first. */
  stateOn(actor: ActorId, day: IsoDate): StanceState | undefined;
  /** Returns the state of every actor that has one on `day`. */
  statesOn(day: IsoDate): Map<ActorId, StanceState>;
  /** Returns the actor's resolved steps (one per observed day), ascending. */
  history(actor: ActorId): readonly Step[];
}

/** One observed day of an actor in the dataset's compact form: [day, resolved stance, sources so far in the run]. */
export type TimelineStep = [IsoDate, StanceId, number];

/** Every actor's observed days, ascending; the form the overview file carries instead of all observations. */
export type Timeline = Readonly<Record<string, readonly TimelineStep[]>>;

/**
 * Returns each actor's resolved days. An actor's stance on day D is that of its latest observation dated on or
 * before D; observations of the same day resolve guaido = maduro > conditional > neutral. `sources` counts the
 * distinct articles that reported the stance during its unbroken run, up to that day. Undated observations stay
 * off the timeline. Actors are in id order.
 */
export function resolveTimeline(observations: readonly Observation[]): Record<ActorId, TimelineStep[]> {
  const byActor = group(
    observations.filter((o): o is Observation & { date: IsoDate } => o.date !== null),
    (o) => o.actor,
    (o) => o.date,
  );
  const out: Record<ActorId, TimelineStep[]> = {};
  for (const actor of [...byActor.keys()].sort()) {
    const days = byActor.get(actor)!;
    const list: TimelineStep[] = [];
    let runArticles = new Set<string>();
    for (const date of [...days.keys()].sort()) {
      const dayObs = days.get(date)!;
      const stance = strongestStance(dayObs.map((o) => o.stance))!;
      if (list.at(-1)?.[1] !== stance) runArticles = new Set();
      for (const o of dayObs) if (o.stance === stance) runArticles.add(o.article);
      list.push([date, stance, runArticles.size]);
    }
    out[actor] = list;
  }
  return out;
}

/** Returns an index of stances over time from observations (see `resolveTimeline` for the rule). */
export function buildStanceIndex(observations: readonly Observation[]): StanceIndex {
  return indexTimeline(resolveTimeline(observations));
}

/** One letter per stance in a compact timeline's `stances` string. */
export const STANCE_LETTER = {
  guaido: "g",
  maduro: "m",
  conditional: "c",
  neutral: "n",
} as const satisfies Record<StanceId, string>;
const LETTER_STANCE = Object.fromEntries(Object.entries(STANCE_LETTER).map(([s, l]) => [l, s])) as Record<
  string,
  StanceId
>;

/**
 * An actor's observed days, ascending, in three parallel lists: `days[i]` is the number of days since the
 * previous observed day (`days[0]` is 0, counted from `start`), `stances[i]` the letter of the stance that day
 * resolves to (STANCE_LETTER), `sources[i]` the articles that reported it in its run so far. The overview's form
 * (parts.ts validates it), a fifth the size of one [day, stance, sources] triple per day.
 */
export interface CompactDays {
  start: IsoDate;
  days: number[];
  stances: string;
  sources: number[];
}

/** Returns each actor's steps in the compact form; actors without a step are left out. */
export function encodeTimeline(timeline: Timeline): Record<ActorId, CompactDays> {
  const out: Record<ActorId, CompactDays> = {};
  for (const [actor, steps] of Object.entries(timeline) as [ActorId, readonly TimelineStep[]][]) {
    if (steps.length === 0) continue;
    const numbers = steps.map(([day]) => dayNumber(day));
    out[actor] = {
      start: steps[0][0],
      days: numbers.map((n, i) => (i === 0 ? 0 : n - numbers[i - 1])),
      stances: steps.map(([, stance]) => STANCE_LETTER[stance]).join(""),
      sources: steps.map(([, , sources]) => sources),
    };
  }
  return out;
}

/** Returns an index over resolved days (see `indexCompactTimeline`). */
export function indexTimeline(timeline: Timeline): StanceIndex {
  return indexCompactTimeline(encodeTimeline(timeline));
}

/** One actor's observed days, as numbers, with where each day's run of its stance began (see actorRuns). */
export interface ActorRuns {
  /** The observed days as day numbers (see dayNumber), ascending. */
  day: Int32Array;
  /** The stance letter of each day. */
  stances: string;
  sources: number[];
  /** For each day, the index of the first day of its run (the day the stance began). */
  runStart: Int32Array;
  /** The days on which a run began, as day numbers, ascending. */
  changes: number[];
  /** The days as steps, made when first asked for. */
  steps?: Step[];
}

/**
 * Returns one actor's compact days as numbers with their runs (typed arrays, no object per day); undefined when it
 * has none. The overview's loader calls it an actor at a time, between its slices, and indexRuns joins the results.
 */
export function actorRuns({ start, days, stances, sources }: CompactDays): ActorRuns | undefined {
  if (days.length === 0) return undefined;
  const day = new Int32Array(days.length);
  const runStart = new Int32Array(days.length);
  const changes: number[] = [];
  let n = dayNumber(start);
  for (let i = 0; i < days.length; i++) {
    n += days[i];
    day[i] = n;
    const continues = i > 0 && stances[i - 1] === stances[i];
    runStart[i] = continues ? runStart[i - 1] : i;
    if (!continues) changes.push(n);
  }
  return { day, stances, sources, runStart, changes };
}

/**
 * Returns an index over the compact timeline the overview carries, answering the stance on any day by binary
 * search over day numbers. It keeps the timeline's lists, a day number and a run start per day (typed arrays), so
 * building it makes no object per day: on a large dataset (57,000 days) it is part of the first view's load.
 */
export function indexCompactTimeline(timeline: Readonly<Record<ActorId, CompactDays>>): StanceIndex {
  const runs = new Map<ActorId, ActorRuns>();
  for (const [actor, days] of Object.entries(timeline) as [ActorId, CompactDays][]) {
    const entry = actorRuns(days);
    if (entry) runs.set(actor, entry);
  }
  return indexRuns(runs);
}

/** Returns the index over actors' runs (see actorRuns and indexCompactTimeline); actors in any order. */
export function indexRuns(runs: ReadonlyMap<ActorId, ActorRuns>): StanceIndex {
  const names = new Map<number, IsoDate>(); // a few hundred distinct days, each formatted once
  const dayName = (n: number) => {
    let name = names.get(n);
    if (!name) names.set(n, (name = dayOfNumber(n)));
    return name;
  };
  const byActor = new Map([...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const changeDays = new Set<number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const { day, changes } of byActor.values()) {
    for (const n of changes) changeDays.add(n);
    firstDay = Math.min(firstDay, day[0]);
    lastDay = Math.max(lastDay, day[day.length - 1]);
  }
  const actors = [...byActor.keys()];

  const stateAt = ({ day, stances, sources, runStart }: ActorRuns, i: number): StanceState => ({
    stance: LETTER_STANCE[stances[i]],
    since: dayName(day[runStart[i]]),
    lastObserved: dayName(day[i]),
    sources: sources[i],
  });

  /** The actor's state on day number `n`: that of its latest observed day on or before it. */
  function stateOnNumber(entry: ActorRuns | undefined, n: number): StanceState | undefined {
    if (!entry || Number.isNaN(n)) return undefined;
    const after = bisectRight(entry.day, n); // first day after the one asked about
    return after === 0 ? undefined : stateAt(entry, after - 1);
  }

  return {
    actors,
    changeDays: [...changeDays].sort((a, b) => a - b).map(dayName),
    firstDay: byActor.size ? dayName(firstDay) : undefined,
    lastDay: byActor.size ? dayName(lastDay) : undefined,
    stateOn: (actor, day) => stateOnNumber(byActor.get(actor), dayNumber(day)),
    statesOn(day) {
      const n = dayNumber(day);
      const out = new Map<ActorId, StanceState>();
      for (const a of actors) {
        const s = stateOnNumber(byActor.get(a), n);
        if (s) out.set(a, s);
      }
      return out;
    },
    history(actor) {
      const entry = byActor.get(actor);
      if (!entry) return [];
      return (entry.steps ??= Array.from(entry.day, (n, i) => ({ date: dayName(n), ...stateAt(entry, i) })));
    },
  };
}
