// The parser's public surface: minutes (text, markdown-decorated text, PDF) -> Meeting.

import { basename } from "node:path";
import type { Meeting } from "../domain/index.ts";
import { type ParseOptions, parseText } from "./parse-text.ts";
import { readSource } from "./read/read-source.ts";

export { ParseError } from "./parse-error.ts";
export { type ParseOptions, parseText } from "./parse-text.ts";

/** Reads and parses one minutes file (.txt/.md or .pdf); throws ParseError for input that is not readable minutes. */
export async function parseFile(path: string): Promise<Meeting> {
  const src = await readSource(path);
  const options: ParseOptions = { source: basename(path) };
  if (src.pages) options.pages = src.pages;
  if (src.pageCount) options.pageCount = src.pageCount;
  return parseText(src.text, options);
}
