// Builds an index directory from documents: list the files and folders given, read and parse each with the
// reader the table picks, keep one document per meeting, and hand the meetings to the index writer.
import { basename } from "node:path";
import type { Meeting } from "../domain/index.ts";
import { assembleMeeting } from "../parse/assemble.ts";
import { compare, INDEX_FILES, type IndexInput, type SkippedInput, SOURCES_FILE, writeIndex } from "../search/index.ts";
import type { SourceDocument } from "./document.ts";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "./document-limits.ts";
import { listDocuments } from "./list-files.ts";
import { type ReadOptions, readDocument, readDocumentBytes } from "./read-document.ts";
import { readableExtensions } from "./readers.ts";
import { sha256Hex } from "./source-ref.ts";

export interface BuildOptions {
  outDir: string;
  /** Files larger than this are refused by name, unread (default 50 MB). */
  maxDocumentBytes?: number;
  /** Documents of more lines than this are refused by name before they are parsed (default 100,000). */
  maxDocumentLines?: number;
  /** Told of every fault a reader recovered from, by file (the document is indexed all the same). */
  onWarning?: (file: string, warning: string) => void;
  /** Called after each input is parsed (or skipped). */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface BuildReport {
  outDir: string;
  documents: number;
  items: number;
  votes: number;
  upcoming: number;
  /** Inputs left out, with the reason (the reader's or parser's, or why a file or folder could not be read). */
  skipped: { name: string; reason: string }[];
  /** Bytes of the index files written. */
  bytes: number;
  milliseconds: number;
}

export async function buildIndex(inputs: string[], options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const listing = await listDocuments(inputs, {
    extensions: readableExtensions(),
    ignore: [...Object.values(INDEX_FILES), SOURCES_FILE],
  });
  const skipped: SkippedInput[] = listing.problems.map((p) => ({ ...p, sha256: sha256Hex("") }));
  const parsed: IndexInput[] = [];
  const names = new Map<string, string>();
  let done = 0;
  for (const path of listing.files) {
    const name = basename(path);
    const read = {
      maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
      ...(options.maxDocumentLines !== undefined ? { maxDocumentLines: options.maxDocumentLines } : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    };
    const input = await readInput(path, name, read, names);
    if ("skip" in input) {
      skipped.push(input.skip);
    } else if ("doc" in input) {
      // The grammar runs on the document alone: the file's bytes went out of reach with readInput's frame.
      try {
        parsed.push({ name, sha256: input.hash, bytes: input.size, meeting: assembleMeeting(input.doc) });
      } catch (error) {
        skipped.push({ name, sha256: input.hash, reason: reasonOf(error) });
      }
    }
    options.onProgress?.(++done, listing.files.length, name);
  }
  const { kept, duplicates } = oneDocumentPerMeeting(parsed);
  const manifest = await writeIndex(kept, [...skipped, ...duplicates], options.outDir);
  const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
  return {
    outDir: options.outDir,
    documents: manifest.counts.documents,
    items: manifest.counts.items,
    votes: manifest.counts.votes,
    upcoming: manifest.counts.upcoming,
    skipped: manifest.skipped.map(({ name, reason }) => ({ name, reason })),
    bytes: bytes + Buffer.byteLength(JSON.stringify(manifest, null, 2)) + 1,
    milliseconds: Math.round(performance.now() - started),
  };
}

/**
 * One file read into a document, or why it is skipped, or nothing for a copy already read (the same bytes under the
 * same name). The bytes live only in this frame, so they are let go before the grammar runs on the document.
 */
async function readInput(
  path: string,
  name: string,
  read: ReadOptions,
  names: Map<string, string>,
): Promise<{ skip: SkippedInput } | { copy: true } | { doc: SourceDocument; hash: string; size: number }> {
  const bytes = await readDocumentBytes(path, read).catch((error: unknown) => error as Error);
  if (bytes instanceof Error) return { skip: { name, sha256: sha256Hex(""), reason: reasonOf(bytes) } };
  const hash = sha256Hex(bytes);
  const earlier = names.get(name);
  // The same document twice (a copy in another folder): index it once.
  if (earlier === hash) return { copy: true };
  if (earlier !== undefined) return { skip: { name, sha256: hash, reason: "another input has the same file name" } };
  names.set(name, hash);
  try {
    return { doc: await readDocument(bytes, name, read), hash, size: bytes.length };
  } catch (error) {
    return { skip: { name, sha256: hash, reason: reasonOf(error) } };
  }
}

/**
 * The same meeting under several file names, encodings or formats is indexed once. Which copy stays: minutes over
 * an agenda of the same meeting, a publishing system's document over a plain file (it has item ids and links),
 * then the one with more items, then the first by name. The others are listed as skipped, naming the one kept.
 */
export function oneDocumentPerMeeting(inputs: readonly IndexInput[]): {
  kept: IndexInput[];
  duplicates: SkippedInput[];
} {
  const rank = (m: Meeting) => [
    m.documentType === "referat" ? 0 : 1,
    m.sourceRef.system === "file" ? 1 : 0,
    -m.items.length,
  ];
  const better = (a: IndexInput, b: IndexInput): number => {
    const ra = rank(a.meeting);
    const rb = rank(b.meeting);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return compare(a.name, b.name);
  };
  const byId = new Map<string, IndexInput[]>();
  for (const input of inputs) byId.set(input.meeting.id, [...(byId.get(input.meeting.id) ?? []), input]);
  const kept: IndexInput[] = [];
  const duplicates: SkippedInput[] = [];
  for (const [id, group] of byId) {
    const [first, ...rest] = [...group].sort(better);
    if (!first) continue;
    kept.push(first);
    for (const other of rest)
      duplicates.push({
        name: other.name,
        sha256: other.sha256,
        reason: `the same meeting as ${first.name} (${id}), indexed once`,
      });
  }
  return { kept, duplicates };
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && "reason" in error && typeof error.reason === "string") return error.reason;
  return `the parser failed: ${error instanceof Error ? error.message : String(error)}`;
}
