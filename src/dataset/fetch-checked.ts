import { z, type ZodMiniType } from "zod/mini";
import { inSlices } from "./in-slices";
import { ArticleMetaSchema, type QuotesPart } from "./parts";
import { QuoteSchema } from "./schema";

/** A file that is not there; for a part, the id in the URL names nothing in this dataset. */
export class PartNotFoundError extends Error {}

/**
 * Returns the JSON at `url` validated with its schema. Throws PartNotFoundError on HTTP 404 or an HTML page
 * (single-page-app hosts, `vite preview` among them, answer a missing file with index.html), and an Error
 * naming `what` on any other HTTP error, invalid JSON or data that does not match the schema.
 */
export async function fetchChecked<T>(
  url: string,
  schema: ZodMiniType<T>,
  what: string,
  signal: AbortSignal,
): Promise<T> {
  const res = await fetch(url, { signal });
  if (res.status === 404 || (res.ok && res.headers.get("content-type")?.startsWith("text/html")))
    throw new PartNotFoundError(`${what} could not be found.`);
  if (!res.ok) throw new Error(`${what} could not be loaded (HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`${what} is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw formatError(what, parsed.error.issues[0]);
  return parsed.data;
}

/** Returns the error for `what` not matching its schema, naming where (`at`, then the issue's own path). */
export function formatError(
  what: string,
  issue: { path: PropertyKey[]; message: string } | undefined,
  at: PropertyKey[] = [],
) {
  const path = [...at, ...(issue?.path ?? [])].map(String).join(".") || "root";
  return new Error(`${what} does not match the expected format (${path}: ${issue?.message}).`);
}

/** Returns `items` validated with `item`, a slice at a time (inSlices), so tens of thousands do not freeze the page. */
async function validateInSlices<T>(
  items: readonly unknown[],
  item: ZodMiniType<T>,
  what: string,
  field: string,
  signal: AbortSignal,
) {
  const list = z.array(item);
  const out: T[] = [];
  await inSlices(
    items,
    (slice, offset) => {
      const parsed = list.safeParse(slice);
      if (!parsed.success) {
        const [index, ...rest] = parsed.error.issues[0].path;
        throw formatError(what, {
          ...parsed.error.issues[0],
          path: [field, offset + Number(index), ...rest],
        });
      }
      out.push(...parsed.data);
    },
    signal,
  );
  return out;
}

/** The quotes file's outline; its arrays, large on a large dataset, are validated in slices. */
const QuotesOutlineSchema = z.object({ quotes: z.array(z.unknown()), articles: z.array(z.unknown()) });

/** Returns a file of quotes (quotes/<n>.json) fetched and validated, as fetchChecked. */
export async function readQuotesFile(url: string, signal: AbortSignal): Promise<QuotesPart> {
  const what = "The quotes file";
  const outline = await fetchChecked(url, QuotesOutlineSchema, what, signal);
  return {
    quotes: await validateInSlices(outline.quotes, QuoteSchema, what, "quotes", signal),
    articles: await validateInSlices(outline.articles, ArticleMetaSchema, what, "articles", signal),
  };
}
