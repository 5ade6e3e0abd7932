// Lines of text as document blocks: one block per line (blank lines kept), tab-separated lines as table rows.
import type { Block } from "../../ingest/document.ts";
import type { Line } from "../line.ts";
import { cleanMarkdown } from "./clean-markdown.ts";

/** Splits text into lines and cleans each (markdown decoration removed, tabs kept). */
export function textLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map(cleanMarkdown);
}

/** One block per line: the text grammar reads lines, blank ones included. */
export function linesToBlocks(lines: readonly Line[]): Block[] {
  return lines.map((line) =>
    line.text.includes("\t")
      ? { role: "table-row", text: line.text, cells: line.text.split("\t"), page: line.page }
      : { role: "paragraph", text: line.text, page: line.page },
  );
}
