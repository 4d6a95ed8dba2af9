import { pathsFromTopology } from "./world";

/** Parses and projects the world topology off the main thread: receives the file's text, answers with the paths. */
self.onmessage = (e: MessageEvent<string>) => {
  try {
    self.postMessage({ paths: pathsFromTopology(JSON.parse(e.data)) });
  } catch (error) {
    self.postMessage({ error: (error as Error).message });
  }
};
