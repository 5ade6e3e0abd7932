// One sync run: bring every source's stored meetings up to date, then rebuild the index from everything stored.
import { createPoliteClient, type PoliteClientOptions } from "../../sources/polite-client.ts";
import { buildSyncedIndex, type SyncedIndexReport } from "./index-synced.ts";
import { type SyncReport, syncMeetings } from "./sync-meetings.ts";
import type { SyncSource } from "./sync-sources.ts";

export interface SyncAndIndexOptions {
  sources: readonly SyncSource[];
  dataDir: string;
  indexDir: string;
  /** Overrides of the polite client's defaults. */
  client?: Partial<PoliteClientOptions>;
  onProgress?: (done: number, total: number, label: string) => void;
  onBadStoredFile?: (path: string, reason: string) => void;
}

export interface SyncOutcome {
  sync: SyncReport;
  /** Null when the index could not be rebuilt (see indexError); the previous index is left as it was. */
  index: SyncedIndexReport | null;
  indexError: string | null;
  milliseconds: number;
}

export async function syncAndIndex(options: SyncAndIndexOptions): Promise<SyncOutcome> {
  const started = performance.now();
  const client = createPoliteClient(options.client);
  const sync = await syncMeetings({
    sources: options.sources,
    dataDir: options.dataDir,
    client,
    onProgress: options.onProgress,
    onBadStoredFile: options.onBadStoredFile,
  });
  let index: SyncedIndexReport | null = null;
  let indexError: string | null = null;
  try {
    index = await buildSyncedIndex(sync.siteDirs, options.indexDir);
  } catch (error) {
    indexError = error instanceof Error ? error.message : String(error);
  }
  return { sync, index, indexError, milliseconds: Math.round(performance.now() - started) };
}
