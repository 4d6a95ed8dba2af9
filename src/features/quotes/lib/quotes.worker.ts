import { serveQuotes, type FromWorker, type ToWorker } from "./load-quotes";

/** Reads files of quotes and prepares them for search, for the page (load-quotes.ts). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
const serve = serveQuotes((message) => scope.postMessage(message));
scope.onmessage = (event) => void serve(event.data);
