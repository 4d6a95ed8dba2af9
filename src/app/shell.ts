/** What the build writes into index.html beside the prerendered page, for the app's first render to match it. */
export interface Shell {
  question?: string;
}

export const SHELL_ELEMENT_ID = "shell";

/** A script element holding the shell as JSON, safe to place in HTML (no `<` can close the script early). */
export function shellScript(shell: Shell): string {
  const json = JSON.stringify(shell).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${SHELL_ELEMENT_ID}">${json}</script>`;
}

/** The shell the page was built with; empty when there is none or it cannot be read (the header then lacks the question until the data is in). */
export function readShell(doc: Document): Shell {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById(SHELL_ELEMENT_ID)?.textContent ?? "{}");
    const question = (parsed as Shell | null)?.question;
    return typeof question === "string" ? { question } : {};
  } catch {
    return {};
  }
}
