// Reads a PDF's text layer with pdfjs-dist (no worker, no network): lines in reading order, each with its page.
import { ParseError } from "../parse-error.ts";

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
}

interface Glyphs {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
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
  return out.replace(/[ ]+$/, "");
}

/** Where running headers and footers stand: the first and last lines of a page. */
const EDGE = 2;

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
export async function readPdf(bytes: Uint8Array, source: string): Promise<PdfText> {
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
    const pageLines: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const rows: { y: number; pieces: Glyphs[] }[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        const g: Glyphs = { str: item.str, x, y, width: item.width, size };
        const row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
        if (row) row.pieces.push(g);
        else rows.push({ y, pieces: [g] });
      }
      rows.sort((p, q) => q.y - p.y);
      pageLines.push(rows.map((r) => joinLine(r.pieces)));
      page.cleanup();
    }
    const running = doc.numPages >= 3 ? runningLines(pageLines) : new Set<string>();
    const lines: string[] = [];
    const pages: number[] = [];
    pageLines.forEach((ls, i) => {
      for (const [k, l] of ls.entries()) {
        const edge = k < EDGE || k >= ls.length - EDGE;
        if (edge && running.has(l.replace(/\d+/g, "#").trim())) continue;
        lines.push(l);
        pages.push(i + 1);
      }
    });
    const letters = lines.join("").replace(/[^\p{L}]/gu, "").length;
    if (letters < 20) throw new ParseError(source, "the PDF has no text layer (a scanned image?); run OCR on it first");
    return { lines, pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
