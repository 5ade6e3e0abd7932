// Builds an index directory from minutes files and folders: parse each, skip the malformed, write the index.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { INDEX_FILES, sha256 } from "./manifest.ts";
import { compare, type IndexInput, type SkippedInput, writeIndex } from "./write-index.ts";

/** The extensions read when a folder is given (a file named explicitly is always tried). */
export const MINUTES_EXTENSIONS: readonly string[] = [".txt", ".md", ".pdf"];

export interface BuildOptions {
  outDir: string;
  /** Called after each input is parsed (or skipped). */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface BuildReport {
  outDir: string;
  documents: number;
  items: number;
  votes: number;
  upcoming: number;
  /** Inputs left out, with the reason (the parser's, or why the file could not be read). */
  skipped: { name: string; reason: string }[];
  /** Bytes of the index files written. */
  bytes: number;
  milliseconds: number;
}

export async function buildIndex(inputs: string[], options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const skipped: SkippedInput[] = [];
  const files = await expandInputs(inputs, skipped);
  // Imported here, not at the top: the parser loads pdfjs-dist, whose legacy build replaces JSON.parse and
  // JSON.stringify with slow core-js polyfills for the whole process. Loading an index must not pay for that.
  const { parseFile } = await import("../parse/index.ts");
  const parsed: IndexInput[] = [];
  const seen = new Map<string, string>();
  let done = 0;
  for (const path of files) {
    const name = basename(path);
    const bytes = await readFile(path).catch(() => null);
    if (bytes === null) {
      skipped.push({ name, sha256: sha256(""), reason: "cannot be read" });
    } else {
      const hash = sha256(bytes);
      const earlier = seen.get(name);
      if (earlier === hash) {
        // The same document given twice (e.g. a file and its folder): index it once.
      } else if (earlier !== undefined) {
        skipped.push({ name, sha256: hash, reason: "another input has the same file name" });
      } else {
        seen.set(name, hash);
        try {
          parsed.push({ name, sha256: hash, bytes: bytes.length, meeting: await parseFile(path) });
        } catch (error) {
          skipped.push({ name, sha256: hash, reason: reasonOf(error) });
        }
      }
    }
    options.onProgress?.(++done, files.length, name);
  }
  const manifest = await writeIndex(parsed, skipped, options.outDir);
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

/** Files named, and minutes files inside folders named (recursively), sorted by file name then path. */
async function expandInputs(inputs: readonly string[], skipped: SkippedInput[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      skipped.push({ name: basename(input), sha256: sha256(""), reason: "no such file or folder" });
    } else if (info.isDirectory()) {
      for (const file of await listMinutes(input)) files.add(file);
    } else {
      files.add(input);
    }
  }
  return [...files].sort((a, b) => compare(basename(a), basename(b)) || compare(a, b));
}

async function listMinutes(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listMinutes(path)));
    else if (
      entry.isFile() &&
      MINUTES_EXTENSIONS.includes(extname(entry.name).toLowerCase()) &&
      !Object.values(INDEX_FILES).includes(entry.name as never)
    ) {
      found.push(path);
    }
  }
  return found;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && "reason" in error && typeof error.reason === "string") return error.reason;
  return `the parser failed: ${error instanceof Error ? error.message : String(error)}`;
}
