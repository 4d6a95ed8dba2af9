import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DatasetSchema } from "../dataset/schema";
import { extractCorpus } from "./extract-corpus";
import { MAX_ARTICLE_BYTES, readCorpus, type RawFile } from "./read-corpus";
import { serializeDataset } from "./serialize-dataset";

const USAGE = `Usage: npm run extract -- [--in <folder>] [--out <file>] [--quiet]

Reads every .txt article in <folder> (default: seeds) and writes one dataset (default: public/data/dataset.json).
Bad files are reported and skipped; the dataset is validated, then written atomically.`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: "string", default: "seeds" },
        out: { type: "string", default: "public/data/dataset.json" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`extract: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const inDir = resolve(args.in);
  const outFile = resolve(args.out);
  let names: string[];
  try {
    if (!statSync(inDir).isDirectory()) throw new Error("not a folder");
    names = readdirSync(inDir)
      .filter((n) => n.toLowerCase().endsWith(".txt"))
      .sort();
  } catch {
    console.error(`extract: input folder not found: ${args.in}`);
    return 2;
  }

  const files: RawFile[] = names.map((file) => {
    const path = join(inDir, file);
    const size = statSync(path).size;
    return { file, size, bytes: size > MAX_ARTICLE_BYTES ? undefined : readFileSync(path) };
  });
  const { inputs, warnings } = readCorpus(files);
  for (const w of warnings) console.error(`warning: ${w.file}: ${w.reason}`);
  if (inputs.length === 0) {
    console.error(
      `extract: no usable article in ${args.in} (${names.length} .txt files); ${basename(outFile)} left untouched`,
    );
    return 1;
  }

  const progress = process.stderr.isTTY && !args.quiet && inputs.length >= 200;
  const dataset = extractCorpus(inputs, warnings, {
    onProgress: progress
      ? (done, total) => {
          if (done % 100 === 0 || done === total)
            process.stderr.write(`\rextracting ${done}/${total} articles`);
        }
      : undefined,
  });
  if (progress) process.stderr.write("\n");
  for (const a of dataset.articles) for (const w of a.warnings) console.error(`warning: ${a.file}: ${w}`);

  const valid = DatasetSchema.safeParse(dataset);
  if (!valid.success) {
    console.error(`extract: the dataset is invalid; ${basename(outFile)} left untouched`);
    for (const issue of valid.error.issues.slice(0, 20))
      console.error(`  ${issue.path.join(".")}: ${issue.message}`);
    return 1;
  }

  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = join(dirname(outFile), `.${basename(outFile)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeDataset(dataset));
    renameSync(tmp, outFile); // atomic on one file system: readers see the old or the new file, never half
  } catch (error) {
    rmSync(tmp, { force: true });
    console.error(`extract: could not write ${args.out}: ${(error as Error).message}`);
    return 1;
  }
  if (!args.quiet) {
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `extract: ${dataset.articles.length} articles, ${dataset.actors.length} actors, ${dataset.observations.length} observations, ` +
        `${dataset.quotes.length} quotes, ${dataset.events.length} events, ${dataset.warnings.length} file warnings → ${args.out} (${seconds.toFixed(2)} s)`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
