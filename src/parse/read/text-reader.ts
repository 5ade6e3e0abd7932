// The text reader: .txt and .md minutes (plain or markdown-decorated, UTF-8, UTF-16 or Windows-1252) -> blocks.
import type { SourceDocument, SourceRef } from "../../ingest/document.ts";
import { countLines, tooManyLines } from "../../ingest/document-limits.ts";
import type { ReadLimits } from "../../ingest/readers.ts";
import { ParseError } from "../parse-error.ts";
import { decodeText } from "./decode-text.ts";
import { textBlocks } from "./text-blocks.ts";

/** A text document with no structure of its own: every line is a block, the grammar finds the rest. */
export function textDocument(text: string, ref: SourceRef): SourceDocument {
  return {
    ref,
    documentType: null,
    body: null,
    date: null,
    startTime: null,
    location: null,
    participants: null,
    items: null,
    blocks: textBlocks(text),
    pageCount: null,
  };
}

/** Decodes the bytes (throws ParseError for empty, binary or broken-encoding input, or too many lines) and splits them into blocks. */
export function readTextDocument(bytes: Uint8Array, ref: SourceRef, limits?: ReadLimits): SourceDocument {
  const text = decodeText(bytes, ref.file);
  // Counted before the lines are built: a file of millions of short lines is refused at the cost of one scan.
  if (limits) {
    const lines = countLines(text);
    if (lines > limits.maxLines) throw new ParseError(ref.file, tooManyLines(lines, limits.maxLines));
  }
  return textDocument(text, ref);
}
