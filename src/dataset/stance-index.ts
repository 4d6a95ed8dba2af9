import { bisector, group } from "d3-array";
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

/** One actor's resolved days as the timeline gives them, with where each day's run of its stance began. */
interface ActorDays {
  days: readonly TimelineStep[];
  /** For each day, the index of the first day of its run (the day the stance began). */
  runStart: Int32Array;
  /** The days as steps, made when first asked for. */
  steps?: Step[];
}

const byDay = bisector((step: TimelineStep) => step[0]);

/**
 * Returns an index over resolved days, answering the stance on any day by binary search. It keeps the timeline's
 * arrays and a run start per day, so building it allocates no object per day: on a large dataset (57,000 days)
 * it is part of the first view's load.
 */
export function indexTimeline(timeline: Timeline): StanceIndex {
  const byActor = new Map<ActorId, ActorDays>();
  const changeDays = new Set<IsoDate>();
  let firstDay: IsoDate | undefined;
  let lastDay: IsoDate | undefined;
  for (const actor of Object.keys(timeline).sort() as ActorId[]) {
    const days = timeline[actor];
    if (days.length === 0) continue;
    const runStart = new Int32Array(days.length);
    for (let i = 0; i < days.length; i++) {
      const continues = i > 0 && days[i - 1][1] === days[i][1];
      runStart[i] = continues ? runStart[i - 1] : i;
      if (!continues) changeDays.add(days[i][0]);
    }
    byActor.set(actor, { days, runStart });
    const first = days[0][0];
    const last = days[days.length - 1][0];
    if (firstDay === undefined || first < firstDay) firstDay = first;
    if (lastDay === undefined || last > lastDay) lastDay = last;
  }
  const actors = [...byActor.keys()];

  const stateAt = ({ days, runStart }: ActorDays, i: number): StanceState => ({
    stance: days[i][1],
    since: days[runStart[i]][0],
    lastObserved: days[i][0],
    sources: days[i][2],
  });

  function stateOn(actor: ActorId, day: IsoDate): StanceState | undefined {
    const entry = byActor.get(actor);
    if (!entry) return undefined;
    const after = byDay.right(entry.days, day); // first day after the one asked about
    if (after === 0) return undefined;
    return stateAt(entry, after - 1);
  }

  return {
    actors,
    changeDays: [...changeDays].sort(),
    firstDay,
    lastDay,
    stateOn,
    statesOn(day) {
      const out = new Map<ActorId, StanceState>();
      for (const a of actors) {
        const s = stateOn(a, day);
        if (s) out.set(a, s);
      }
      return out;
    },
    history(actor) {
      const entry = byActor.get(actor);
      if (!entry) return [];
      return (entry.steps ??= entry.days.map(([date], i) => ({ date, ...stateAt(entry, i) })));
    },
  };
}
