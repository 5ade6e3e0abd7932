// Finds the agenda items: their headings (numbers rising), heading lines that wrap, and the lines each item spans.
import type { Line } from "../line.ts";
import { normaliseTitle, titleSimilarity } from "../similarity.ts";
import { collapseSpaces } from "../text-scan.ts";
import { step } from "../work.ts";
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

/** A heading; `body` is where the item's body starts when the number stands under its title ("Sag nr. 130"). */
type Heading = { index: number; number: number; rest: string; body?: number };

/** "3. Lokalplan for …" as an item heading (minutes that number items without "Punkt"). */
const NUMBERED = /^(?:[•·▪]\s*)?(\d{1,4})\.\s*(\p{Lu}.{2,200})$/u;
/** A number alone on its line ("7" / "7."), the title on the next line. */
const NUMBER_ALONE = /^(?:[•·▪]\s*)?(\d{1,4})\.?$/u;
/** How both begin: a digit, or a bullet before one. */
const NUMBER_START = /^[\d•·▪]/u;

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
    step("headings");
    const text = (lines[i]?.text ?? "").trim();
    // Both patterns start with a digit or a bullet: other lines are passed over at one character's cost.
    if (!NUMBER_START.test(text)) continue;
    let m = NUMBERED.exec(text);
    let at = i;
    const alone = m ? null : NUMBER_ALONE.exec(text);
    if (alone) {
      // The title stands on the next non-empty line; the heading is that line.
      let j = i + 1;
      while (j < lines.length && (lines[j]?.text ?? "").trim() === "") j++;
      const title = (lines[j]?.text ?? "").trim();
      if (/^\p{Lu}.{2,200}$/u.test(title) && !isStructural(title)) {
        m = NUMBERED.exec(`${alone[1]}. ${title}`);
        at = j;
      }
    }
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
        : confirmed(lines, at + 1) || headingParts(title).closed;
    if (ok) headings.push({ index: at, number: Number(m[1]), rest: title });
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

/** The best chain ending at a heading: longest, then fewest skipped numbers, then the earliest predecessor. */
interface Chain {
  length: number;
  gaps: number;
  /** `gaps - number`: among predecessors of equal length, the smallest gives the fewest gaps to any later heading. */
  slack: number;
  index: number;
}

const better = (a: Chain, b: Chain | undefined): boolean =>
  b === undefined ||
  a.length > b.length ||
  (a.length === b.length && (a.slack < b.slack || (a.slack === b.slack && a.index < b.index)));

/**
 * The longest run of headings whose numbers rise, fewest skipped numbers first: "Punkt 12 og 13 blev behandlet
 * samlet." at the start of a line in item 5 must not swallow items 6 to 11. A Fenwick tree over heading numbers
 * keeps, for every number, the best chain ending below it, so each heading costs log(numbers) steps, not one step
 * per earlier heading (200,000 headings took 50 s that way).
 */
function risingHeadings(candidates: readonly Heading[]): Heading[] {
  const n = candidates.length;
  if (n === 0) return [];
  const size = candidates.reduce((m, c) => Math.max(m, c.number), 0) + 1;
  const tree: (Chain | undefined)[] = new Array(size + 1);
  const previous = new Array<number>(n).fill(-1);
  let best: Chain | undefined;
  for (let i = 0; i < n; i++) {
    const number = (candidates[i] as Heading).number;
    // The best chain among earlier headings with a smaller number.
    let below: Chain | undefined;
    for (let k = number - 1; k > 0; k -= k & -k) {
      step("headings");
      const c = tree[k];
      if (c && better(c, below)) below = c;
    }
    const own: Chain = below
      ? {
          length: below.length + 1,
          gaps: below.gaps + number - (candidates[below.index] as Heading).number - 1,
          slack: 0,
          index: i,
        }
      : { length: 1, gaps: 0, slack: 0, index: i };
    own.slack = own.gaps - number;
    previous[i] = below ? below.index : -1;
    for (let k = number; k <= size; k += k & -k) {
      step("headings");
      if (better(own, tree[k])) tree[k] = own;
    }
    if (!best || own.length > best.length || (own.length === best.length && own.gaps < best.gaps)) best = own;
  }
  const out: Heading[] = [];
  for (let i = best?.index ?? -1; i >= 0; i = previous[i] ?? -1) out.push(candidates[i] as Heading);
  return out.reverse();
}

/** The items of the document, from `from` on: headings whose numbers rise. */
export function findItems(lines: readonly Line[], from: number, toc: readonly TocEntry[] = []): RawItem[] {
  const candidates: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const h = itemHeading(lines[i]?.text ?? "");
    // "Punkt 16 sendes tilbage til udvalget." starts a sentence, not an item: a title starts with a capital.
    if (!h || !(h.rest === "" || /^[\p{Lu}\d"“”„(]/u.test(h.rest))) continue;
    // "Tillæg 1 til Lokalplan 145" over "Sag nr. 130": the title stands on the line above the number.
    const above = h.rest === "" ? titleAbove(lines, i, from) : null;
    if (above) candidates.push({ index: above.index, number: h.number, rest: above.text, body: i + 1 });
    else candidates.push({ index: i, number: h.number, rest: h.rest });
  }
  let headings = risingHeadings(candidates);
  // "1. Titel" headings win when they find more items than stray "Punkt N" lines in the text.
  const numbered = headings.length < 3 ? numberedItems(lines, from, toc) : [];
  if (numbered.length > headings.length) headings = numbered;
  return headings.map((h, k) => {
    const end = headings[k + 1]?.index ?? lines.length;
    const start = h.body ?? h.index + 1;
    const wrap = h.body === undefined ? wrapCandidates(lines, start, end) : [];
    return { number: h.number, heading: h.index, rest: h.rest, wrap, start, end };
  });
}

/** The title line right above a bare item number, when it looks like a title and nothing else. */
function titleAbove(lines: readonly Line[], at: number, from: number): { index: number; text: string } | null {
  const index = at - 1;
  if (index < from) return null;
  const text = (lines[index]?.text ?? "").trim();
  if (text === "" || text.length > 120 || /[.!?:;]$/.test(text) || !/^\p{Lu}/u.test(text) || isStructural(text))
    return null;
  return { index, text };
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
  const joined = collapseSpaces(`${base.title} ${tail}`).trim();
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
