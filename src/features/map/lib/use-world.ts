import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { fetchChecked } from "../../../dataset/fetch-checked";
import { CountryPathSchema, WORLD_PATHS_URL, type CountryPath } from "./world";

const WorldPathsSchema = z.array(CountryPathSchema);

/** The world's country outlines as SVG paths, projected by the build: the page only fetches and checks them. */
export const worldQuery = queryOptions({
  queryKey: ["world-paths"],
  staleTime: Infinity,
  retry: false,
  queryFn: ({ signal }): Promise<CountryPath[]> =>
    fetchChecked(WORLD_PATHS_URL, WorldPathsSchema, "The world map", signal),
});

/** The world's outlines (see worldQuery), for the component that draws them. */
export const useWorld = () => useQuery(worldQuery);
