import { queryOptions } from "@tanstack/react-query";
import { partPath } from "../../../dataset/parts";
import { once, PARTS_URL } from "../../../dataset/parts-query";
import type { SearchableQuote } from "./filter-quotes";
import { loadQuotes } from "./load-quotes";

/**
 * The n-th file of quotes (0 holds the newest), with their articles' titles, prepared for search in a worker (here,
 * not in parts-query.ts, so that its loader comes with the quote list's code rather than the first view's).
 */
export const quotesQuery = (n: number) =>
  queryOptions({
    queryKey: ["part", partPath.quotes(n)],
    queryFn: ({ signal }): Promise<SearchableQuote[]> =>
      loadQuotes(`${PARTS_URL}${partPath.quotes(n)}`, signal),
    ...once,
  });
