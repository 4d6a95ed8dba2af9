import { z } from "zod/mini";
import worldPathsUrl from "virtual:world-paths";
import smallStates from "../data/small-states.json";

export interface SmallState {
  id: string;
  name: string;
  coordinates: [number, number];
}

/** A country's outline as an SVG path in the map's frame. */
export const CountryPathSchema = z.object({
  /** Zero-padded ISO numeric id ("048"); absent for shapes without one (Kosovo, N. Cyprus). */
  id: z.optional(z.string()),
  name: z.string(),
  d: z.string(),
});
export type CountryPath = z.infer<typeof CountryPathSchema>;

/**
 * Where the built site serves the countries' outlines, projected by the build from world-atlas countries-110m
 * (project-world.ts): a file of its own, cached on its own, not in the JavaScript bundle.
 */
export const WORLD_PATHS_URL: string = worldPathsUrl;

/** States too small for countries-110m, drawn as markers at their centroid (from countries-50m). */
export const SMALL_STATES: readonly SmallState[] = smallStates.states as SmallState[];
