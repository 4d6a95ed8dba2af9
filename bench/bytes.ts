import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Sizes of one file: raw, gzip (level 9) and brotli (quality 11; 5 above 5 MB), as a compressing server sends it. */
export interface FileBytes {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Many small files of one kind (the article or actor parts): how many, and their gzip sizes. */
export interface PartsBytes {
  file: string;
  count: number;
  gzipTotal: number;
  gzipMean: number;
  gzipMax: number;
}

/** The data the site serves: the whole dataset (not fetched by the app) and the parts the dashboard loads. */
export interface DataBytes {
  dataset: FileBytes;
  overview: FileBytes;
  quotes: PartsBytes;
  articles: PartsBytes;
  actors: PartsBytes;
}

/** What the built site sends: the first screen's JS and CSS, the lazy chunks, the data files. */
export interface SiteBytes {
  initial: FileBytes[];
  lazy: FileBytes[];
  data: DataBytes;
  /** The countries' outlines, projected by the build. */
  worldPaths: FileBytes;
  /** Sum of the initial bytes: index.html (with its inline CSS) and the JS and CSS it links. */
  initialTotal: FileBytes;
  /** Initial JS and CSS, the data the first view waits for, and the countries' outlines. */
  firstViewTotal: FileBytes;
}

export function fileBytes(path: string, name = path): FileBytes {
  const data = readFileSync(path);
  return {
    file: name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    // quality 11 takes minutes on a large dataset; servers compress such files on the fly at about 5
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: data.length > 5_000_000 ? 5 : 11 },
    }).length,
  };
}

function partsBytes(dir: string, name: string): PartsBytes {
  const sizes = readdirSync(dir).map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length);
  const total = sizes.reduce((n, x) => n + x, 0);
  return {
    file: name,
    count: sizes.length,
    gzipTotal: total,
    gzipMean: sizes.length ? Math.round(total / sizes.length) : 0,
    gzipMax: Math.max(0, ...sizes),
  };
}

/** Measures the data folder of a build: data/dataset.json and data/parts/. */
export function dataBytes(data: string): DataBytes {
  return {
    dataset: fileBytes(join(data, "dataset.json"), "data/dataset.json"),
    overview: fileBytes(join(data, "parts/overview.json"), "data/parts/overview.json"),
    quotes: partsBytes(join(data, "parts/quotes"), "data/parts/quotes/*"),
    articles: partsBytes(join(data, "parts/articles"), "data/parts/articles/*"),
    actors: partsBytes(join(data, "parts/actors"), "data/parts/actors/*"),
  };
}

const sum = (file: string, list: FileBytes[]): FileBytes => ({
  file,
  raw: list.reduce((n, f) => n + f.raw, 0),
  gzip: list.reduce((n, f) => n + f.gzip, 0),
  brotli: list.reduce((n, f) => n + f.brotli, 0),
});

/**
 * Measures a Vite build: index.html (which carries the entry's style sheet inline) and the scripts and style sheets
 * it loads (and preloads) are the initial bytes; other JS chunks, prefetched at the reader's first input from links
 * in a template, are lazy. The first view waits for the initial bytes, the overview part and the countries' outlines.
 */
export function siteBytes(dist: string): SiteBytes {
  const html = readFileSync(join(dist, "index.html"), "utf8").replace(/<template[^>]*>.*?<\/template>/gs, "");
  const linked = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = readdirSync(join(dist, "assets"));
  const initial = [
    fileBytes(join(dist, "index.html"), "index.html"),
    ...linked.map((f) => fileBytes(join(dist, f), f)),
  ];
  const lazy = assets
    .filter((f) => f.endsWith(".js") && !linked.includes(`assets/${f}`))
    .map((f) => fileBytes(join(dist, "assets", f), `assets/${f}`));
  const worldPathsFile = assets.find((f) => f.startsWith("world-paths-") && f.endsWith(".json"));
  if (!worldPathsFile) throw new Error(`no world-paths-*.json (the countries' outlines) in ${dist}/assets`);
  const worldPaths = fileBytes(join(dist, "assets", worldPathsFile), `assets/${worldPathsFile}`);
  const data = dataBytes(join(dist, "data"));
  const initialTotal = sum("initial HTML, JS and CSS", initial);
  return {
    initial,
    lazy,
    data,
    worldPaths,
    initialTotal,
    firstViewTotal: sum("first view", [...initial, data.overview, worldPaths]),
  };
}

/** Bytes in kB (1,000 bytes), as the budgets and Vite state them. */
export const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
