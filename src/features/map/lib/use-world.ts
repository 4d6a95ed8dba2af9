import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { CountryPathSchema, WORLD_PATHS_URL, type CountryPath } from "./world";

const WorldPathsSchema = z.array(CountryPathSchema);

/** The world's country outlines as SVG paths, projected by the build: the page only fetches and checks them. */
export const worldQuery = queryOptions({
  queryKey: ["world-paths"],
  staleTime: Infinity,
  retry: false,
  queryFn: async ({ signal }): Promise<CountryPath[]> => {
    const res = await fetch(WORLD_PATHS_URL, { signal });
    if (!res.ok) throw new Error(`The world map could not be loaded (HTTP ${res.status}).`);
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new Error("The world map could not be loaded (not valid JSON).");
    }
    const parsed = WorldPathsSchema.safeParse(json);
    if (!parsed.success)
      throw new Error("The world map could not be loaded (not a list of country outlines).");
    return parsed.data;
  },
});

/** The world's outlines (see worldQuery), for the component that draws them. */
export const useWorld = () => useQuery(worldQuery);
