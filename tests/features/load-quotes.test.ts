import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { QuotesPart } from "../../src/dataset/parts";
import { searchableInSlices } from "../../src/features/quotes/lib/filter-quotes";
import type { FromWorker, ToWorker } from "../../src/features/quotes/lib/load-quotes";
import type { Quote } from "../../src/dataset/schema";

const quotes: Quote[] = Array.from({ length: 2300 }, (_, i) => ({
  id: `a${i % 3}:q${i}`,
  text: `Quote number ${i}`,
  speaker: "Dmitry Peskov",
  role: null,
  actor: null,
  speakerKind: "person",
  article: `a${i % 3}`,
  date: null,
  start: 0,
  end: 1,
}));
const part: QuotesPart = {
  quotes,
  articles: [0, 1, 2].map((i) => ({ id: `a${i}`, title: `Article ${i}`, published: null, source: null })),
};
const URL_0 = "http://localhost/data/parts/quotes/0.json";
/** The file's quotes as the list wants them: each with its article's title and folded search text. */
const prepared = await searchableInSlices(part, new AbortController().signal);

/** The loader's module afresh: it keeps its worker (or the lack of one) for the page's life. */
const freshLoader = async () => {
  vi.resetModules();
  return import("../../src/features/quotes/lib/load-quotes");
};

/** Serves `body` as JSON with `status` for every fetch. */
const serve = (body: unknown, status = 200) =>
  vi.stubGlobal("fetch", () => Promise.resolve(Response.json(body, { status })));

/** Runs the worker's handler on one request and returns what it posted. */
async function ask(message: ToWorker & { url: string }) {
  const { serveQuotes } = await freshLoader();
  const posted: FromWorker[] = [];
  await serveQuotes((m) => posted.push(m))(message);
  return posted;
}

afterEach(() => vi.unstubAllGlobals());

describe("serveQuotes (the worker's side)", () => {
  it("sends a file's quotes prepared for search 500 at a time, in order, then the end", async () => {
    serve(part);
    const posted = await ask({ id: 7, url: URL_0 });
    expect(posted.map((m) => ("quotes" in m ? m.quotes.length : Object.keys(m)))).toEqual([
      ...[500, 500, 500, 500, 300],
      ["id", "done"],
    ]);
    expect(posted.every((m) => m.id === 7)).toBe(true);
    expect(posted.flatMap((m) => ("quotes" in m ? m.quotes : []))).toEqual(prepared);
    expect(prepared.find((q) => q.quote.id === quotes[1].id)).toEqual({
      quote: quotes[1],
      title: "Article 1",
      haystack: "quote number 1 dmitry peskov  article 1",
    });
  });

  it("answers an HTTP error, a missing file and an invalid quote with the message the page shows", async () => {
    serve("down", 500);
    expect(await ask({ id: 1, url: URL_0 })).toEqual([
      { id: 1, error: "The quotes file could not be loaded (HTTP 500).", notFound: false },
    ]);
    serve({}, 404);
    expect(await ask({ id: 2, url: URL_0 })).toEqual([
      { id: 2, error: "The quotes file could not be found.", notFound: true },
    ]);
    serve({ ...part, quotes: quotes.map((q, i) => (i === 1203 ? { ...q, speaker: 5 } : q)) });
    const [answer] = await ask({ id: 3, url: URL_0 });
    expect(answer).toMatchObject({ id: 3, notFound: false });
    expect((answer as { error: string }).error).toMatch(
      /^The quotes file does not match .*\(quotes\.1203\.speaker: /,
    );
  });

  it("posts nothing for a request cancelled before its file arrived", async () => {
    let answer = (_: Response) => {};
    vi.stubGlobal("fetch", (_url: string, { signal }: RequestInit) => {
      return new Promise<Response>((resolve, reject) => {
        answer = resolve;
        signal?.addEventListener("abort", () => reject(signal.reason));
      });
    });
    const { serveQuotes } = await freshLoader();
    const posted: FromWorker[] = [];
    const handle = serveQuotes((m) => posted.push(m));
    const running = handle({ id: 4, url: URL_0 });
    await handle({ id: 4, cancel: true });
    answer(Response.json(part));
    await running;
    expect(posted).toEqual([]);
  });
});

/** A Worker that runs the worker's handler in this thread, each message in a task of its own as a worker would. */
function fakeWorker(serveQuotes: (post: (m: FromWorker) => void) => (m: ToWorker) => Promise<void>) {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: FromWorker }) => void) | null = null;
    onerror: (() => void) | null = null;
    terminated = false;
    received: ToWorker[] = [];
    private handle = serveQuotes((data) => setTimeout(() => this.onmessage?.({ data })));
    constructor() {
      made.push(this);
    }
    postMessage(message: ToWorker) {
      this.received.push(message);
      setTimeout(() => void this.handle(message));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("document", { baseURI: "http://localhost/app/" });
  return made;
}

