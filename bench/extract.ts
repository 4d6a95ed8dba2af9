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

/**
 * Times one article made of the generated corpus's sentences run together in a single paragraph, at two lengths: a
 * rule that looks back over its paragraph or the text before it for every sentence makes such an article quadratic
 * (2,000 sentences, 200 kB, once took about 10 minutes). Returns the seconds per 1,000 sentences at each length and
 * the longer's over the shorter's.
 */
export function benchLongArticle(lengths = [500, 2000]) {
  const sentences = generateCorpus(Math.ceil(Math.max(...lengths) / 4))
    .flatMap((a) =>
      a.text
        .split("\n\n")
        .slice(2)
        .join(" ")
        .split(/(?<=[.!?])\s+/),
    )
    .filter((s) => s.length > 20);
  const runs = lengths.map((n) => {
    const dir = join("bench/out", `long-${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const body = Array.from({ length: n }, (_, i) => sentences[i % sentences.length]).join(" ");
    writeFileSync(join(dir, "long.txt"), `A long article\n\nMOSCOW, January 28. /TASS/. ${body}\n`);
    const run = extractCorpusFolder(dir, join(dir, "out", "dataset.json"), false);
    return {
      sentences: n,
      kilobytes: Math.round(body.length / 1024),
      seconds: run.seconds,
      secondsPer1000: round((run.seconds / n) * 1000),
    };
  });
  return {
    runs,
    perSentenceLongestOverShortest: round(runs.at(-1)!.secondsPer1000 / runs[0].secondsPer1000),
  };
}

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
  process.stderr.write("extracting one long article…\n");
  const longArticle = benchLongArticle();
  return { runs, linearity: { perArticleLargestOverSmallest: growth, linear: growth < 1.5 }, longArticle };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "3000,10000,30000" } } });
  const sizes = values.sizes.split(",").map(Number);
  const result = benchExtract(sizes);
  console.table(result.runs);
  console.log(
    `time per article, largest over smallest corpus: ${result.linearity.perArticleLargestOverSmallest} (${result.linearity.linear ? "linear" : "NOT linear"})`,
  );
  console.table(result.longArticle.runs);
  console.log(
    `one long article, time per sentence, longest over shortest: ${result.longArticle.perSentenceLongestOverShortest}`,
  );
  mkdirSync("bench/out", { recursive: true });
  writeFileSync("bench/out/extract.json", `${JSON.stringify(result, null, 2)}\n`);
}
