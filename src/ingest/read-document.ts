// Reads one document into a SourceDocument (and a Meeting): size limit, the reader chosen from the table,
// the reader's output checked against the schema. Every failure is a ParseError naming the file.
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Meeting } from "../domain/index.ts";
import { assembleMeeting } from "../parse/assemble.ts";
import { ParseError } from "../parse/parse-error.ts";
import { type SourceDocument, SourceDocumentSchema, type SourceRef } from "./document.ts";
import {
  countTags,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_DOCUMENT_LINES,
  TAGS_PER_LINE,
  tooLarge,
  tooManyLines,
  tooMuchMarkup,
} from "./document-limits.ts";
import { HEAD_BYTES, readerFor } from "./readers.ts";
import { fileRef } from "./source-ref.ts";

export interface ReadOptions {
  /** Files larger than this are refused by name without being read (default 50 MB). */
  maxDocumentBytes?: number;
  /** Documents of more lines (blocks) than this are refused by name before the grammar reads them (default 100,000). */
  maxDocumentLines?: number;
  /** What the caller knows about the source (municipality, system, URL), kept unless the content says otherwise. */
  known?: Partial<Pick<SourceRef, "system" | "municipality" | "documentId" | "url">>;
  /** Told of every fault a reader recovered from (an XML export's invalid character reference), one line each. */
  onWarning?: (file: string, warning: string) => void;
}

/** A file's bytes, refused by name when missing, unreadable, a folder or over the size limit. */
export async function readDocumentBytes(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const file = basename(path);
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ParseError(file, "is a directory, not a file");
    if (info.size > limit) throw new ParseError(file, tooLarge(info.size, limit));
    // Read through a handle so a file that grows after stat is still cut at the limit (+1 to see that it grew).
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > limit) throw new ParseError(file, tooLarge(length, limit));
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(file, fileProblem(error));
  }
}

/** Why a file could not be read, in words. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  if (code === "ELOOP") return "cannot be read (a symbolic link loop)";
  return `cannot read the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Reads bytes with the reader the table picks; the reader's output is checked against the schema. */
export async function readDocument(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (bytes.length > limit) throw new ParseError(file, tooLarge(bytes.length, limit));
  if (bytes.length === 0) throw new ParseError(file, "the file is empty");
  const reader = readerFor(file, bytes.subarray(0, HEAD_BYTES));
  const maxLines = options.maxDocumentLines ?? DEFAULT_MAX_DOCUMENT_LINES;
  if (reader.markup) {
    const tags = countTags(bytes);
    if (tags > maxLines * TAGS_PER_LINE) throw new ParseError(file, tooMuchMarkup(tags, maxLines * TAGS_PER_LINE));
  }
  const doc = await reader.read(bytes, fileRef(file, bytes, options.known), { maxLines });
  const lines = doc.blocks.length + (doc.items ?? []).reduce((n, item) => n + item.blocks.length, 0);
  if (lines > maxLines) throw new ParseError(file, tooManyLines(lines, maxLines));
  const checked = SourceDocumentSchema.safeParse(doc);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ParseError(
      file,
      `the ${reader.name} reader gave no valid document (${issue?.path.join(".")}: ${issue?.message})`,
    );
  }
  for (const warning of checked.data.warnings ?? []) options.onWarning?.(file, warning);
  // The schema has no defaults or transforms: the reader's own object is the checked one, and returning it rather than
  // zod's copy keeps one set of blocks in memory, not two.
  return doc;
}

/** Reads and parses one document held in memory. */
export async function parseDocument(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<Meeting> {
  return assembleMeeting(await readDocument(bytes, file, options));
}

/** Reads and parses one minutes file of any registered format; throws ParseError for input that is not minutes. */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Meeting> {
  // The grammar runs on the document alone: the bytes stay in readFileDocument's frame and are let go with it.
  return assembleMeeting(await readFileDocument(path, options));
}

async function readFileDocument(path: string, options: ReadOptions): Promise<SourceDocument> {
  return readDocument(await readDocumentBytes(path, options), basename(path), options);
}
