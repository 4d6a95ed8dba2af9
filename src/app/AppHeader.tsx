import type { ReactNode } from "react";

/** The page's title and the question the dataset answers; the dashboard adds its share button beside them. */
export function AppHeader({ question, children }: { question: string | undefined; children?: ReactNode }) {
  return (
    <header className="app-header">
      <div>
        <h1>Stance Tracker</h1>
        {question && <p className="question">{question}</p>}
      </div>
      {children}
    </header>
  );
}

/** What the page says while the dataset's overview loads: in the prerendered page and in the app's first render. */
export const LOADING_STATUS = "Loading the dataset…";

/**
 * The page until the dashboard can show: the header and what is under way. The build writes it into index.html
 * (see `prerender-shell` in vite.config.ts), so it paints before any JavaScript has arrived, and the app renders the
 * same while the dataset loads.
 */
export function LoadingView({ question, status }: { question: string | undefined; status: string }) {
  return (
    <>
      <AppHeader question={question} />
      <main className="status" aria-busy="true">
        <p>{status}</p>
      </main>
    </>
  );
}
