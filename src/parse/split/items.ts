// Finds the agenda items: their headings (numbers rising), heading lines that wrap, and the lines each item spans.
import type { Line } from "../line.ts";
import { normaliseTitle, titleSimilarity } from "../similarity.ts";
import { caseNumber, decisionHeading, headingParts, itemHeading, sectionHeading } from "./structure.ts";
import type { TocEntry } from "./toc.ts";

export interface RawItem {
  number: number;
  /** Line index of the heading. */
  heading: number;
  /** The heading after "Punkt N:". */
  rest: string;
  /** Lines right after the heading that may continue its title (decided with the TOC). */
  wrap: { index: number; text: string }[];
  /** First line of the body and the line after the last. */
  start: number;
  end: number;
}

/** True for lines that open something: item, section or decision heading, case number, "Sagen afgøres i". */
export function isStructural(text: string): boolean {
  return (
    itemHeading(text) !== null ||
    sectionHeading(text) !== null ||
    decisionHeading(text) !== null ||
    caseNumber(text) !== null ||
    /^sagen\s+afgøres\s+i\b/iu.test(text.trim())
  );
}

/** Up to two short lines between a heading and the next structural line: the heading's wrapped tail. */
function wrapCandidates(lines: readonly Line[], from: number, end: number): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let i = from; i < end; i++) {
    const text = (lines[i]?.text ?? "").trim();
    if (text === "") continue;
    if (isStructural(text)) return out;
    const looksLikeTitle =
      text.length <= 90 && !/[.!?:;]$/.test(text) && !text.includes("\t") && !/^(?:\d+\.|[-•*])\s/.test(text);
    if (!looksLikeTitle || out.length >= 2) return [];
    out.push({ index: i, text });
  }
  return [];
}

type Heading = { index: number; number: number; rest: string };

/** "3. Lokalplan for …" as an item heading (minutes that number items without "Punkt"). */
const NUMBERED = /^(\d{1,3})\.\s+(\p{Lu}.{2,200})$/u;

/** True when a structural line (case number, section or decision heading) follows within a few lines. */
function confirmed(lines: readonly Line[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const text = (lines[i]?.text ?? "").trim();
    if (text === "") continue;
    seen += 1;
    if (NUMBERED.test(text) || itemHeading(text)) return false;
    if (isStructural(text)) return true;
  }
  return false;
}

/**
 * Headings written "1. Titel" (no "Punkt"): numbers 1, 2, 3 … in order, each confirmed by the TOC entry of the same
 * number when there is a TOC, else by a structural line right after it. Numbered lists in case text fail both.
 */
function numberedHeadings(lines: readonly Line[], from: number, toc: readonly TocEntry[]): Heading[] {
  const headings: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = NUMBERED.exec((lines[i]?.text ?? "").trim());
    if (!m || Number(m[1]) !== headings.length + 1) continue;
    const title = (m[2] ?? "").trim();
    if (/[.!?:]$/.test(title)) continue;
    const entry = toc[headings.length];
    const ok =
      toc.length > 0
        ? entry !== undefined && titleSimilarity(headingParts(title).title, entry.title) >= 0.6
        : confirmed(lines, i + 1);
    if (ok) headings.push({ index: i, number: Number(m[1]), rest: title });
  }
  return headings;
}

/** The items of the document, from `from` on: headings whose numbers rise. */
export function findItems(lines: readonly Line[], from: number, toc: readonly TocEntry[] = []): RawItem[] {
  let headings: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const h = itemHeading(lines[i]?.text ?? "");
    if (!h) continue;
    const previous = headings[headings.length - 1];
    if (previous && h.number <= previous.number) continue;
    headings.push({ index: i, number: h.number, rest: h.rest });
  }
  if (headings.length === 0) headings = numberedHeadings(lines, from, toc);
  return headings.map((h, k) => {
    const end = headings[k + 1]?.index ?? lines.length;
    const wrap = wrapCandidates(lines, h.index + 1, end);
    return { number: h.number, heading: h.index, rest: h.rest, wrap, start: h.index + 1, end };
  });
}

/**
 * The item's title, kind and closed flag. A wrapped tail joins the title when the TOC entry confirms it, or,
 * without a TOC entry, when a structural line follows it.
 */
export function itemTitle(
  raw: RawItem,
  toc: TocEntry | null,
): { title: string; kind: "Beslutning" | "Orientering" | null; closed: boolean; wrapped: number } {
  const base = headingParts(raw.rest);
  if (raw.wrap.length === 0 || base.closed) return { ...base, wrapped: 0 };
  const tail = raw.wrap.map((w) => w.text).join(" ");
  const joined = `${base.title} ${tail}`.replace(/\s+/g, " ").trim();
  let accept = toc === null;
  if (toc) {
    const t = normaliseTitle(toc.title);
    accept =
      t.endsWith(normaliseTitle(tail)) ||
      titleSimilarity(joined, toc.title) > titleSimilarity(base.title, toc.title) + 0.02;
  }
  if (!accept) return { ...base, wrapped: 0 };
  const parts = base.title === "" ? headingParts(tail) : { ...base, title: joined };
  return { ...parts, wrapped: raw.wrap.length };
}
