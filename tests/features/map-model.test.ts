import { describe, expect, it } from "vitest";
import { legendCounts } from "../../src/features/map/lib/map-model";
import { StanceIdSchema, type Actor, type ActorId, type IsoDate } from "../../src/dataset/schema";
import type { StanceState } from "../../src/dataset/stance-index";

const country = (id: string) => ({ id, name: id, kind: "country" }) as unknown as Actor;
const state = (stance: StanceState["stance"]): StanceState => ({
  stance,
  since: "2019-01-23" as IsoDate,
  lastObserved: "2019-01-23" as IsoDate,
  sources: 1,
});

describe("legendCounts", () => {
  it("counts the countries holding each stance, every stance listed, and those with none", () => {
    const states = new Map<ActorId, StanceState>([
      ["FRA" as ActorId, state("guaido")],
      ["DEU" as ActorId, state("guaido")],
      ["RUS" as ActorId, state("maduro")],
      ["UN" as ActorId, state("neutral")], // not a country of the map: not counted
    ]);
    const { byStance, none } = legendCounts(states, ["FRA", "DEU", "RUS", "BRA", "CHN"].map(country));
    expect(Object.keys(byStance).sort()).toEqual([...StanceIdSchema.options].sort());
    expect(byStance).toMatchObject({ guaido: 2, maduro: 1, conditional: 0, neutral: 0 });
    expect(none).toBe(2);
  });
});
