import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { QueryClient, type QueryFunctionContext } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathsFromTopology } from "../../src/features/map/lib/project-world";
import { worldQuery } from "../../src/features/map/lib/use-world";
import { WORLD_PATHS_URL, type CountryPath } from "../../src/features/map/lib/world";

const require = createRequire(import.meta.url);
const paths = pathsFromTopology(
  JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")),
);

/** Calls the query's function as react-query would. */
const load = () =>
  (worldQuery.queryFn as (context: QueryFunctionContext) => Promise<CountryPath[]>)({
    queryKey: worldQuery.queryKey,
    signal: new AbortController().signal,
    client: new QueryClient(),
    meta: undefined,
  });

describe("worldQuery", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives the outlines the build projected, as served (a shape without an id keeps none)", async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(paths))));
    vi.stubGlobal("fetch", fetch);
    const loaded = await load();
    expect(fetch).toHaveBeenCalledWith(WORLD_PATHS_URL, expect.anything());
    expect(loaded).toEqual(JSON.parse(JSON.stringify(paths)));
    expect(loaded.find((p) => p.id === "862")?.name).toBe("Venezuela");
    expect(loaded.some((p) => p.id === undefined)).toBe(true);
  });

  it("rejects with a message a failed download, a file that is not JSON, JSON that is not outlines, and a missing file", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("busy", { status: 503 })));
    await expect(load()).rejects.toThrow("The world map could not be loaded (HTTP 503).");
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("<!doctype html>")));
    await expect(load()).rejects.toThrow("The world map is not valid JSON.");
    vi.stubGlobal("fetch", () => Promise.resolve(Response.json([{ id: "862", name: "Venezuela" }])));
    await expect(load()).rejects.toThrow("The world map does not match the expected format (0.d: ");
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("gone", { status: 404 })));
    await expect(load()).rejects.toThrow("The world map could not be found.");
  });
});
