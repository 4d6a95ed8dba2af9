import type { ActorId, IsoDate, StanceId } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { addDays } from "../../../dataset/days";

export interface Change {
  actor: ActorId;
  from: StanceId | null;
  to: StanceId;
}

/** Returns the actors whose stance began or changed on `day`, in id order. */
export function changesOn(index: StanceIndex, day: IsoDate): Change[] {
  const out: Change[] = [];
  const before = addDays(day, -1);
  for (const actor of index.actors) {
    const state = index.stateOn(actor, day);
    if (state?.since !== day) continue; // a run that began today is a change (or a first report)
    out.push({ actor, from: index.stateOn(actor, before)?.stance ?? null, to: state.stance });
  }
  return out;
}
