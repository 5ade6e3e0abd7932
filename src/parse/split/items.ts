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
 * Headings written "1. Titel" (no "Punkt"): numbers rising by one, each confirmed by the TOC entry in the same place
 * when there is a TOC, else by a structural line right after it (a closed item, which has no body, confirms itself).
 * Numbered lists in case text fail both. `start` null lets the first confirmed heading set the numbering, for minutes
 * that number items across the election period ("212. Dagsorden - Godkendelse").
 */
function numberedHeadings(
  lines: readonly Line[],
  from: number,
  toc: readonly TocEntry[],
  start: number | null,
): Heading[] {
  const headings: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const m = NUMBERED.exec((lines[i]?.text ?? "").trim());
    if (!m) continue;
    const previous = headings[headings.length - 1];
    const expected = previous ? previous.number + 1 : start;
    if (expected !== null && Number(m[1]) !== expected) continue;
    const title = (m[2] ?? "").trim();
    if (/[.!?:]$/.test(title)) continue;
    const entry = toc[headings.length];
    const ok =
      toc.length > 0
        ? entry !== undefined && titleSimilarity(headingParts(title).title, entry.title) >= 0.6
        : confirmed(lines, i + 1) || headingParts(title).closed;
    if (ok) headings.push({ index: i, number: Number(m[1]), rest: title });
  }
  return headings;
}

/** Numbered headings from 1, else from the first confirmed number when at least two follow one another. */
function numberedItems(lines: readonly Line[], from: number, toc: readonly TocEntry[]): Heading[] {
  const fromOne = numberedHeadings(lines, from, toc, 1);
  if (fromOne.length > 0) return fromOne;
  const anywhere = numberedHeadings(lines, from, toc, null);
  return anywhere.length >= 2 || (toc.length > 0 && anywhere.length > 0) ? anywhere : [];
}

/**
 * The longest run of headings whose numbers rise, fewest skipped numbers first: "Punkt 12 og 13 blev behandlet
 * samlet." at the start of a line in item 5 must not swallow items 6 to 11.
 */
function risingHeadings(candidates: readonly Heading[]): Heading[] {
  const n = candidates.length;
  const length = new Array<number>(n).fill(1);
  const gaps = new Array<number>(n).fill(0);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const ci = candidates[i] as Heading;
    for (let j = 0; j < i; j++) {
      const cj = candidates[j] as Heading;
      if (cj.number >= ci.number) continue;
      const len = (length[j] ?? 1) + 1;
      const gap = (gaps[j] ?? 0) + (ci.number - cj.number - 1);
      if (len > (length[i] ?? 1) || (len === length[i] && gap < (gaps[i] ?? 0))) {
        length[i] = len;
        gaps[i] = gap;
        previous[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (
      best < 0 ||
      (length[i] ?? 0) > (length[best] ?? 0) ||
      (length[i] === length[best] && (gaps[i] ?? 0) < (gaps[best] ?? 0))
    )
      best = i;
  }
  const out: Heading[] = [];
  for (let i = best; i >= 0; i = previous[i] ?? -1) out.unshift(candidates[i] as Heading);
  return out;
}

/** The items of the document, from `from` on: headings whose numbers rise. */
export function findItems(lines: readonly Line[], from: number, toc: readonly TocEntry[] = []): RawItem[] {
  const candidates: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const h = itemHeading(lines[i]?.text ?? "");
    // "Punkt 16 sendes tilbage til udvalget." starts a sentence, not an item: a title starts with a capital.
    if (h && (h.rest === "" || /^[\p{Lu}\d"“”„(]/u.test(h.rest)))
      candidates.push({ index: i, number: h.number, rest: h.rest });
  }
  let headings = risingHeadings(candidates);
  // "1. Titel" headings win when they find more items than stray "Punkt N" lines in the text.
  const numbered = headings.length < 3 ? numberedItems(lines, from, toc) : [];
  if (numbered.length > headings.length) headings = numbered;
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
