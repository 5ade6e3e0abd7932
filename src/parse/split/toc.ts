// Reads the table of contents ("Indholdsfortegnelse") and matches its entries to the items, in order.

import type { Line } from "../line.ts";
import { titleSimilarity } from "../similarity.ts";
import { charIn, trimEndWhere } from "../text-scan.ts";
import { step } from "../work.ts";
import { headingParts, itemHeading } from "./structure.ts";

export interface TocEntry {
  title: string;
  closed: boolean;
  page: number;
}

const TOC_HEADING =
  /^(?:indholdsfortegnelse|indhold|indholdsliste|oversigt over punkter|punkter på dagsordenen)\s*:?$/iu;
/** "Beslutning: Godkendelse af dagsorden.....<tab>3", "Titel  3", "Titel ... side 3". */
/** Spaces, dots and ellipses left at the end of an entry's title. */
const TITLE_TAIL = charIn(/[\s.…]/u);
const TOC_LINE = /^(.*?\S)\s*(?:\.{2,}|…+|\t+|\s{2,}|\s\.\s)\s*(?:side\s+)?(\d{1,4})$/iu;

/** True for the heading line of a table of contents. */
export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(text.trim());
}

/** Where the table of contents starts (the heading line), or -1. */
export function tocStart(lines: readonly Line[], limit: number): number {
  for (let i = 0; i < Math.min(lines.length, limit); i++) if (TOC_HEADING.test((lines[i]?.text ?? "").trim())) return i;
  return -1;
}

/** Reads entries from the line after the heading up to `end` (the first item heading). */
export function readToc(lines: readonly Line[], start: number, end: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let carry = "";
  for (let i = start + 1; i < end; i++) {
    const text = (lines[i]?.text ?? "").trim();
    if (text === "") continue;
    // A line that is an entry of its own ("1. Meddelelser<tab>3") does not continue the line before it, which was
    // a group heading of the contents ("Åbent referat"), not a title wrapping.
    const own = TOC_LINE.exec(text);
    const numberedEntry = own !== null && (/^\d{1,4}\.\s/u.test(text) || itemHeading(text) !== null);
    if (numberedEntry) carry = "";
    const m = carry === "" ? own : TOC_LINE.exec(`${carry} ${text}`);
    if (!m) {
      // A long title can wrap onto the next line before its page number.
      carry = carry === "" ? text : `${carry} ${text}`;
      if (carry.length > 300) carry = "";
      continue;
    }
    carry = "";
    let title = trimEndWhere(m[1] ?? "", TITLE_TAIL).trim();
    const numbered = itemHeading(title);
    if (numbered) title = numbered.rest;
    else title = title.replace(/^\d{1,3}\.\s+/, "");
    const parts = headingParts(title);
    entries.push({ title: parts.title, closed: parts.closed, page: Number(m[2]) });
  }
  return entries;
}

/**
 * Pairs items with entries. Same count: in order (the order is the same by construction). Otherwise the
 * monotone pairing with the greatest total title similarity, pairs below 0.35 not allowed.
 */
export function matchToc(
  items: readonly { title: string; closed: boolean }[],
  entries: readonly TocEntry[],
): (TocEntry | null)[] {
  if (items.length === entries.length) return [...entries];
  const sim = (i: number, j: number): number => {
    const item = items[i];
    const entry = entries[j];
    if (!item || !entry) return 0;
    if (item.closed && entry.closed) return 1;
    return titleSimilarity(item.title, entry.title);
  };
  const n = items.length;
  const m = entries.length;
  if (n * m > EXACT_PAIRING_CELLS) return pairNearby(n, m, sim, entries);
  step("toc", n * m);
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j);
      const take = s >= 0.35 ? s + (best[i + 1]?.[j + 1] ?? 0) : -1;
      const row = best[i] as number[];
      row[j] = Math.max(take, best[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: (TocEntry | null)[] = new Array(n).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim(i, j);
    const here = best[i]?.[j] ?? 0;
    if (s >= 0.35 && Math.abs(here - (s + (best[i + 1]?.[j + 1] ?? 0))) < 1e-9) {
      out[i] = entries[j] ?? null;
      i += 1;
      j += 1;
    } else if (Math.abs(here - (best[i + 1]?.[j] ?? 0)) < 1e-9) i += 1;
    else j += 1;
  }
  return out;
}

/** Above this many item × entry pairs the exact pairing (quadratic) gives way to a pairing within a window. */
const EXACT_PAIRING_CELLS = 250_000;
/** How many entries ahead of the last pair an item may find its entry in. */
const PAIRING_WINDOW = 24;

/**
 * Pairs in one pass for documents far larger than real minutes (a 500-item agenda stays exact): each item takes the
 * most similar entry among the next few after the last pair, so the work grows with the document, not its square.
 */
function pairNearby(
  n: number,
  m: number,
  sim: (i: number, j: number) => number,
  entries: readonly TocEntry[],
): (TocEntry | null)[] {
  const out: (TocEntry | null)[] = new Array(n).fill(null);
  let j = 0;
  for (let i = 0; i < n && j < m; i++) {
    let pick = -1;
    let score = 0.35;
    for (let k = j; k < Math.min(m, j + PAIRING_WINDOW); k++) {
      step("toc");
      const s = sim(i, k);
      if (s >= score + 1e-9 || (pick < 0 && s >= score)) {
        pick = k;
        score = s;
      }
      if (s >= 0.999) break;
    }
    if (pick >= 0) {
      out[i] = entries[pick] ?? null;
      j = pick + 1;
    }
  }
  return out;
}

/**
 * The first line after the table of contents: the first item heading that is not itself an entry, or, once entries
 * were read, the first of two lines in a row that are not entries (one line may be a title wrapping).
 */
export function tocEnd(lines: readonly Line[], start: number): number {
  let entries = 0;
  let loose = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const text = (lines[i]?.text ?? "").trim();
    if (text === "") continue;
    if (TOC_LINE.test(text)) {
      entries += 1;
      loose = -1;
      continue;
    }
    // With no entries read, the heading stood alone (a web page's empty "Indholdsfortegnelse"): items follow it.
    if (itemHeading(text)) return entries > 0 ? i : start + 1;
    if (entries > 0) {
      if (loose >= 0) return loose;
      loose = i;
    }
  }
  // A heading with no entries under it (a web page's empty "Indholdsfortegnelse") ends where it stands.
  if (entries === 0) return start + 1;
  return loose >= 0 ? loose : lines.length;
}
