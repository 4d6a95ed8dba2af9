/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { defineConfig, type Plugin } from "vite";
import { LOADING_STATUS, LoadingView } from "./src/app/AppHeader.tsx";
import { PREFETCH_TEMPLATE_ID } from "./src/app/prefetch.ts";
import { shellScript, type Shell } from "./src/app/shell.ts";

/** Preloads the world topology, which the build emits under a hashed name, so it downloads alongside the JS. */
function preloadTopology(): Plugin {
  return {
    name: "preload-topology",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find((f) => /countries-110m-.*\.json$/.test(f));
        return asset
          ? [
              {
                tag: "link",
                attrs: { rel: "preload", href: `/${asset}`, as: "fetch", crossorigin: "anonymous" },
                injectTo: "head",
              },
            ]
          : [];
      },
    },
  };
}

/**
 * Lists the code loaded on demand (the chart, the quote list, the table, the panels) as prefetch links in a template,
 * which the app starts at the reader's first input (src/app/prefetch.ts): the files are in the cache when needed,
 * yet evaluated only then, and their downloads do not compete with the first view's.
 */
function prefetchLazyChunks(): Plugin {
  return {
    name: "prefetch-lazy-chunks",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const initial = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
        const lazy = new Set(
          chunks.filter((c) => c.isDynamicEntry).flatMap((c) => [c.fileName, ...c.imports]),
        );
        const links = [...lazy]
          .filter((file) => !initial.has(file))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "prefetch", href: `/${file}`, as: "script", crossorigin: "anonymous" },
          }));
        return [{ tag: "template", attrs: { id: PREFETCH_TEMPLATE_ID }, children: links, injectTo: "body" }];
      },
    },
  };
}

/**
 * Inlines the entry's style sheet (about 2 kB gzip) into index.html: the prerendered view below then paints with the
 * HTML alone, a round trip sooner than when a linked sheet has to arrive first. The build keeps all styles in that one
 * sheet (cssCodeSplit off, 1 kB more): a lazy chunk's own sheet, added when the chunk loads, has the whole page's
 * style recalculated.
 */
function inlineEntryCss(): Plugin {
  return {
    name: "inline-entry-css",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
          (_link, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== "asset") throw new Error(`inline-entry-css: ${file} is not in the bundle`);
            return `<style>${String(asset.source).replace(/<\/style/gi, "<\\/style")}</style>`;
          },
        );
      },
    },
  };
}

/**
 * Writes the page's loading view (title, the dataset's question, "Loading the dataset…") into index.html, so it
 * paints as soon as the HTML and CSS arrive instead of after the JavaScript has downloaded and run. The question is
 * read from the overview the extractor wrote (it runs before every build); the app's first render repeats this view.
 */
function prerenderShell(overviewFile = "public/data/parts/overview.json"): Plugin {
  const root = '<div id="root"></div>';
  return {
    name: "prerender-shell",
    transformIndexHtml(html) {
      const shell: Shell = {};
      try {
        const overview = JSON.parse(readFileSync(overviewFile, "utf8")) as { topic?: { question?: unknown } };
        if (typeof overview.topic?.question === "string") shell.question = overview.topic.question;
      } catch (error) {
        this.warn?.(
          `prerender-shell: no question in the page (${(error as Error).message}); run npm run extract`,
        );
      }
      if (!html.includes(root)) throw new Error(`prerender-shell: index.html has no ${root}`);
      const view = renderToStaticMarkup(
        createElement(LoadingView, { question: shell.question, status: LOADING_STATUS }),
      );
      return html.replace(root, `<div id="root">${view}</div>${shellScript(shell)}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadTopology(), prefetchLazyChunks(), inlineEntryCss(), prerenderShell()],
  build: { target: "es2022", sourcemap: false, cssCodeSplit: false },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
  },
});
