/** Resolves in a new task, letting the browser handle input and paint in between: a pause inside long work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
