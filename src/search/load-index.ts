// Loads a built index directory: checks manifest, versions and file hashes, then opens the three indexes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Meeting } from "../domain/index.ts";
import { loadVoteRecords, VOTE_RECORDS_FILE, type VoteRecords } from "../records/vote-records.ts";
import { IndexError } from "./index-error.ts";
import { InvertedIndex } from "./inverted-index.ts";
import { currentVersions, INDEX_FILES, type Manifest, ManifestSchema, sha256 } from "./manifest.ts";
import { SOURCES_FILE, type SourceMap, SourceMapSchema } from "./sources.ts";
import { TextStore } from "./text-store.ts";

/**
 * An agenda item by position: meeting index into LoadedIndex.meetings, and item number. Positions hold for one loaded
 * index; the stable form is the domain's ItemRef {meeting: Meeting.id, number} (see item-ref.ts).
 */
export interface ItemRef {
  meeting: number;
  item: number;
}

export interface ItemHit extends ItemRef {
  score: number;
  /** The analysed query terms that matched. */
  terms: string[];
}

export interface VoteHit {
  meeting: number;
  /** Index into meetings[meeting].votes. */
  vote: number;
  score: number;
}

export interface UpcomingHit {
  meeting: number;
  /** Index into meetings[meeting].upcoming. */
  row: number;
  score: number;
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Keeps only the items for which this returns true. */
  filter?: (ref: ItemRef) => boolean;
  /** true: typo-tolerant for every term; false: never; default: only for terms that match nothing otherwise. */
  fuzzy?: boolean;
}

export interface LoadedIndex {
  dir: string;
  manifest: Manifest;
  /** In manifest order: meetings[i] came from manifest.inputs[i]. */
  meetings: Meeting[];
  /** sources.json of the index directory ({} when absent). */
  sources: SourceMap;
  /** Items by title, recommendation, case text, decision and vote texts. */
  searchItems(query: string, options?: SearchOptions): ItemHit[];
  searchVotes(query: string, options?: { limit?: number; filter?: (ref: ItemRef) => boolean }): VoteHit[];
  searchUpcoming(query: string, options?: { limit?: number }): UpcomingHit[];
  /** Number of agenda items in the index. (Optional so hand-made test indexes need not provide it.) */
  itemCount?: number;
  /** The vote records table (null for an index written before it existed). (Optional for hand-made indexes.) */
  records?: VoteRecords | null;
  /** How many items hold an analysed term (see analyze), whole or as a compound part; 0 when none. */
  documentFrequency?(term: string): number;
}

