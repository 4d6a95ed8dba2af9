import { useQuery } from "@tanstack/react-query";
import { shapesFromTopology, TOPOLOGY_URL, type CountryShape } from "./world";

/**
 * Returns the world's country shapes, fetched once from the site itself (a separate file, so the ~100 KB
 * topology is not in the JavaScript bundle and is cached on its own).
 */
export function useWorld() {
  return useQuery({
    queryKey: ["world-topology"],
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<CountryShape[]> => {
      const res = await fetch(TOPOLOGY_URL, { signal });
      if (!res.ok) throw new Error(`The world map could not be loaded (HTTP ${res.status}).`);
      return shapesFromTopology(await res.json());
    },
  });
}
