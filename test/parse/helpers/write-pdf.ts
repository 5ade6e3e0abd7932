// Test helper: lays out lines of text as a multi-page PDF with pdf-lib (Helvetica, WinAnsi), tab cells as columns.
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";

export interface WrittenPdf {
  bytes: Uint8Array;
  /** The page each input line (by index) was drawn on; blank lines get the page they fall on. */
  pageOfLine: number[];
  pageCount: number;
}

const PAGE = { width: 595, height: 842, margin: 40 };
const SIZE = 9;
const LEADING = 11;

/** Replaces characters Helvetica's WinAnsi encoding cannot hold. */
function encodable(font: PDFFont, text: string, cache: Map<string, boolean>): string {
  let out = "";
  for (const ch of text) {
    let ok = cache.get(ch);
    if (ok === undefined) {
      try {
        font.encodeText(ch);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(ch, ok);
    }
    out += ok ? ch : "?";
  }
  return out;
}

/** Breaks a line into pieces no wider than the text column. */
function wrap(font: PDFFont, text: string, width: number): string[] {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let current = "";
  for (const w of words) {
    const next = current === "" ? w : `${current} ${w}`;
    if (font.widthOfTextAtSize(next, SIZE) > width && current !== "") {
      lines.push(current);
      current = w;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
}

/** Writes the lines as a PDF; `footer` adds a running "Side N" line to every page (which the reader must drop). */
export async function writePdf(lines: readonly string[], options: { footer?: boolean } = {}): Promise<WrittenPdf> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const cache = new Map<string, boolean>();
  const width = PAGE.width - 2 * PAGE.margin;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const pageOfLine: number[] = [];
  const newPageIfFull = () => {
    if (y < PAGE.margin + LEADING) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  for (const raw of lines) {
    const text = raw
      .replace(/\s+$/, "")
      .split("\t")
      .map((cell) => encodable(font, cell, cache))
      .join("\t");
    newPageIfFull();
    pageOfLine.push(doc.getPageCount());
    if (text.trim() === "") continue;
    if (text.includes("\t")) {
      // Table row: cells one after another with a wide gap, the font shrunk until the row fits.
      const cells = text.split("\t").map((c) => c.trim());
      let size = SIZE;
      const gap = 24;
      const rowWidth = (s: number) => cells.reduce((n, c) => n + font.widthOfTextAtSize(c, s) + gap, 0);
      while (rowWidth(size) > width && size > 3) size -= 0.5;
      let x = PAGE.margin;
      for (const c of cells) {
        if (c !== "") page.drawText(c, { x, y, size, font });
        x += font.widthOfTextAtSize(c, size) + gap;
      }
      y -= LEADING;
      continue;
    }
    for (const piece of wrap(font, text, width)) {
      newPageIfFull();
      page.drawText(piece, { x: PAGE.margin, y, size: SIZE, font });
      y -= LEADING;
    }
  }
  const pageCount = doc.getPageCount();
  if (options.footer) {
    doc.getPages().forEach((p, i) => {
      p.drawText(`Side ${i + 1} af ${pageCount}`, { x: PAGE.width - 120, y: 20, size: 8, font });
    });
  }
  return { bytes: await doc.save(), pageOfLine, pageCount };
}
