import { queryOptions, useQuery } from "@tanstack/react-query";
import { pathsFromTopology, TOPOLOGY_URL, type CountryPath } from "./world";

/**
 * Parses and projects the topology in a worker, so the page stays responsive; on the main thread where there is
 * none. The worker gets the file's text: copying a string to it is cheap, parsing and cloning the parsed topology
 * (some 100 kB of nested arrays) on the main thread is not.
 */
function project(text: string): Promise<CountryPath[]> {
  const here = () => pathsFromTopology(JSON.parse(text));
  if (typeof Worker === "undefined") return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./world-paths.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<{ paths?: CountryPath[]; error?: string }>) => {
      worker.terminate();
      if (e.data.paths) resolve(e.data.paths);
      else reject(new Error(e.data.error ?? "The world map could not be drawn."));
    };
    worker.onerror = () => {
      worker.terminate();
      try {
        resolve(here()); // a worker that cannot start: do it here instead
      } catch (error) {
        reject(error as Error);
      }
    };
    worker.postMessage(text);
  });
}

/**
 * The world's country outlines as SVG paths: the topology is fetched once from the site itself (a separate file,
 * cached on its own, not in the JavaScript bundle) and projected in a worker.
 */
export const worldQuery = queryOptions({
  queryKey: ["world-topology"],
  staleTime: Infinity,
  retry: false,
  queryFn: async ({ signal }): Promise<CountryPath[]> => {
    const res = await fetch(TOPOLOGY_URL, { signal });
    if (!res.ok) throw new Error(`The world map could not be loaded (HTTP ${res.status}).`);
    return project(await res.text());
  },
});

/** The world's outlines (see worldQuery), for the component that draws them. */
export const useWorld = () => useQuery(worldQuery);
