import type { Dataset } from "../dataset/schema";

/** Returns the dataset as JSON text: two-space indent, keys in schema order, final newline; same input, same bytes. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
