import { pathsFromTopology } from "./world";

/** Projects the world topology off the main thread: receives the parsed topology, answers with the paths. */
self.onmessage = (e: MessageEvent<unknown>) => {
  try {
    self.postMessage({ paths: pathsFromTopology(e.data) });
  } catch (error) {
    self.postMessage({ error: (error as Error).message });
  }
};
