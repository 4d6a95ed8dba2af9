/**
 * Extractor benchmark: generates corpora of 3,000, 10,000 and 30,000 articles from templates
 * (bench/corpus.ts), writes them to bench/out/, and runs the real pipeline on each — the function
 * `npm run extract` runs: read, screen, extract, validate, write the dataset and its parts — on one core.
 * Prints articles/s and MB/s per size and whether time grows linearly; writes bench/out/extract.json.
 *
 *   npm run bench:extract [-- --sizes 3000,10000,30000]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { buildStanceIndex } from "../src/dataset/stance-index";
import { extractFolder } from "../src/extract/cli";
import { generateCorpus } from "./corpus";

export interface ExtractRun {
  articles: number;
  megabytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  observations: number;
  quotes: number;
  actors: number;
  changeDays: number;
}

/** Writes a generated corpus of `size` articles to a folder and returns the folder. */
export function writeCorpus(size: number): string {
  const dir = join("bench/out", `corpus-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of generateCorpus(size)) writeFileSync(join(dir, a.file), a.text);
  return dir;
}

/** Extracts a folder with the CLI's own function (dataset and parts written), timing it after the folder is listed. */
export function extractCorpusFolder(dir: string, out: string, progress: boolean): ExtractRun {
  const { dataset, bytesRead, seconds } = extractFolder(dir, out, join(dirname(out), "parts"), {
    onProgress: progress
      ? (done, total) => {
          if (done % 500 === 0 || done === total) process.stderr.write(`\r  extracting ${done}/${total}`);
          if (done === total) process.stderr.write("\n");
        }
      : undefined,
  });
  const megabytes = bytesRead / 1024 / 1024;
  return {
    articles: dataset.articles.length,
    megabytes: round(megabytes),
    seconds: round(seconds),
    articlesPerSecond: Math.round(dataset.articles.length / seconds),
    megabytesPerSecond: round(megabytes / seconds),
    observations: dataset.observations.length,
    quotes: dataset.quotes.length,
    actors: dataset.actors.length,
    changeDays: buildStanceIndex(dataset.observations).changeDays.length,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Runs the benchmark over several sizes; the per-article time of the largest over the smallest tells linearity. */
export function benchExtract(sizes: number[]) {
  const runs: ExtractRun[] = [];
  const tty = process.stderr.isTTY;
  for (const size of sizes) {
    process.stderr.write(`generating ${size} articles…\n`);
    const dir = writeCorpus(size);
    runs.push(extractCorpusFolder(dir, join("bench/out", `size-${size}`, "dataset.json"), tty));
  }
  const perArticle = runs.map((r) => r.seconds / r.articles);
  const growth = round(perArticle.at(-1)! / perArticle[0]);
  return { runs, linearity: { perArticleLargestOverSmallest: growth, linear: growth < 1.5 } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "3000,10000,30000" } } });
  const sizes = values.sizes.split(",").map(Number);
  const result = benchExtract(sizes);
  console.table(result.runs);
  console.log(
    `time per article, largest over smallest corpus: ${result.linearity.perArticleLargestOverSmallest} (${result.linearity.linear ? "linear" : "NOT linear"})`,
  );
  mkdirSync("bench/out", { recursive: true });
  writeFileSync("bench/out/extract.json", `${JSON.stringify(result, null, 2)}\n`);
}
