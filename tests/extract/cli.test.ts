import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OverviewSchema } from "../../src/dataset/parts";
import { DatasetSchema, type Dataset } from "../../src/dataset/schema";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "src/extract/cli.ts");
const SEEDS = join(ROOT, "seeds");

/** Runs the extractor CLI as a user would, in its own process. */
function extract(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, "--quiet", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (file: string) => DatasetSchema.parse(JSON.parse(readFileSync(file, "utf8"))) as Dataset;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "stance-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test spawns the CLI as a user would; on a loaded machine that takes seconds, so allow for it.
describe("extract CLI on a folder of bad input", { timeout: 30_000 }, () => {
  let input: string;
  let out: string;
  let run: ReturnType<typeof extract>;

  beforeAll(() => {
    input = join(dir, "bad");
    out = join(dir, "bad.json");
    spawnSync("mkdir", ["-p", input]);
    const seeds = readdirSync(SEEDS).sort();
    copyFileSync(join(SEEDS, seeds[0]), join(input, "good one.txt")); // a space in the name
    copyFileSync(join(SEEDS, seeds[1]), join(input, "ñandú-é.txt")); // non-ASCII name
    copyFileSync(join(SEEDS, seeds[0]), join(input, "zz-copy.txt")); // duplicate of "good one"
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(join(input, "blank.txt"), "  \n\n \t\n");
    writeFileSync(
      join(input, "binary.txt"),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    );
    writeFileSync(
      join(input, "page.txt"),
      "<!DOCTYPE html><html><head><title>Venezuela</title></head><body><p>Russia backs Maduro.</p></body></html>",
    );
    // Windows-1252: "Guaidó" with a single byte 0xF3 for ó, which is not valid UTF-8
    writeFileSync(
      join(input, "latin1.txt"),
      Buffer.concat([
        Buffer.from("Peru backs Guaid"),
        Buffer.from([0xf3]),
        Buffer.from("\n\nLIMA, January 24. /TASS/. Peru has recognized Juan Guaid"),
        Buffer.from([0xf3]),
        Buffer.from(" as interim president, the foreign ministry said on Thursday.\n"),
      ]),
    );
    writeFileSync(
      join(input, "undated.txt"),
      "Spain weighs its options\n\nSpain's government said it supports a peaceful, negotiated solution in Venezuela.\n",
    );
    // 20 MB, made here rather than committed
    writeFileSync(
      join(input, "huge.txt"),
      "Russia supports Maduro. ".repeat(Math.ceil((20 * 1024 * 1024) / 24)),
    );
    writeFileSync(join(input, "notes.md"), "not an article: ignored because it is not .txt");
    run = extract("--in", input, "--out", out);
  }, 60_000);

  it("succeeds and keeps every good article", () => {
    expect(run.status, run.stderr).toBe(0);
    const ids = read(out).articles.map((a) => a.id);
    expect(ids).toEqual(["good one", "latin1", "undated", "ñandú-é"]);
  });

  it.each([
    ["empty.txt", /empty/],
    ["blank.txt", /empty/],
    ["binary.txt", /binary/],
    ["page.txt", /HTML/],
    ["huge.txt", /20\.0 MB is larger than/],
    ["zz-copy.txt", /duplicate of good one\.txt/],
    ["latin1.txt", /kept: .*Windows-1252/],
  ])("reports %s with its reason, on stderr and in the dataset", (file, reason) => {
    expect(run.stderr).toMatch(new RegExp(`warning: ${file.replace(".", "\\.")}: .*${reason.source}`));
    const w = read(out).warnings.find((x) => x.file === file);
    expect(w?.reason).toMatch(reason);
  });

  it("decodes Windows-1252 text rather than losing it", () => {
    const a = read(out).articles.find((x) => x.id === "latin1")!;
    expect(a.text).toContain("Juan Guaidó");
    expect(read(out).observations.some((o) => o.article === "latin1" && o.actor === "PER")).toBe(true);
  });

  it("keeps an article with no date, with published null, a warning, and no date on its observations", () => {
    const d = read(out);
    const a = d.articles.find((x) => x.id === "undated")!;
    expect(a.published).toBeNull();
    expect(a.warnings.join(" ")).toMatch(/date/i);
    expect(run.stderr).toMatch(/warning: undated\.txt: .*date/i);
    const obs = d.observations.filter((o) => o.article === "undated");
    expect(obs.length).toBeGreaterThan(0);
    expect(obs.every((o) => o.date === null && o.dateBasis === "unknown")).toBe(true);
  });

  it("writes the dashboard's parts beside the dataset, one file per article and actor, under URL-safe names", () => {
    const parts = join(dir, "parts");
    const d = read(out);
    const overview = OverviewSchema.parse(JSON.parse(readFileSync(join(parts, "overview.json"), "utf8")));
    expect(overview.counts).toEqual({
      articles: d.articles.length,
      observations: d.observations.length,
      quotes: d.quotes.length,
    });
    expect(readdirSync(join(parts, "articles")).sort()).toEqual(
      ["good~20~one.json", "latin1.json", "undated.json", "~f1~and~fa~-~e9~.json"].sort(),
    );
    expect(readdirSync(join(parts, "actors"))).toHaveLength(d.actors.length);
    expect(readdirSync(join(parts, "quotes"))).toEqual(d.quotes.length ? ["0.json"] : []);
    expect(readdirSync(dir).filter((f) => /\.(tmp|old)$/.test(f))).toEqual([]);
  });

  it("ignores files that are not .txt", () => {
    expect(run.stderr).not.toMatch(/notes\.md/);
  });
});

describe("extract CLI exit codes and the existing dataset", { timeout: 30_000 }, () => {
  it("exits 2 with a clear message when the folder is missing, leaving the output untouched", () => {
    const out = join(dir, "keep.json");
    writeFileSync(out, "previous dataset");
    const r = extract("--in", join(dir, "no-such-folder"), "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/input folder not found/);
    expect(readFileSync(out, "utf8")).toBe("previous dataset");
  });

  it("exits 1 when no file is usable, leaving the output untouched", () => {
    const input = join(dir, "nothing");
    spawnSync("mkdir", ["-p", input]);
    writeFileSync(join(input, "a.txt"), "");
    writeFileSync(join(input, "b.txt"), "<html><body>x</body></html>");
    const out = join(dir, "keep2.json");
    writeFileSync(out, "previous dataset");
    const r = extract("--in", input, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no usable article/);
    expect(readFileSync(out, "utf8")).toBe("previous dataset");
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("rejects an unknown option with usage", () => {
    const r = extract("--nope");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it("writes byte-identical output for the same input", () => {
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    expect(extract("--in", SEEDS, "--out", a).status).toBe(0);
    expect(extract("--in", SEEDS, "--out", b).status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(read(a).articles).toHaveLength(5);
  });
});
