// The PDF reader: a PDF's text layer -> blocks with their pages (visual lines merged back into paragraphs).
import type { SourceDocument, SourceRef } from "../../ingest/document.ts";
import { cleanMarkdown } from "./clean-markdown.ts";
import { mergeWrappedLines } from "./merge-wrapped-lines.ts";
import { readPdf } from "./read-pdf.ts";
import { linesToBlocks } from "./text-blocks.ts";

/** Reads the text layer (throws ParseError for a broken or image-only PDF); the grammar finds the structure. */
export async function readPdfDocument(bytes: Uint8Array, ref: SourceRef): Promise<SourceDocument> {
  const pdf = await readPdf(bytes, ref.file);
  const lines = mergeWrappedLines(
    pdf.lines.map((text, i) => ({ text: cleanMarkdown(text), page: pdf.pages[i] ?? null })),
  );
  return {
    ref,
    documentType: null,
    body: null,
    date: null,
    startTime: null,
    location: null,
    participants: null,
    items: null,
    blocks: linesToBlocks(lines),
    pageCount: pdf.pageCount,
  };
}
