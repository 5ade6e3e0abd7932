// Keeps the stored meetings of each source current: lists a site's meetings and fetches those not yet held as
// finished minutes. A finished meeting is never fetched again; an agenda is fetched again until its minutes are out.
import { firstAgendaSite, type ListedMeeting } from "../../sources/firstagenda/api.ts";
import type { PoliteClient } from "../../sources/polite-client.ts";
import { readStoredMeetings, type StoredMeeting, storeMeeting, writeSite } from "./meeting-store.ts";
import type { SyncSource } from "./sync-sources.ts";

/** Why a listed meeting is fetched, or that it is not. */
export type FetchDecision = "new" | "agenda" | "finished";

/**
 * What to do with a listed meeting, from what is stored: nothing stored → fetch (new); stored as an agenda →
 * fetch again (its minutes may be out); stored as finished minutes → never fetched again. The list's date does
 * not decide: a meeting in the past may still have no minutes.
 */
export function decideFetch(stored: StoredMeeting | undefined): FetchDecision {
  if (!stored) return "new";
  return stored.finished ? "finished" : "agenda";
}

export interface MeetingCounts {
  /** Fetched for the first time and stored. */
  new: number;
  /** Stored as an agenda, fetched again, and changed (e.g. its minutes are out). */
  updated: number;
  /** Finished minutes already stored (not fetched), or fetched again unchanged. */
  unchanged: number;
  /** Could not be fetched or read this run; fetched again on the next. */
  failed: number;
}

export interface SyncFailure {
  municipality: string;
  /** The meeting's id, or null when the whole site failed (its committee list could not be read). */
  meeting: string | null;
  reason: string;
}

export interface SyncReport {
  meetings: MeetingCounts;
  failures: SyncFailure[];
  /** The site folders synced (each holds source.json and the meetings). */
  siteDirs: string[];
  /** Meeting ids fetched this run, in the order they were stored. */
  fetched: string[];
}

export interface SyncOptions {
  sources: readonly SyncSource[];
  dataDir: string;
  client: PoliteClient;
  /** Called once the meetings to fetch are known (done 0) and after each fetch. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Called for a stored file that cannot be read (it is fetched again). */
  onBadStoredFile?: (path: string, reason: string) => void;
}

export async function syncMeetings(options: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = {
    meetings: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    failures: [],
    siteDirs: [],
    fetched: [],
  };
  // First every site's list and store, so the progress bar knows the whole amount of work.
  const work: { source: SyncSource; dir: string; meeting: ListedMeeting; stored: StoredMeeting | undefined }[] = [];
  const sites = new Map<SyncSource, ReturnType<typeof firstAgendaSite>>();
  for (const source of options.sources) {
    const dir = await writeSite(options.dataDir, source);
    report.siteDirs.push(dir);
    const site = firstAgendaSite(options.client, source.url);
    sites.set(source, site);
    let listed: ListedMeeting[];
    try {
      listed = await site.listMeetings();
    } catch (error) {
      report.failures.push({ municipality: source.municipality, meeting: null, reason: reasonOf(error) });
      continue;
    }
    const stored = await readStoredMeetings(dir, options.onBadStoredFile);
    for (const meeting of listed) {
      const held = stored.get(meeting.id);
      if (decideFetch(held) === "finished") report.meetings.unchanged += 1;
      else work.push({ source, dir, meeting, stored: held });
    }
  }
  let done = 0;
  options.onProgress?.(0, work.length, "");
  await Promise.all(
    work.map(async ({ source, dir, meeting, stored }) => {
      const site = sites.get(source);
      try {
        if (!site) throw new Error("no site");
        const fetched = await site.fetchMeeting(meeting.id);
        if (stored?.bytes.equals(fetched.bytes)) {
          report.meetings.unchanged += 1;
        } else {
          await storeMeeting(dir, meeting.id, fetched.bytes);
          report.fetched.push(meeting.id);
          if (stored) report.meetings.updated += 1;
          else report.meetings.new += 1;
        }
      } catch (error) {
        report.meetings.failed += 1;
        report.failures.push({ municipality: source.municipality, meeting: meeting.id, reason: reasonOf(error) });
      }
      options.onProgress?.(++done, work.length, `${source.municipality} ${meeting.committee} ${meeting.date}`);
    }),
  );
  report.failures.sort(
    (a, b) => a.municipality.localeCompare(b.municipality) || (a.meeting ?? "").localeCompare(b.meeting ?? ""),
  );
  return report;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
