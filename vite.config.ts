/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { defineConfig, type Plugin } from "vite";
import { LOADING_STATUS, LoadingView } from "./src/app/AppHeader.tsx";
import { PREFETCH_TEMPLATE_ID } from "./src/app/prefetch.ts";
import { shellScript, type Shell } from "./src/app/shell.ts";
import { pathsFromTopology } from "./src/features/map/lib/project-world.ts";

const require = createRequire(import.meta.url);

const WORLD_PATHS = "virtual:world-paths";
const WORLD_PATHS_DEV_URL = "/@world-paths.json";

/**
 * The countries' outlines as SVG paths, projected here from world-atlas countries-110m (project-world.ts) rather than
 * in the page: the projection never changes, and projecting in the page took a worker about 80 ms of CPU while the page
 * loaded. `virtual:world-paths` is the file's URL: a hashed asset in the build, served by the dev server otherwise.
 */
function worldPaths(): Plugin {
  let json: string | undefined;
  const paths = () =>
    (json ??= JSON.stringify(
      pathsFromTopology(JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"))),
    ));
  let serving = false;
  return {
    name: "world-paths",
    configResolved(config) {
      serving = config.command === "serve";
    },
    resolveId: (id) => (id === WORLD_PATHS ? `\0${WORLD_PATHS}` : undefined),
    load(id) {
      if (id !== `\0${WORLD_PATHS}`) return undefined;
      if (serving) return `export default ${JSON.stringify(WORLD_PATHS_DEV_URL)};`;
      const ref = this.emitFile({ type: "asset", name: "world-paths.json", source: paths() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(WORLD_PATHS_DEV_URL, (_req, res) => {
        res.setHeader("Content-Type", "application/json");
        res.end(paths());
      });
    },
  };
}

/** Preloads the countries' outlines, which the build emits under a hashed name, so they download alongside the JS. */
function preloadWorldPaths(): Plugin {
  return {
    name: "preload-world-paths",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find((f) => /world-paths-.*\.json$/.test(f));
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
  plugins: [
    react(),
    worldPaths(),
    preloadWorldPaths(),
    prefetchLazyChunks(),
    inlineEntryCss(),
    prerenderShell(),
  ],
  build: { target: "es2022", sourcemap: false, cssCodeSplit: false },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
  },
});
