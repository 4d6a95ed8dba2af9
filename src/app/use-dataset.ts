import { useQuery } from "@tanstack/react-query";
import { DatasetSchema, type Dataset } from "../dataset/schema";

/** Where the built site serves the dataset. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Returns the dataset, fetched once and validated with the shared schema; a failed fetch or invalid data is an error. */
export function useDataset() {
  return useQuery({
    queryKey: ["dataset"],
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<Dataset> => {
      const res = await fetch(DATASET_URL, { signal });
      if (!res.ok) throw new Error(`The dataset could not be loaded (HTTP ${res.status}).`);
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        throw new Error("The dataset is not valid JSON.");
      }
      const parsed = DatasetSchema.safeParse(json);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new Error(
          `The dataset does not match the expected format (${first?.path.join(".") || "root"}: ${first?.message}).`,
        );
      }
      return parsed.data;
    },
  });
}
