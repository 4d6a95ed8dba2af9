/** One article file as read and screened by the CLI: decoded UTF-8 text, not empty, not binary, not a duplicate. */
export interface ArticleInput {
  /** File name as found in the input folder (may contain spaces or non-ASCII). */
  file: string;
  text: string;
}
