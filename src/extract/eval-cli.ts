import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { scoreDataset, type Gold, type Score } from "./score";

const USAGE = `Usage: npm run eval -- [--dataset <file>] [--gold <file>] [--min-f1 X] [--min-timeline X] [--min-quotes X]
                     [--min-published X] [--min-dated X] [--json]

Scores a dataset against a gold annotation (default: public/data/dataset.json against tests/fixtures/eval/seeds.gold.json)
and exits 1 when a minimum is missed or a trap fires. Defaults are the seeds' targets.`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      dataset: { type: "string", default: "public/data/dataset.json" },
      gold: { type: "string", default: "tests/fixtures/eval/seeds.gold.json" },
      "min-f1": { type: "string", default: "0.97" },
      "min-timeline": { type: "string", default: "0.97" },
      "min-quotes": { type: "string", default: "0.95" },
      "min-published": { type: "string", default: "1" },
      "min-dated": { type: "string", default: "1" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let score: Score;
  try {
    score = scoreDataset(
      JSON.parse(readFileSync(values.dataset, "utf8")),
      JSON.parse(readFileSync(values.gold, "utf8")) as Gold,
    );
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    return 2;
  }
  const f = (x: number) => x.toFixed(3);
  if (values.json) console.log(JSON.stringify(score, null, 2));
  else {
    for (const e of score.errors) console.log(`  miss  ${e}`);
    for (const t of score.traps) console.log(`  TRAP  ${t}`);
    console.log(
      `f1 ${f(score.f1)} (p ${f(score.precision)} r ${f(score.recall)}) timeline ${f(score.timeline)} dated ${f(score.datedEvents)} ` +
        `published ${f(score.published)} quotes ${f(score.quoteRecall)} speaker ${f(score.quoteSpeaker)} actor ${f(score.quoteActor)} traps ${score.traps.length}`,
    );
  }
  const short: string[] = [];
  const check = (name: string, got: number, min: string) => {
    if (got < Number(min)) short.push(`${name} ${f(got)} < ${min}`);
  };
  check("f1", score.f1, values["min-f1"]);
  check("timeline", score.timeline, values["min-timeline"]);
  check("quotes", score.quoteRecall, values["min-quotes"]);
  check("published", score.published, values["min-published"]);
  check("dated", score.datedEvents, values["min-dated"]);
  if (score.traps.length) short.push(`${score.traps.length} trap(s)`);
  if (short.length) {
    console.error(`eval: below target: ${short.join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
