/**
 * The benchmark: bytes, Lighthouse, interaction latency and extractor throughput, on the seeds' dataset and on a
 * generated large one. Prints tables and writes bench/results.json. Timings are reported, never asserted: these
 * machines are noisy. Needs Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 *
 *   npm run bench                    everything (about 15 minutes)
 *   npm run bench -- --quick         seeds only, no large dataset, one Lighthouse run (bench/out/results-quick.json)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { OverviewSchema } from "../src/dataset/parts";
import { indexCompactTimeline } from "../src/dataset/stance-index";
import { PLAY_STEP_MS } from "../src/features/timeline/lib/play-step";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";
import { dataBytes, kb, siteBytes, type DataBytes } from "./bytes";
import { benchExtract, extractCorpusFolder, writeCorpus } from "./extract";
import { measureInteractions, measurePlay, type InteractionStats, type PlayStats } from "./interactions";
import { tasksAfterFirstPaint, type TasksAfterPaint } from "./trace";

/** Lighthouse launches Chromium itself, so it is told to run headless; Playwright is headless by default. */
const LIGHTHOUSE_CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
/** About 40 articles a day for two years. */
const LARGE_ARTICLES = 30_000;

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The main thread's tasks of 10 ms or more after the first paint in the run's trace (see bench/trace.ts). */
  tasksAfterPaint: TasksAfterPaint | null;
}

interface DatasetRun {
  name: string;
  data: DataBytes;
  observations: number;
  quotes: number;
  changeDays: number;
  lighthouse: LighthouseRun[];
  /** `results` start half a second after the map shows; `afterLoad` (at 4x) once everything has loaded. */
  interactions: {
    throttle: number;
    results: InteractionStats[];
    afterLoad?: InteractionStats[];
    play: PlayStats;
  }[];
  /** Measurements that could not finish, with the reason. */
  errors: string[];
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn("npx", ["vite", "preview", "--outDir", dir, "--port", String(port), "--strictPort"], {
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server on port ${port} did not start`);
}

const stop = (server: ChildProcess) => {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
};

function lighthouse(url: string): LighthouseRun {
  const out = join("bench/out", "lighthouse.json");
  const r = spawnSync(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--save-assets", // the trace, as lighthouse-0.trace.json beside the report
      `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`lighthouse failed: ${r.stderr}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const c = report.categories;
  const a = report.audits;
  return {
    performance: Math.round(c.performance.score * 100),
    accessibility: Math.round(c.accessibility.score * 100),
    bestPractices: Math.round(c["best-practices"].score * 100),
    seo: Math.round(c.seo.score * 100),
    fcpMs: Math.round(a["first-contentful-paint"].numericValue),
    lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(a["total-blocking-time"].numericValue),
    cls: Math.round(a["cumulative-layout-shift"].numericValue * 1000) / 1000,
    tasksAfterPaint:
      tasksAfterFirstPaint(
        JSON.parse(readFileSync(out.replace(/\.json$/, "-0.trace.json"), "utf8")).traceEvents,
      ) ?? null,
  };
}

async function benchDataset(
  name: string,
  dist: string,
  port: number,
  lighthouseRuns: number,
  maxPlaySteps: number,
): Promise<DatasetRun> {
  // the overview the page reads holds the counts and the days: no need to parse the whole dataset here
  const overview = OverviewSchema.parse(
    JSON.parse(readFileSync(join(dist, "data/parts/overview.json"), "utf8")),
  );
  const index = indexCompactTimeline(overview.timeline);
  const server = await serve(dist, port);
  const origin = `http://localhost:${port}`;
  try {
    const lh: LighthouseRun[] = [];
    const errors: string[] = [];
    for (let i = 0; i < lighthouseRuns; i++) {
      process.stderr.write(`${name}: lighthouse run ${i + 1}/${lighthouseRuns}\n`);
      try {
        lh.push(lighthouse(`${origin}/`));
      } catch (error) {
        errors.push(`lighthouse: ${(error as Error).message.slice(0, 300)}`);
      }
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const interactions = [];
    try {
      for (const throttle of [1, 4]) {
        process.stderr.write(`${name}: interactions at ${throttle}x CPU\n`);
        try {
          const results = await measureInteractions(browser, origin, throttle);
          const afterLoad =
            throttle > 1
              ? await measureInteractions(browser, origin, throttle, { afterLoad: true })
              : undefined;
          const play = await measurePlay(
            browser,
            origin,
            throttle,
            index.changeDays,
            PLAY_STEP_MS,
            maxPlaySteps,
          );
          interactions.push({ throttle, results, afterLoad, play });
        } catch (error) {
          // a measurement that could not finish is a result too: report it rather than lose the rest
          errors.push(`interactions at ${throttle}x: ${(error as Error).message.split("\n")[0]}`);
        }
      }
    } finally {
      await browser.close();
    }
    return {
      name,
      data: dataBytes(join(dist, "data")),
      observations: overview.counts.observations,
      quotes: overview.counts.quotes,
      changeDays: index.changeDays.length,
      lighthouse: lh,
      interactions,
      errors,
    };
  } finally {
    stop(server);
  }
}

function median(runs: LighthouseRun[]): LighthouseRun {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
}

function print(bytes: ReturnType<typeof siteBytes>, runs: DatasetRun[], extract: unknown) {
  console.log("\nBytes (gzip / brotli)");
  console.table(
    [
      ...bytes.initial,
      bytes.initialTotal,
      ...bytes.lazy,
      bytes.worldPaths,
      bytes.data.overview,
      bytes.firstViewTotal,
      bytes.data.dataset,
    ].map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip), brotli: kb(f.brotli) })),
  );
  console.table(
    [bytes.data.quotes, bytes.data.articles, bytes.data.actors].map((p) => ({
      files: p.file,
      count: p.count,
      gzipTotal: kb(p.gzipTotal),
      gzipMean: kb(p.gzipMean),
      gzipMax: kb(p.gzipMax),
    })),
  );
  for (const r of runs) {
    console.log(
      `\n${r.name}: ${r.observations} observations, ${r.quotes} quotes, ${r.changeDays} change days; gzip: ` +
        `overview ${kb(r.data.overview.gzip)}, quotes ${kb(r.data.quotes.gzipTotal)} in ${r.data.quotes.count} files, ` +
        `article parts ${kb(r.data.articles.gzipMean)} mean, actor parts ${kb(r.data.actors.gzipMax)} largest ` +
        `(whole dataset ${kb(r.data.dataset.gzip)})`,
    );
    if (r.lighthouse.length) {
      console.log("Lighthouse (mobile preset), median run:");
      // how much of the tasks' time the page's thread had a core for: the rest is the machine's, counted as the page's
      const tasks = ({ tasksAfterPaint: t }: LighthouseRun) =>
        t ? `${t.wallMs} ms, CPU ${t.cpuMs ?? "?"} ms` : "not in the trace";
      const m = median(r.lighthouse);
      console.table([{ ...m, tasksAfterPaint: tasks(m) }]);
      if (r.lighthouse.length > 1)
        console.log(
          `performance in each run (tasks of 10 ms or more after the first paint, and their CPU time): ${r.lighthouse
            .map((l) => `${l.performance} (${tasks(l)})`)
            .join(", ")}`,
        );
    }
    for (const e of r.errors) console.log(`could not measure: ${e}`);
    for (const t of r.interactions) {
      console.log(`Event Timing at ${t.throttle}x CPU (ms), from half a second after the map shows:`);
      console.table(t.results);
      if (t.afterLoad) {
        console.log(`Event Timing at ${t.throttle}x CPU (ms), once everything has loaded:`);
        console.table(t.afterLoad);
      }
      console.log(`play-through: ${JSON.stringify(t.play)}`);
    }
  }
  console.log("\nExtractor:");
  console.log(JSON.stringify(extract, null, 2));
}