/** Opens the index in `dir`; throws IndexError when it is missing, stale or corrupt. */
export async function loadIndex(dir: string): Promise<LoadedIndex> {
  const manifest = await readManifest(dir);
  const files = new Map<string, Buffer>();
  for (const name of Object.values(INDEX_FILES)) {
    if (name === INDEX_FILES.manifest) continue;
    const expected = manifest.files[name];
    if (!expected) throw new IndexError(dir, `manifest.json lists no ${name}`);
    const bytes = await readFile(join(dir, name)).catch(() => null);
    if (!bytes) throw new IndexError(dir, `${name} is missing`);
    // Hashing every file costs about a fifth of the load time at 100k items (hashing on the thread pool
    // while parsing was slower on two cores); it is what tells a changed or truncated file from a good one.
    if (bytes.length !== expected.bytes || sha256(bytes) !== expected.sha256) {
      throw new IndexError(dir, `${name} is corrupt (its size or hash differs from manifest.json)`);
    }
    files.set(name, bytes);
  }
  const open = <T>(name: string, make: (bytes: Buffer) => T): T => {
    try {
      return make(files.get(name) as Buffer);
    } catch (error) {
      throw new IndexError(dir, `${name} is corrupt (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  const texts = open(INDEX_FILES.texts, (bytes) => new TextStore(bytes));
  const meetings = open(INDEX_FILES.meetings, (bytes) => readMeetings(bytes, texts));
  const ids = new Set(manifest.inputs.map((input) => input.meeting));
  if (ids.size !== manifest.inputs.length) throw new IndexError(dir, "manifest.json lists a meeting id twice");
  if (meetings.some((m, i) => m.id !== manifest.inputs[i]?.meeting)) {
    throw new IndexError(dir, "meetings.json and manifest.json disagree on the meetings' ids");
  }
  if (meetings.length !== manifest.inputs.length) {
    throw new IndexError(
      dir,
      `meetings.json holds ${meetings.length} meetings, manifest.json ${manifest.inputs.length}`,
    );
  }
  const items = open(INDEX_FILES.items, (bytes) => new InvertedIndex(bytes));
  const votes = open(INDEX_FILES.votes, (bytes) => new InvertedIndex(bytes));
  const upcoming = open(INDEX_FILES.upcoming, (bytes) => new InvertedIndex(bytes));
  const sources = await readSources(dir);
  const records = await loadVoteRecords(dir, manifest.files[VOTE_RECORDS_FILE], sha256).catch((error: Error) => {
    throw new IndexError(dir, error.message);
  });
  meetings.forEach((meeting, i) => {
    const override = sources[manifest.inputs[i]?.name ?? meeting.source]?.municipality;
    if (override) meeting.municipality = override;
  });

  return {
    dir,
    manifest,
    meetings,
    sources,
    records,
    searchItems(query, options = {}) {
      const { filter } = options;
      return items
        .search(query, {
          limit: options.limit ?? 20,
          fuzzy: options.fuzzy,
          filter: filter ? (meeting, item) => filter({ meeting, item }) : undefined,
        })
        .map((hit) => ({ meeting: hit.meeting, item: hit.key, score: hit.score, terms: hit.terms }));
    },
    searchVotes(query, options = {}) {
      const { filter } = options;
      return votes
        .search(query, {
          limit: options.limit ?? 20,
          filter: filter
            ? (meeting, vote) => filter({ meeting, item: meetings[meeting]?.votes[vote]?.item ?? 0 })
            : undefined,
        })
        .map((hit) => ({ meeting: hit.meeting, vote: hit.key, score: hit.score }));
    },
    itemCount: items.documentCount,
    documentFrequency: (term) => items.documentFrequency(term),
    searchUpcoming(query, options = {}) {
      return upcoming
        .search(query, { limit: options.limit ?? 20 })
        .map((hit) => ({ meeting: hit.meeting, row: hit.key, score: hit.score }));
    },
  };
}

async function readManifest(dir: string): Promise<Manifest> {
  const text = await readFile(join(dir, INDEX_FILES.manifest), "utf8").catch(() => null);
  if (text === null) throw new IndexError(dir, "no manifest.json (the index has not been built)");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new IndexError(dir, "manifest.json is not valid JSON");
  }
  const versions = currentVersions();
  const found = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  for (const key of ["schemaVersion", "analysisVersion", "formatVersion", "meetingSchema"] as const) {
    if (found[key] !== versions[key]) {
      const what =
        key === "meetingSchema" ? "another Meeting schema" : `${key} ${String(found[key])}, expected ${versions[key]}`;
      throw new IndexError(dir, `the index is stale (built with ${what})`);
    }
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IndexError(dir, `manifest.json is invalid (${issue?.path.join(".") || "root"}: ${issue?.message})`);
  }
  return parsed.data;
}

/** Meetings as stored, with each long text a getter that decodes it from the text store when read. */
function readMeetings(bytes: Uint8Array, texts: TextStore): Meeting[] {
  const meetings = JSON.parse(new TextDecoder().decode(bytes)) as Meeting[];
  if (!Array.isArray(meetings)) throw new Error("not a list of meetings");
  const item = lazyText(texts, "text");
  const recommendation = lazyText(texts, "recommendation");
  for (const meeting of meetings) {
    for (const agendaItem of meeting.items) {
      item(agendaItem);
      if (agendaItem.recommendation !== null) recommendation(agendaItem);
      for (const decision of agendaItem.decisions) item(decision);
    }
  }
  return meetings;
}

/**
 * Turns `target[key]`, stored as a text number, into an own enumerable getter (so spreading and JSON.stringify see
 * the text like a plain property). The number moves to a symbol-keyed property, and every object shares one
 * descriptor: no closure per text, which at 100k items cost more load time than the JSON itself.
 */
function lazyText(texts: TextStore, key: string): (target: object) => void {
  const id = Symbol(key);
  const descriptor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: Record<symbol, number>) {
      return texts.get(this[id] as number);
    },
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
    },
  };
  return (target) => {
    const stored = (target as Record<string, unknown>)[key];
    if (typeof stored !== "number" || !(stored >= 0 && stored < texts.size)) {
      throw new Error(`a ${key} points at no stored text`);
    }
    Object.defineProperty(target, id, { value: stored, enumerable: false });
    Object.defineProperty(target, key, descriptor);
  };
}

async function readSources(dir: string): Promise<SourceMap> {
  const text = await readFile(join(dir, SOURCES_FILE), "utf8").catch(() => null);
  if (text === null) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new IndexError(dir, `${SOURCES_FILE} is not valid JSON (fix or remove it)`);
  }
  const parsed = SourceMapSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IndexError(
      dir,
      `${SOURCES_FILE} is invalid (${issue?.path.join(".") || "root"}: ${issue?.message}; fix or remove it)`,
    );
  }
  return parsed.data;
}
