// Lines of text as document blocks: one block per line (blank lines kept), tab-separated lines as table rows.
import type { Block } from "../../ingest/document.ts";
import type { Line } from "../line.ts";
import { cleanMarkdown } from "./clean-markdown.ts";

/** The blocks of a text in one pass over its lines (no array of line objects in between). */
export function textBlocks(text: string): Block[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Without a carriage return the line breaks are "\n" alone: a string split, several times faster than the pattern's.
  const raws = body.includes("\r") ? body.split(/\r\n|\r|\n/) : body.split("\n");
  const blocks: Block[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) blocks[i] = textBlock(cleanMarkdown(raws[i] as string), null);
  return blocks;
}

/** One block per line: the text grammar reads lines, blank ones included. */
export function linesToBlocks(lines: readonly Line[]): Block[] {
  return lines.map(lineBlock);
}

function lineBlock(line: Line): Block {
  return textBlock(line.text, line.page);
}

function textBlock(text: string, page: number | null): Block {
  return text.includes("\t")
    ? { role: "table-row", text, cells: text.split("\t"), page }
    : { role: "paragraph", text, page };
}