async function main() {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
  mkdirSync("bench/out", { recursive: true });
  process.stderr.write("building…\n");
  if (spawnSync("npm", ["run", "build"], { stdio: "ignore" }).status !== 0)
    throw new Error("the build failed");
  const bytes = siteBytes("dist");

  const runs: DatasetRun[] = [];
  runs.push(await benchDataset("seeds", "dist", 4310, values.quick ? 1 : 3, Infinity));

  let extract: unknown = null;
  if (!values.quick) {
    process.stderr.write(`generating and extracting ${LARGE_ARTICLES} articles…\n`);
    const large = "bench/out/large-dist";
    rmSync(large, { recursive: true, force: true });
    cpSync("dist", large, { recursive: true });
    const corpus = writeCorpus(LARGE_ARTICLES);
    extractCorpusFolder(corpus, join(large, "data/dataset.json"), process.stderr.isTTY);
    runs.push(await benchDataset(`large (${LARGE_ARTICLES} articles)`, large, 4311, 3, 60));
    extract = benchExtract([3000, 10000, 30000]);
  }

  const results = { date: new Date().toISOString().slice(0, 10), bytes, runs, extract };
  // a quick run does not overwrite the full results kept in the repository
  const out = values.quick ? "bench/out/results-quick.json" : "bench/results.json";
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  print(bytes, runs, extract);
  console.log(`\nwritten: ${out}`);
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
