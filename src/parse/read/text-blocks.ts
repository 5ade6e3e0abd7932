// Lines of text as document blocks: one block per line (blank lines kept), tab-separated lines as table rows.
import type { Block } from "../../ingest/document.ts";
import type { Line } from "../line.ts";
import { cleanMarkdown } from "./clean-markdown.ts";

/** The blocks of a text in one pass over its lines (no array of lines, no array of line objects in between). */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/))
    blocks.push(lineBlock({ text: cleanMarkdown(raw), page: null }));
  return blocks;
}

/** One block per line: the text grammar reads lines, blank ones included. */
export function linesToBlocks(lines: readonly Line[]): Block[] {
  return lines.map(lineBlock);
}

function lineBlock(line: Line): Block {
  return line.text.includes("\t")
    ? { role: "table-row", text: line.text, cells: line.text.split("\t"), page: line.page }
    : { role: "paragraph", text: line.text, page: line.page };
}
