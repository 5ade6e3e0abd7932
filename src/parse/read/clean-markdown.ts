// Removes the decoration one PDF converter adds (#, **, <i>, *…*, escapes, links) so every line reads as plain text.

import { trimEndSpaces } from "../text-scan.ts";

const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** "|---|:--:|" — the rule under a markdown table's header row. */
const TABLE_RULE = /^\|(?:\s*:?-{2,}:?\s*\|)+\s*$/u;
/** "| a | b |" — a markdown table row. */
const TABLE_ROW = /^\|(.*)\|\s*$/u;

/**
 * One line of markdown-decorated text as plain text; tabs (table cells) are kept, trailing spaces dropped.
 * Markdown table rows become tab-separated cells, as the other converter writes tables; the header rule goes.
 */
export function cleanMarkdown(line: string): string {
  if (isPlain(line)) return line;
  let s = line.replace(/\u00a0/g, " ").replace(/\r$/, "");
  const trimmed = s.trim();
  if (TABLE_RULE.test(trimmed)) return "";
  const row = TABLE_ROW.exec(trimmed);
  if (row && trimmed.length > 2) {
    const cells = (row[1] ?? "").split(/(?<!\\)\|/u).map((c) => cleanMarkdown(c.trim()));
    if (cells.length >= 2) return trimEndSpaces(cells.join("\t"));
  }
  s = s.replace(/^\s{0,3}#{1,6}\s+/, "");
  s = s.replace(/<\/?(?:i|b|u|em|strong|span|sup|sub|p|br)\b[^>]*>/gi, "");
  s = s.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  // Escaped punctuation (\*, \-, \.) is literal in markdown; emphasis markers carry no text.
  s = s.replace(/\\([*_\-.#()[\]])/g, (_m, c: string) => (c === "*" ? "" : c));
  s = s.replace(/\*+/g, "");
  s = s.replace(/(^|\s)__(\S)/g, "$1$2").replace(/(\S)__(\s|$)/g, "$1$2");
  return trimEndSpaces(s).replace(/^[ ]+/, "");
}

/** Every character one of the steps above looks for: a line without them (and without edge spaces) stays as it is. */
const DECORATION = /[\u00a0\r|#<&[\\*_]/u;

/** True when `cleanMarkdown` would give the line back unchanged: most lines of most documents, read without a copy. */
function isPlain(line: string): boolean {
  return line === "" || (line[0] !== " " && line[line.length - 1] !== " " && !DECORATION.test(line));
}
