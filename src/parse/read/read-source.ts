// Reads a minutes file from disk as lines of plain text: PDFs through their text layer, text files decoded and cleaned.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ParseError } from "../parse-error.ts";
import { decodeText } from "./decode-text.ts";
import { readPdf } from "./read-pdf.ts";

/** A document's text with, for PDFs, the page of every line. */
export interface SourceText {
  text: string;
  pages?: number[];
  pageCount?: number;
}

const PDF_MAGIC = "%PDF-";

/** Reads a .txt/.md (plain or markdown-decorated) or .pdf file; throws ParseError for unreadable input. */
export async function readSource(path: string): Promise<SourceText> {
  const source = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : `cannot read the file (${code ?? "unknown error"})`;
    throw new ParseError(source, why);
  }
  if (bytes.length === 0) throw new ParseError(source, "the file is empty");
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) {
    const pdf = await readPdf(bytes, source);
    return { text: pdf.lines.join("\n"), pages: pdf.pages, pageCount: pdf.pageCount };
  }
  if (path.toLowerCase().endsWith(".pdf"))
    throw new ParseError(source, "not a PDF (no %PDF- header), though named .pdf");
  return { text: decodeText(bytes, source) };
}
