// Reads a PDF's text layer with pdfjs-dist (no worker, no network): lines in reading order, each with its page.
import { LINES_PER_PAGE, tooManyLines, tooManyPages } from "../../ingest/document-limits.ts";
import { ParseError } from "../parse-error.ts";
import { isStructural } from "../split/items.ts";
import { trimEndSpaces } from "../text-scan.ts";
import { startsBlock } from "./merge-wrapped-lines.ts";

/**
 * pdfjs-dist is loaded when a PDF is first read, never at import: its legacy build replaces JSON.parse and
 * JSON.stringify with slow core-js versions for the whole process, which loading an index or answering must not pay.
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
};

/** The text of a PDF, one entry per line, with the page (1-based) each line stands on. */
export interface PdfText {
  lines: string[];
  pages: number[];
  pageCount: number;
  /**
   * Per line: true when the layout shows it goes on with the line before it, in the same paragraph (same page and
   * column, same type size, the next line down at normal spacing, the line before running to the right margin).
   */
  wrapped: boolean[];
}

interface Glyphs {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

/** Joins the text pieces of one visual line; a wide gap becomes a tab, as table cells in the text exports. */
function joinLine(pieces: Glyphs[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let out = "";
  let end: number | null = null;
  for (const p of sorted) {
    if (end !== null) {
      const gap = p.x - end;
      if (gap > p.size * 2) out += "\t";
      else if (gap > p.size * 0.15 && !out.endsWith(" ") && !p.str.startsWith(" ")) out += " ";
    }
    out += p.str;
    end = p.x + p.width;
  }
  return trimEndSpaces(out);
}

/** Where running headers and footers stand: the first and last lines of a page. */
const EDGE = 2;

/** A visual line of a page: its text, where it stands (y from the page's bottom, left and right ends), type size. */
interface PageLine {
  text: string;
  y: number;
  left: number;
  right: number;
  size: number;
  /** The font most of the line's letters are set in (a bold heading differs from the text under it). */
  font: string;
}

/**
 * True when line `b` continues line `a` in one paragraph, judged by layout: one line down at normal spacing, the
 * same font, type size and left edge (or `a` indented as a first line), and `a` so full that `b`'s first word would not
 * have fitted after it before the text column's right margin: the layout wrapped it, not the author. Table rows
 * never continue; a sentence end before a capital is a paragraph end all the same.
 */
function continues(a: PageLine, b: PageLine, margin: number): boolean {
  if (a.text.includes("\t") || b.text.includes("\t")) return false;
  const gap = a.y - b.y;
  if (gap <= 0 || gap > Math.max(a.size, b.size) * 1.6) return false;
  if (Math.abs(a.size - b.size) > 0.6 || a.font !== b.font) return false;
  const sameLeft = Math.abs(b.left - a.left) <= a.size * 0.5 + 0.5;
  const indentedFirst = a.left > b.left && a.left - b.left <= a.size * 3;
  // "b. Konference den …" wrapping under its text, not under its label.
  const hanging = b.left > a.left && b.left - a.left <= a.size * 4 && LIST_LABEL.test(a.text.trim());
  if (!sameLeft && !indentedFirst && !hanging) return false;
  const t = b.text.trim();
  const perChar = t.length > 0 ? (b.right - b.left) / t.length : a.size * 0.5;
  const firstWord = (t.split(/\s/u)[0] ?? "").length * perChar;
  if (a.right + perChar + firstWord < margin) return false;
  return !/[.!?:]$/u.test(a.text.trim()) || /^\p{Ll}/u.test(t);
}

/** A list entry's label: "a.", "2)", "A)", a bullet. */
const LIST_LABEL = /^(?:[\p{L}\d]{1,3}[.)]|[-•–*\uf0b7])\s/u;

/** The text column's right margin: where the longer plain lines end, the outliers left aside. */
function rightMargin(lines: readonly PageLine[]): number {
  const ends = lines
    .filter((l) => !l.text.includes("\t") && l.text.length >= 30)
    .map((l) => l.right)
    .sort((x, y) => x - y);
  if (ends.length === 0) return Number.POSITIVE_INFINITY;
  return ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.9))] ?? Number.POSITIVE_INFINITY;
}

/** How far from the top and the bottom of a page running headers and footers stand, as a share of its height. */
const BAND = 0.2;

/**
 * Lines that stand at the same height in the top or bottom band of most pages with the same text, digits aside
 * ("Side 3", "Dato: 04.12.2012", "20. juni 2013 - kl. 10:30"): running headers and footers, however many lines
 * they take. Keys are text and height, so a title that happens to read like a header line elsewhere stays.
 */
function runningPositions(pages: readonly { lines: PageLine[]; height: number }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const l of page.lines)
      if (l.y > page.height * (1 - BAND) || l.y < page.height * BAND) keys.add(positionKey(l));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.6));
  return new Set([...counts].filter(([k, n]) => n >= min && !k.startsWith("@")).map(([k]) => k));
}

const positionKey = (l: PageLine): string => `${l.text.replace(/\d+/g, "#").trim()}@${Math.round(l.y / 3)}`;

