// Reads an agenda item number from a question: "punkt 12", "pkt. 3", "item 7", "dagsordenspunkt 4", "agenda item 2".
import type { Span } from "./tokens.ts";

/** Words that introduce an item number, Danish and English. */
export const ITEM_WORDS = [
  "dagsordenspunkt",
  "dagsordenpunkt",
  "punktet",
  "punkt",
  "pkt",
  "agenda item",
  "item no",
  "item nr",
  "item",
  "point",
  "sag nr",
];

export interface ItemMention extends Span {
  item: number;
}

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ITEM_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\.?\\s*(?:no\\.?|nr\\.?|number|nummer)?\\s*#?(\\d{1,3})(?![\\p{N}/-])`,
  "giu",
);

/** The item numbers named, in order. */
export function findItemNumbers(question: string): ItemMention[] {
  const out: ItemMention[] = [];
  for (const m of question.matchAll(PATTERN)) {
    const start = m.index ?? 0;
    const n = Number(m[1]);
    if (n > 0) out.push({ item: n, start, end: start + m[0].length });
  }
  return out;
}
