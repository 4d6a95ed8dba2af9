import type { StanceId } from "./schema";

/** Returns the rank of a stance when several fall on one day: guaido = maduro > conditional > neutral. */
export const STANCE_PRIORITY: Readonly<Record<StanceId, number>> = {
  guaido: 3,
  maduro: 3,
  conditional: 2,
  neutral: 1,
};

/**
 * Returns the one stance that stands for several observed on the same day: the highest priority.
 * On a guaido/maduro tie the one seen first wins, so the result is deterministic for a stable input order.
 */
export function strongestStance(stances: readonly StanceId[]): StanceId | undefined {
  let best: StanceId | undefined;
  for (const s of stances) if (best === undefined || STANCE_PRIORITY[s] > STANCE_PRIORITY[best]) best = s;
  return best;
}