describe("loadQuotes (the page's side)", () => {
  beforeEach(() => serve(part));

  it("reads a file in the page where there is no worker", async () => {
    const { loadQuotes } = await freshLoader();
    expect(await loadQuotes(URL_0, new AbortController().signal)).toEqual(prepared);
  });

  it("has the worker read the file at its absolute address, and gives back what it sent", async () => {
    const { loadQuotes, serveQuotes } = await freshLoader();
    const workers = fakeWorker(serveQuotes);
    const fetched: string[] = [];
    vi.stubGlobal("fetch", (url: string) => (fetched.push(url), Promise.resolve(Response.json(part))));
    const [a, b] = await Promise.all([
      loadQuotes("/data/parts/quotes/0.json", new AbortController().signal),
      loadQuotes("data/parts/quotes/1.json", new AbortController().signal),
    ]);
    expect(a).toEqual(prepared);
    expect(b).toEqual(prepared);
    expect(workers).toHaveLength(1); // one worker for every file
    expect(fetched).toEqual([
      "http://localhost/data/parts/quotes/0.json",
      "http://localhost/app/data/parts/quotes/1.json",
    ]);
  });

  it("rejects with the worker's error, a missing file as PartNotFoundError", async () => {
    const { loadQuotes, serveQuotes } = await freshLoader();
    // the class of the loader's own module instance (freshLoader reset the modules)
    const { PartNotFoundError } = await import("../../src/dataset/fetch-checked");
    fakeWorker(serveQuotes);
    serve({}, 404);
    const missing = loadQuotes(URL_0, new AbortController().signal);
    await expect(missing).rejects.toThrow("The quotes file could not be found.");
    await expect(missing).rejects.toBeInstanceOf(PartNotFoundError);
    serve("down", 500);
    const failed = loadQuotes(URL_0, new AbortController().signal);
    await expect(failed).rejects.toThrow("The quotes file could not be loaded (HTTP 500).");
    await expect(failed).rejects.not.toBeInstanceOf(PartNotFoundError);
  });

  it("rejects at once when cancelled, and tells the worker to stop", async () => {
    const { loadQuotes, serveQuotes } = await freshLoader();
    const workers = fakeWorker(serveQuotes);
    const abort = new AbortController();
    const pending = loadQuotes(URL_0, abort.signal);
    abort.abort(new Error("cancelled"));
    await expect(pending).rejects.toThrow("cancelled");
    expect(workers[0].received).toEqual([
      { id: 1, url: URL_0 },
      { id: 1, cancel: true },
    ]);
  });

  it("reads the files in the page when the worker's script fails", async () => {
    const { loadQuotes } = await freshLoader();
    vi.stubGlobal("document", { baseURI: "http://localhost/" });
    // a worker that never answers, then reports that its script failed
    vi.stubGlobal(
      "Worker",
      class {
        onerror: (() => void) | null = null;
        terminated = false;
        postMessage() {
          setTimeout(() => this.onerror?.());
        }
        terminate() {
          this.terminated = true;
        }
      },
    );
    expect(await loadQuotes(URL_0, new AbortController().signal)).toEqual(prepared);
    expect(await loadQuotes(URL_0, new AbortController().signal)).toEqual(prepared);
  });
});
