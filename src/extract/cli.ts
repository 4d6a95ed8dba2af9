import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { splitDataset } from "../dataset/parts";
import { DatasetSchema, type CorpusWarning, type Dataset } from "../dataset/schema";
import { extractCorpus } from "./extract-corpus";
import { MAX_ARTICLE_BYTES, readCorpus, type RawFile } from "./read-corpus";
import { serializeDataset } from "./serialize-dataset";

const USAGE = `Usage: npm run extract -- [--in <folder>] [--out <file>] [--parts <folder>] [--quiet]

Reads every .txt article in <folder> (default: seeds) and writes one dataset (default: public/data/dataset.json),
then the dashboard's parts of it (default: a folder "parts" beside the dataset; see src/dataset/README.md).
Bad files are reported and skipped; the dataset is validated, then written atomically.`;

/** Why a run stopped, with the exit code the CLI returns: 2 for bad usage or a missing folder, 1 otherwise. */
export class ExtractFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export interface ExtractFolderRun {
  dataset: Dataset;
  /** Bytes of the .txt files read. */
  bytesRead: number;
  /** Seconds from listing the folder to the last file written. */
  seconds: number;
}

/**
 * Extracts every .txt article in `inDir` and writes the dataset to `outFile` and its parts into `partsDir`.
 * Reports each skipped or faulty file through `onWarning`; throws ExtractFailure, leaving existing output
 * untouched, when the folder is missing, no file is usable or the dataset is invalid.
 */
export function extractFolder(
  inDir: string,
  outFile: string,
  partsDir: string,
  options: {
    onWarning?: (w: CorpusWarning) => void;
    onProgress?: (done: number, total: number) => void;
  } = {},
): ExtractFolderRun {
  const started = performance.now();
  let names: string[];
  try {
    if (!statSync(inDir).isDirectory()) throw new Error("not a folder");
    names = readdirSync(inDir)
      .filter((n) => n.toLowerCase().endsWith(".txt"))
      .sort();
  } catch {
    throw new ExtractFailure(`input folder not found: ${relative(process.cwd(), inDir) || inDir}`, 2);
  }

  let bytesRead = 0;
  const files: RawFile[] = names.map((file) => {
    const path = join(inDir, file);
    const size = statSync(path).size;
    const bytes = size > MAX_ARTICLE_BYTES ? undefined : readFileSync(path);
    bytesRead += bytes?.length ?? 0;
    return { file, size, bytes };
  });
  const { inputs, warnings } = readCorpus(files);
  for (const w of warnings) options.onWarning?.(w);
  if (inputs.length === 0)
    throw new ExtractFailure(
      `no usable article in ${relative(process.cwd(), inDir) || inDir} (${names.length} .txt files); ${basename(outFile)} left untouched`,
      1,
    );

  const dataset = extractCorpus(inputs, warnings, { onProgress: options.onProgress });
  for (const a of dataset.articles)
    for (const reason of a.warnings) options.onWarning?.({ file: a.file, reason });

  const valid = DatasetSchema.safeParse(dataset);
  if (!valid.success) {
    const issues = valid.error.issues.slice(0, 20).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ExtractFailure(
      [`the dataset is invalid; ${basename(outFile)} left untouched`, ...issues].join("\n"),
      1,
    );
  }

  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = join(dirname(outFile), `.${basename(outFile)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeDataset(dataset));
    renameSync(tmp, outFile); // atomic on one file system: readers see the old or the new file, never half
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new ExtractFailure(`could not write ${outFile}: ${(error as Error).message}`, 1);
  }
  try {
    writeParts(dataset, partsDir);
  } catch (error) {
    throw new ExtractFailure(`could not write the parts to ${partsDir}: ${(error as Error).message}`, 1);
  }
  return { dataset, bytesRead, seconds: (performance.now() - started) / 1000 };
}

/**
 * Writes the dashboard's parts into `dir`: all into a fresh folder beside it, then swapped in by two renames, so
 * the folder never holds a mix of two extractions.
 */
function writeParts(dataset: Dataset, dir: string): void {
  const tmp = `${dir}.${process.pid}.tmp`;
  const old = `${dir}.${process.pid}.old`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const sub of ["actors", "articles", "quotes"]) mkdirSync(join(tmp, sub), { recursive: true });
    for (const [path, part] of splitDataset(dataset)) writeFileSync(join(tmp, path), JSON.stringify(part));
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: "string", default: "seeds" },
        out: { type: "string", default: "public/data/dataset.json" },
        parts: { type: "string" },
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
  const outFile = resolve(args.out);
  const partsDir = args.parts ? resolve(args.parts) : join(dirname(outFile), "parts");
  const progress = process.stderr.isTTY && !args.quiet;
  try {
    const { dataset, seconds } = extractFolder(resolve(args.in), outFile, partsDir, {
      onWarning: (w) => console.error(`warning: ${w.file}: ${w.reason}`),
      onProgress: progress
        ? (done, total) => {
            if (total >= 200 && (done % 100 === 0 || done === total))
              process.stderr.write(`\rextracting ${done}/${total} articles${done === total ? "\n" : ""}`);
          }
        : undefined,
    });
    if (!args.quiet)
      console.log(
        `extract: ${dataset.articles.length} articles, ${dataset.actors.length} actors, ${dataset.observations.length} observations, ` +
          `${dataset.quotes.length} quotes, ${dataset.events.length} events, ${dataset.warnings.length} file warnings → ` +
          `${args.out} and ${relative(process.cwd(), partsDir) || "."}/ (${seconds.toFixed(2)} s)`,
      );
    return 0;
  } catch (error) {
    if (!(error instanceof ExtractFailure)) throw error;
    console.error(`extract: ${error.message}`);
    return error.exitCode;
  }
}

// run as a program (npm run extract), not when the benchmark imports extractFolder
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  process.exitCode = main(process.argv.slice(2));
