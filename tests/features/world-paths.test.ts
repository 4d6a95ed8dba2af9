import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MAP_HEIGHT, MAP_WIDTH } from "../../src/features/map/lib/frame";
import { pathsFromTopology } from "../../src/features/map/lib/project-world";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));

describe("pathsFromTopology", () => {
  const paths = pathsFromTopology(topology);

  it("draws every country of the 110m topology inside the map's frame", () => {
    expect(paths.length).toBe(177);
    for (const p of paths) {
      expect(p.d).toMatch(/^M/);
      const numbers = p.d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it("keeps ISO numeric ids and names, e.g. Venezuela", () => {
    expect(paths.find((p) => p.id === "862")?.name).toBe("Venezuela");
  });

  it("rejects data that is not a world-atlas topology", () => {
    expect(() => pathsFromTopology({ type: "FeatureCollection" })).toThrow(/not a world-atlas topology/);
  });
});
