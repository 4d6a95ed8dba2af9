import { PartNotFoundError, readQuotesFile } from "../../../dataset/fetch-checked";
import { searchableInSlices, type SearchableQuote } from "./filter-quotes";

/**
 * Files of quotes are read and prepared for search in a worker. On a large dataset each file is 1.6 MB: reading,
 * parsing and checking one in the page held it for 100–400 ms (CPU slowed four times), and folding the quotes' text
 * for search took it another 800 ms in slices, so a slider step or a click landing then waited. The worker sends
 * each file's quotes back QUOTES_PER_MESSAGE at a time: receiving a message is a task of the page's, and a short
 * one (about 10 ms for 500 quotes at four times slower).
 * Where there is no worker (or it fails to start) the page does the same work itself.
 */
export const QUOTES_PER_MESSAGE = 500;

/** A request to the worker: read the file at `url` (absolute), or stop reading it. */
export type ToWorker = { id: number; url: string } | { id: number; cancel: true };
/** The worker's answers to request `id`: slices of its quotes, then the end, or an error. */
export type FromWorker =
  | { id: number; quotes: SearchableQuote[] }
  | { id: number; done: true }
  | { id: number; error: string; notFound: boolean };

/** Returns the file of quotes at `url` fetched, validated and prepared for search (throws as readQuotesFile). */
const readSearchable = async (url: string, signal: AbortSignal) =>
  searchableInSlices(await readQuotesFile(url, signal), signal);

/** The worker's side: returns a handler for its messages, which answers each request through `post`. */
export function serveQuotes(post: (message: FromWorker) => void) {
  const running = new Map<number, AbortController>();
  return async (message: ToWorker) => {
    if ("cancel" in message) {
      running.get(message.id)?.abort();
      running.delete(message.id);
      return;
    }
    const { id, url } = message;
    const abort = new AbortController();
    running.set(id, abort);
    try {
      const quotes = await readSearchable(url, abort.signal);
      for (let i = 0; i < quotes.length; i += QUOTES_PER_MESSAGE)
        post({ id, quotes: quotes.slice(i, i + QUOTES_PER_MESSAGE) });
      post({ id, done: true });
    } catch (error) {
      if (!abort.signal.aborted)
        post({ id, error: (error as Error).message, notFound: error instanceof PartNotFoundError });
    } finally {
      running.delete(id);
    }
  };
}

interface Request {
  url: string;
  signal: AbortSignal;
  quotes: SearchableQuote[];
  resolve: (quotes: SearchableQuote[]) => void;
  reject: (error: unknown) => void;
}

/** The page's side: the worker, started with the first request (null where there is none), and its requests. */
let worker: Worker | null | undefined;
let lastId = 0;
const requests = new Map<number, Request>();

function receive(message: FromWorker) {
  const request = requests.get(message.id);
  if (!request) return; // cancelled
  if ("quotes" in message) {
    request.quotes.push(...message.quotes);
    return;
  }
  requests.delete(message.id);
  if ("done" in message) request.resolve(request.quotes);
  else request.reject(message.notFound ? new PartNotFoundError(message.error) : new Error(message.error));
}

/** Reads the requests still open in the page instead: the worker's script could not be loaded or run. */
function withoutWorker() {
  worker?.terminate();
  worker = null;
  for (const [id, request] of requests) {
    requests.delete(id);
    readSearchable(request.url, request.signal).then(request.resolve, request.reject);
  }
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./quotes.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
  worker.onerror = withoutWorker;
  return worker;
}

/**
 * Returns the quotes of the file at `url` fetched, validated and prepared for search (throwing as readQuotesFile
 * does), in a worker where there is one.
 */
export function loadQuotes(url: string, signal: AbortSignal): Promise<SearchableQuote[]> {
  const reader = startWorker();
  if (!reader) return readSearchable(url, signal);
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    const absolute = new URL(url, document.baseURI).href;
    requests.set(id, { url: absolute, signal, quotes: [], resolve, reject });
    signal.addEventListener(
      "abort",
      () => {
        if (!requests.delete(id)) return;
        worker?.postMessage({ id, cancel: true } satisfies ToWorker);
        reject(signal.reason);
      },
      { once: true },
    );
    reader.postMessage({ id, url: absolute } satisfies ToWorker);
  });
}
