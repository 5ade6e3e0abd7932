// Rebuilds the index from the meetings sync has stored: no network, the same files always give the same index.

import { basename } from "node:path";
import type { Meeting } from "../../domain/index.ts";
import { beforeIndexRun } from "../../follow/after-index.ts";
import { assembleMeeting } from "../../parse/assemble.ts";
import { ParseError } from "../../parse/parse-error.ts";
import { type IndexInput, type SkippedInput, writeIndex } from "../../search/index.ts";
import { readFirstAgendaJson } from "../../sources/firstagenda/index.ts";
import { oneDocumentPerMeeting } from "../build-index.ts";
import { SourceDocumentSchema } from "../document.ts";
import { fileRef, sha256Hex } from "../source-ref.ts";
import { readSite, readStoredMeetings } from "./meeting-store.ts";
import type { SyncSource } from "./sync-sources.ts";

export interface SyncedIndexReport {
  documents: number;
  items: number;
  votes: number;
  /** Stored meetings the reader refused, by file name, with its reason. */
  skipped: { name: string; reason: string }[];
}

/**
 * Reads one stored meeting with the FirstAgenda reader, telling it what sync knows: the municipality from
 * sources.json, the meeting's id, and the site, so items link to `<site>/vis?id=<meeting id>&punktid=<item id>`.
 */
export function readStoredMeeting(bytes: Uint8Array, id: string, site: SyncSource): Meeting {
  const file = `${id}.json`;
  const ref = fileRef(file, bytes, { system: site.system, municipality: site.municipality, documentId: id });
  const doc = readFirstAgendaJson(bytes, ref, { siteUrl: site.url });
  const checked = SourceDocumentSchema.safeParse(doc);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ParseError(
      file,
      `the FirstAgenda reader gave no valid document (${issue?.path.join(".")}: ${issue?.message})`,
    );
  }
  return assembleMeeting(checked.data);
}

export async function buildSyncedIndex(siteDirs: readonly string[], indexDir: string): Promise<SyncedIndexReport> {
  const inputs: IndexInput[] = [];
  const skipped: SkippedInput[] = [];
  for (const dir of siteDirs) {
    const site = await readSite(dir);
    for (const stored of (await readStoredMeetings(dir)).values()) {
      const name = basename(stored.path);
      const hash = sha256Hex(stored.bytes);
      try {
        const meeting = readStoredMeeting(stored.bytes, stored.id, site);
        inputs.push({ name, sha256: hash, bytes: stored.bytes.length, meeting });
      } catch (error) {
        const reason = error instanceof Error && "reason" in error ? String(error.reason) : String(error);
        skipped.push({ name, sha256: hash, reason });
      }
    }
  }
  const { kept, duplicates } = oneDocumentPerMeeting(inputs);
  // Following: alerts for the meetings this run adds or changes (nothing when nobody follows anything).
  const follow = await beforeIndexRun(indexDir);
  const manifest = await writeIndex(kept, [...skipped, ...duplicates], indexDir);
  if (follow && manifest.counts.documents > 0) await follow.queue();
  return {
    documents: manifest.counts.documents,
    items: manifest.counts.items,
    votes: manifest.counts.votes,
    skipped: manifest.skipped.map(({ name, reason }) => ({ name, reason })),
  };
}
