import { QueryClient, type QueryFunctionContext } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { overviewQuery, type LoadedOverview } from "../../src/dataset/parts-query";
import { buildStanceIndex } from "../../src/dataset/stance-index";
import { seedsDataset } from "../fixtures/seeds-dataset";
import { seedsOverview } from "../fixtures/seeds-dataset";

const overview = seedsOverview();

/** Calls the overview query's function as react-query would, with `signal`. */
const loadOverview = (signal: AbortSignal) =>
  (overviewQuery.queryFn as (context: QueryFunctionContext) => Promise<LoadedOverview>)({
    queryKey: overviewQuery.queryKey,
    signal,
    client: new QueryClient(),
    meta: undefined,
  });

describe("overviewQuery", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives the overview with its timeline indexed", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(Response.json(overview)));
    const { overview: loaded, index } = await loadOverview(new AbortController().signal);
    expect(loaded).toEqual(overview);
    const expected = buildStanceIndex(seedsDataset().observations);
    expect(index.changeDays).toEqual(expected.changeDays);
    expect(index.changeDays.length).toBeGreaterThan(3);
    for (const day of expected.changeDays) expect(index.statesOn(day)).toEqual(expected.statesOn(day));
  });

  it("lists the actors in id order whatever order the file gives them in", async () => {
    const reversed = Object.fromEntries(Object.entries(overview.timeline).reverse());
    vi.stubGlobal("fetch", () => Promise.resolve(Response.json({ ...overview, timeline: reversed })));
    const { index } = await loadOverview(new AbortController().signal);
    const ids = Object.keys(overview.timeline).sort();
    expect(Object.keys(reversed)[0]).not.toBe(ids[0]);
    expect(index.actors).toEqual(ids);
    expect([...index.statesOn(index.lastDay!).keys()]).toEqual(
      ids.filter((id) => index.stateOn(id as never, index.lastDay!)),
    );
  });

  it("names the actor and list of a timeline entry that does not match, among many valid ones", async () => {
    const actors = Object.keys(overview.timeline);
    const good = overview.timeline[actors[0] as keyof typeof overview.timeline];
    const timeline = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`A${String(i).padStart(3, "0")}`, good]),
    );
    timeline.A117 = { ...good, days: [0, -1] };
    vi.stubGlobal("fetch", () => Promise.resolve(Response.json({ ...overview, timeline })));
    await expect(loadOverview(new AbortController().signal)).rejects.toThrow(
      "The dataset does not match the expected format (timeline.A117.days: Expected a list of whole numbers of at least 0)",
    );
  });

  it("stops between its steps once the query is cancelled", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(Response.json(overview))); // a fetch that ignores the signal
    const abort = new AbortController();
    const loading = loadOverview(abort.signal);
    abort.abort();
    await expect(loading).rejects.toThrow(/abort/i);
  });
});