/** Lines repeated at the top or bottom of most pages (running headers, footers, page numbers). */
function runningLines(pageLines: string[][]): Set<string> {
  const key = (s: string) => s.replace(/\d+/g, "#").trim();
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const edges = [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
    for (const k of new Set(edges.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pageLines.length * 0.6));
  return new Set([...counts].filter(([k, n]) => n >= min && k !== "").map(([k]) => k));
}

/** Reads the text layer of a PDF; throws ParseError when the file is not a PDF or has no text. */
export async function readPdf(
  bytes: Uint8Array,
  source: string,
  maxLines = Number.POSITIVE_INFINITY,
): Promise<PdfText> {
  const { getDocument } = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ParseError(source, `not a readable PDF (${why.split("\n")[0]})`);
  }
  try {
    const pageLimit = Math.floor(maxLines / LINES_PER_PAGE);
    if (doc.numPages > pageLimit) throw new ParseError(source, tooManyPages(doc.numPages, pageLimit));
    const pageLines: string[][] = [];
    const placed: { lines: PageLine[]; height: number }[] = [];
    let read = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, bottom = 0, , top = 0] = page.view;
      const content = await page.getTextContent();
      const rows: { y: number; pieces: Glyphs[] }[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        const g: Glyphs = { str: item.str, x, y, width: item.width, size, font: item.fontName };
        const row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
        if (row) row.pieces.push(g);
        else rows.push({ y, pieces: [g] });
      }
      rows.sort((p, q) => q.y - p.y);
      const texts = rows.map((r) => joinLine(r.pieces));
      // Refused as soon as the pages read pass the line limit, not after reading them all.
      read += texts.length;
      if (read > maxLines) {
        const fmt = (k: number) => k.toLocaleString("en-US");
        throw new ParseError(source, tooManyLines(read, maxLines, `by page ${fmt(n)} of ${fmt(doc.numPages)}`));
      }
      pageLines.push(texts);
      const lines = rows.map((r, i): PageLine => {
        const left = Math.min(...r.pieces.map((g) => g.x));
        const right = Math.max(...r.pieces.map((g) => g.x + g.width));
        const size = Math.max(...r.pieces.map((g) => g.size));
        const fonts = new Map<string, number>();
        for (const g of r.pieces) fonts.set(g.font, (fonts.get(g.font) ?? 0) + g.str.length);
        const font = [...fonts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? "";
        return { text: texts[i] ?? "", y: r.y - bottom, left, right, size, font };
      });
      placed.push({ lines, height: top - bottom });
      page.cleanup();
    }
    const running = doc.numPages >= 3 ? runningLines(pageLines) : new Set<string>();
    const atPosition = doc.numPages >= 3 ? runningPositions(placed) : new Set<string>();
    const kept: { line: PageLine; page: number }[] = [];
    pageLines.forEach((ls, i) => {
      for (const [k, l] of ls.entries()) {
        const edge = k < EDGE || k >= ls.length - EDGE;
        if (edge && running.has(l.replace(/\d+/g, "#").trim())) continue;
        const at = placed[i]?.lines[k] ?? { text: l, y: 0, left: 0, right: 0, size: 0, font: "" };
        if (atPosition.has(positionKey(at))) continue;
        kept.push({ line: at, page: i + 1 });
      }
    });
    const margin = rightMargin(kept.map((k) => k.line));
    const lines = kept.map((k) => k.line.text);
    const pages = kept.map((k) => k.page);
    const wrapped = kept.map((k, i) => {
      const before = kept[i - 1];
      if (before === undefined) return false;
      if (before.page === k.page) return continues(before.line, k.line, margin);
      // Across a page break: the last line of a page runs on into the first of the next in lower case.
      const moved = { ...k.line, y: before.line.y - before.line.size * 1.2 };
      return /^\p{Ll}/u.test(k.line.text.trim()) && continues(before.line, moved, margin);
    });
    const letters = lines.join("").replace(/[^\p{L}]/gu, "").length;
    if (letters < 20) throw new ParseError(source, "the PDF has no text layer (a scanned image?); run OCR on it first");
    return { lines, pages, pageCount: doc.numPages, wrapped };
  } finally {
    await doc.destroy();
  }
}

/** Words after a suspended compound's hyphen ("Sundheds- og Forebyggelsesudvalget"). */
const SUSPENDED = /^(?:og|eller|samt|til|som|and|or)\b/u;

/**
 * The PDF's lines with the ones its layout wrapped joined back into paragraphs (a word broken at a hyphen joined
 * again), each with its page: what text exports of the same minutes hold.
 */
export function pdfParagraphs(pdf: PdfText): { text: string; page: number | null }[] {
  const out: { text: string; page: number | null }[] = [];
  pdf.lines.forEach((text, i) => {
    const previous = out[out.length - 1];
    // The layout proposes, the text disposes: a heading ("… beslutning den 04.12.2012 Punkt 2") is not continued
    // by the decision under it, nor is a list entry or a label line a continuation, however the lines are set.
    const t0 = text.trim();
    if (previous && pdf.wrapped[i] && !isStructural(previous.text) && !startsBlock(t0)) {
      const p = previous.text.trimEnd();
      const t = text.trim();
      // "ikke-" + "planlagte" stays "ikke-planlagte"; "Sundheds-" + "og Forebyggelse…" is "Sundheds- og …".
      const joined = /\p{L}-$/u.test(p) && /^\p{Ll}/u.test(t) && !SUSPENDED.test(t);
      previous.text = joined ? `${p}${t}` : `${p} ${t}`;
    } else out.push({ text, page: pdf.pages[i] ?? null });
  });
  return out;
}
