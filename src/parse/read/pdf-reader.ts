// The PDF reader: a PDF's text layer -> blocks with their pages (lines the layout wrapped joined back into paragraphs).
import type { SourceDocument, SourceRef } from "../../ingest/document.ts";
import type { ReadLimits } from "../../ingest/readers.ts";
import { cleanMarkdown } from "./clean-markdown.ts";
import { pdfParagraphs, readPdf } from "./read-pdf.ts";
import { linesToBlocks } from "./text-blocks.ts";

/** Reads the text layer (throws ParseError for a broken or image-only PDF); the grammar finds the structure. */
export async function readPdfDocument(bytes: Uint8Array, ref: SourceRef, limits?: ReadLimits): Promise<SourceDocument> {
  const pdf = await readPdf(bytes, ref.file, limits?.maxLines);
  // Lines the layout wrapped are joined by the layout (position, size, margin), not guessed from the text.
  const lines = pdfParagraphs(pdf).map((l) => ({ text: cleanMarkdown(l.text), page: l.page }));
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
