// Rebuilds the index from the meetings sync has stored: no network, the same files always give the same index.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Meeting } from "../../domain/index.ts";
import { sha256 } from "../../search/manifest.ts";
import { type IndexInput, type SkippedInput, writeIndex } from "../../search/write-index.ts";
import { readSite, readStoredMeetings } from "./meeting-store.ts";
import type { SyncSource } from "./sync-sources.ts";

export interface SyncedIndexReport {
  documents: number;
  items: number;
  votes: number;
  /** Stored meetings the reader refused, by file name, with its reason. */
  skipped: { name: string; reason: string }[];
}

/** Reads one stored meeting into a Meeting (the FirstAgenda reader with the site's municipality and address). */
export type StoredMeetingReader = (bytes: Buffer, name: string, site: SyncSource) => Promise<Meeting>;

export async function buildSyncedIndex(
  siteDirs: readonly string[],
  indexDir: string,
  read: StoredMeetingReader = readStoredMeeting,
): Promise<SyncedIndexReport> {
  const inputs: IndexInput[] = [];
  const skipped: SkippedInput[] = [];
  for (const dir of siteDirs) {
    const site = await readSite(dir);
    for (const stored of (await readStoredMeetings(dir)).values()) {
      const name = basename(stored.path);
      const hash = sha256(stored.bytes);
      try {
        inputs.push({ name, sha256: hash, bytes: stored.bytes.length, meeting: await read(stored.bytes, name, site) });
      } catch (error) {
        skipped.push({ name, sha256: hash, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const manifest = await writeIndex(inputs, skipped, indexDir);
  return {
    documents: manifest.counts.documents,
    items: manifest.counts.items,
    votes: manifest.counts.votes,
    skipped: manifest.skipped.map(({ name, reason }) => ({ name, reason })),
  };
}

async function readStoredMeeting(_bytes: Buffer, name: string): Promise<Meeting> {
  void readFile;
  throw new Error(`${name}: no FirstAgenda reader yet (branch ingest)`);
}
