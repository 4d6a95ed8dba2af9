import type { ActorId, IsoDate, StanceId } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";

export interface Change {
  actor: ActorId;
  from: StanceId | null;
  to: StanceId;
}

/** Returns the actors whose stance began or changed on `day`, in id order. */
export function changesOn(index: StanceIndex, day: IsoDate): Change[] {
  const out: Change[] = [];
  for (const actor of index.actors) {
    const steps = index.history(actor);
    const i = steps.findIndex((s) => s.date === day);
    if (i < 0) continue;
    const from = i > 0 ? steps[i - 1].stance : null;
    if (from !== steps[i].stance) out.push({ actor, from, to: steps[i].stance });
  }
  return out;
}
