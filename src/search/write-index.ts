// Writes an index directory from parsed meetings: meetings, texts, three inverted indexes, then the manifest.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Meeting, MeetingSchema } from "../domain/index.ts";
import { buildVoteRecords, encodeVoteRecords, VOTE_RECORDS_FILE } from "../records/vote-records.ts";
import { buildInvertedIndex } from "./build-inverted-index.ts";
import { currentVersions, INDEX_FILES, type Manifest, sha256, sha256File } from "./manifest.ts";
import { ITEM_FIELDS, UPCOMING_FIELDS, VOTE_FIELDS } from "./ranking.ts";
import { itemDocuments, upcomingDocuments, voteDocuments } from "./search-documents.ts";
import { TextStoreWriter } from "./text-store.ts";

/** One parsed input document. */
export interface IndexInput {
  /** File name (no directories: the index must not depend on where the minutes lay). */
  name: string;
  sha256: string;
  bytes: number;
  meeting: Meeting;
}

export interface SkippedInput {
  name: string;
  sha256: string;
  reason: string;
}

/**
 * Writes the index into `outDir` and returns its manifest. The same inputs give the same bytes: inputs are sorted
 * by name, meetings are re-read through the schema (fixed key order), and nothing records time or place.
 * Each file is written beside its final name; all are renamed into place once all are written, the manifest last,
 * so a failed build never leaves a manifest pointing at half-written files.
 */
export async function writeIndex(
  inputs: readonly IndexInput[],
  skipped: readonly SkippedInput[],
  outDir: string,
): Promise<Manifest> {
  const sorted = [...inputs].sort((a, b) => compare(a.name, b.name));
  const meetings = sorted.map((input) => MeetingSchema.parse(input.meeting));
  const ids = new Set<string>();
  for (const [i, m] of meetings.entries()) {
    if (ids.has(m.id))
      throw new Error(`writeIndex: meeting ${m.id} given twice (${sorted[i]?.name}); keep one per meeting`);
    ids.add(m.id);
  }
  await mkdir(outDir, { recursive: true });
  // Each file is built, hashed and written before the next one is built, so one file's bytes are in memory at a time
  // (all six together were several times the largest document). Files are listed in the manifest in this order.
  const files: Manifest["files"] = {};
  const write = async (name: string, parts: readonly Uint8Array[]): Promise<void> => {
    files[name] = { bytes: parts.reduce((n, p) => n + p.length, 0), sha256: sha256(parts) };
    await writeFile(partial(join(outDir, name)), parts);
  };
  const termCount = (bytes: Uint8Array): number => new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  // The long texts go to their file as the meetings are written out, not into memory first.
  const textsPath = partial(join(outDir, INDEX_FILES.texts));
  const texts = new TextStoreWriter(textsPath, sum(meetings.map(textCount)));
  let lines: string[];
  try {
    lines = meetings.map((meeting) => JSON.stringify(withTextIds(meeting, texts)));
  } catch (error) {
    texts.close();
    throw error;
  }
  const textBytes = texts.finish();
  await write(INDEX_FILES.meetings, [new TextEncoder().encode(`[\n${lines.join(",\n")}\n]\n`)]);
  lines.length = 0;
  files[INDEX_FILES.texts] = { bytes: textBytes, sha256: sha256File(textsPath) };
  const terms = { items: 0, votes: 0, upcoming: 0 };
  for (const [kind, name, documents, fields] of [
    ["items", INDEX_FILES.items, () => itemDocuments(meetings), ITEM_FIELDS],
    ["votes", INDEX_FILES.votes, () => voteDocuments(meetings), VOTE_FIELDS],
    ["upcoming", INDEX_FILES.upcoming, () => upcomingDocuments(meetings), UPCOMING_FIELDS],
  ] as const) {
    const bytes = buildInvertedIndex(documents(), fields);
    terms[kind] = termCount(bytes);
    await write(name, [bytes]);
  }
  await write(VOTE_RECORDS_FILE, [encodeVoteRecords(buildVoteRecords(meetings))]);
  const manifest: Manifest = {
    ...currentVersions(),
    inputs: sorted.map((input, i) => ({
      name: input.name,
      meeting: meetings[i]?.id ?? "",
      sha256: input.sha256,
      bytes: input.bytes,
      items: meetings[i]?.items.length ?? 0,
      votes: meetings[i]?.votes.length ?? 0,
    })),
    skipped: [...skipped].sort((a, b) => compare(a.name, b.name)).map((s) => ({ ...s })),
    counts: {
      documents: meetings.length,
      items: sum(meetings.map((m) => m.items.length)),
      decisions: sum(meetings.map((m) => sum(m.items.map((item) => item.decisions.length)))),
      votes: sum(meetings.map((m) => m.votes.length)),
      upcoming: sum(meetings.map((m) => m.upcoming.length)),
      terms,
    },
    files,
  };
  for (const name of Object.keys(files)) await rename(partial(join(outDir, name)), join(outDir, name));
  await writeAtomically(join(outDir, INDEX_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** How many texts withTextIds puts in the store for a meeting. */
function textCount(meeting: Meeting): number {
  return sum(meeting.items.map((item) => 1 + (item.recommendation === null ? 0 : 1) + item.decisions.length));
}

/** The meeting as stored: long texts replaced by their number in the text store (see text-store.ts). */
function withTextIds(meeting: Meeting, texts: TextStoreWriter): unknown {
  return {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      text: texts.add(item.text),
      recommendation: item.recommendation === null ? null : texts.add(item.recommendation),
      decisions: item.decisions.map((decision) => ({ ...decision, text: texts.add(decision.text) })),
    })),
  };
}

/** Where a file is written before it is renamed into place. */
const partial = (path: string): string => `${path}.partial`;

async function writeAtomically(path: string, data: string): Promise<void> {
  await writeFile(partial(path), data);
  await rename(partial(path), path);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
