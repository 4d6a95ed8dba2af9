import type { CorpusWarning } from "../dataset/schema";
import type { ArticleInput } from "./article-input";

/** Largest file read as an article; a news story is a few kilobytes, so anything this big is something else. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A file found in the input folder: its name, size, and bytes (absent when it was too large to read). */
export interface RawFile {
  file: string;
  size: number;
  bytes?: Uint8Array;
}

/** Matches the start of an HTML document. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** Matches an HTML tag, to tell markup from prose that mentions one. */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/**
 * Returns the usable articles among raw files and a warning for each file that was skipped or needed repair:
 * empty, binary, HTML, too large, not UTF-8 (kept, decoded as Windows-1252 or UTF-16 by its BOM), or a
 * duplicate of an earlier file by text (the first is kept). Files are taken in the order given.
 */
export function readCorpus(files: readonly RawFile[]): { inputs: ArticleInput[]; warnings: CorpusWarning[] } {
  const inputs: ArticleInput[] = [];
  const warnings: CorpusWarning[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const warn = (reason: string) => warnings.push({ file: f.file, reason });
    if (f.size > MAX_ARTICLE_BYTES || !f.bytes) {
      warn(
        `skipped: ${(f.size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article can be`,
      );
      continue;
    }
    const decoded = decode(f.bytes);
    if (decoded.kind === "binary") {
      warn("skipped: binary file, not text");
      continue;
    }
    if (decoded.note) warn(`kept: ${decoded.note}`);
    const text = decoded.text;
    if (text.trim().length === 0) {
      warn("skipped: empty file");
      continue;
    }
    if (HTML_START.test(text) || (text.match(TAG)?.length ?? 0) > 20) {
      warn("skipped: an HTML page, not a plain-text article (save the article's text instead)");
      continue;
    }
    const key = text.replace(/\s+/g, " ").trim();
    const first = seen.get(key);
    if (first) {
      warn(`skipped: duplicate of ${first}`);
      continue;
    }
    seen.set(key, f.file);
    inputs.push({ file: f.file, text });
  }
  return { inputs, warnings };
}

type Decoded = { kind: "text"; text: string; note?: string } | { kind: "binary" };

function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      kind: "text",
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      note: "decoded from UTF-16 (little-endian BOM)",
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      kind: "text",
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      note: "decoded from UTF-16 (big-endian BOM)",
    };
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return { kind: "binary" };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (head.length > 0 && control / head.length > 0.05) return { kind: "binary" };
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      kind: "text",
      text: new TextDecoder("windows-1252").decode(bytes),
      note: "not valid UTF-8; decoded as Windows-1252",
    };
  }
}
