// Vote records across meetings: a flat table built at index time (one row per party or member position in each
// recorded vote, plus one row per member absent from a meeting or from some of its items), so that record questions ("how has Ø voted on
// budgets since 2022?") need no scan of every meeting. A vote quoted again in later minutes (a council decision
// repeated under an item's Sagsforløb in committee minutes) is one vote, cited where it was first recorded.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { sameName as sameMember } from "../answer/positions.ts";
import { caseKey } from "../domain/case-number.ts";
import {
  absentFromMeeting,
  IsoDateSchema,
  itemsByNumber,
  type Meeting,
  OutcomeSchema,
  PartyLetterSchema,
  POSITIONS,
  PositionSchema,
  type Vote,
  VoteCountsSchema,
  type VoteEntry,
} from "../domain/index.ts";
import { foldPhrase } from "../search/index.ts";

/** The file in the index directory. */
export const VOTE_RECORDS_FILE = "vote-records.json";
/** Bumped when the file's layout changes. */
export const VOTE_RECORDS_VERSION = 2;

/** One recorded vote, once however many minutes quote it. */
export const RecordedVoteSchema = z
  .object({
    /** Position in `votes`: what the position rows point at. */
    id: z.number().int().nonnegative(),
    /** The meeting (index order) whose minutes are cited for the vote. */
    meeting: z.number().int().nonnegative(),
    municipality: z.string().nullable(),
    /** The committee whose minutes hold it. */
    committee: z.string().min(1),
    /** The body that voted. */
    body: z.string().min(1),
    date: IsoDateSchema,
    item: z.number().int().positive(),
    title: z.string(),
    caseNumber: z.string().nullable(),
    motion: z.string(),
    outcome: OutcomeSchema,
    /** Totals, when the minutes state numbers. */
    counts: VoteCountsSchema.nullable(),
    /** More than one position was taken (someone voted against or abstained). */
    split: z.boolean(),
    /** The sentences of the minutes the vote was read from, verbatim. */
    evidence: z.string(),
    /** Other meetings (index order) whose minutes quote the same vote again. */
    quotedIn: z.array(z.number().int().nonnegative()),
  })
  .strict();
export type RecordedVote = z.infer<typeof RecordedVoteSchema>;

/** One party's or member's position in a vote: the flat table's row. */
export const VoteRecordSchema = z
  .object({
    vote: z.number().int().nonnegative(),
    /** The member; null for a party-level entry ("C(9)"). */
    name: z.string().min(1).nullable(),
    /** The party letter, from the entry or (for a member) from the roster of the same minutes. */
    party: PartyLetterSchema.nullable(),
    /** Seats behind a party-level entry, when written. */
    count: z.number().int().nonnegative().nullable(),
    position: PositionSchema,
  })
  .strict();
export type VoteRecord = z.infer<typeof VoteRecordSchema>;

/** A member absent from a meeting, or from some of its items only. */
export const AbsenceRecordSchema = z
  .object({
    meeting: z.number().int().nonnegative(),
    municipality: z.string().nullable(),
    committee: z.string().min(1),
    date: IsoDateSchema,
    name: z.string().min(1),
    party: PartyLetterSchema.nullable(),
    /** The meeting's items the member missed; null when absent from the whole meeting. */
    items: z.array(z.number().int().positive()).min(1).nullable(),
    /** For an absence from some items, the sentence of the minutes that says so, verbatim; else null. */
    evidence: z.string().min(1).nullable(),
  })
  .strict();
export type AbsenceRecord = z.infer<typeof AbsenceRecordSchema>;

/** A member listed at a meeting (attending or absent): the base for "how often was X absent". */
export const SeatRecordSchema = z
  .object({
    meeting: z.number().int().nonnegative(),
    name: z.string().min(1),
    /** Absent from the whole meeting (an absence from some items only is an `absences` row with items). */
    absent: z.boolean(),
  })
  .strict();
export type SeatRecord = z.infer<typeof SeatRecordSchema>;

export const VoteRecordsFileSchema = z
  .object({
    version: z.literal(VOTE_RECORDS_VERSION),
    votes: z.array(RecordedVoteSchema),
    records: z.array(VoteRecordSchema),
    absences: z.array(AbsenceRecordSchema),
    seats: z.array(SeatRecordSchema),
  })
  .strict();
export type VoteRecordsFile = z.infer<typeof VoteRecordsFileSchema>;

/** The table as loaded: the file's rows, plus each vote's position rows. */
export interface VoteRecords extends VoteRecordsFile {
  /** Position rows of each vote, by vote id. */
  byVote: readonly VoteRecord[][];
}

/** Builds the table from the index's meetings (index order: `meeting` fields are positions in `meetings`). */
export function buildVoteRecords(meetings: readonly Meeting[]): VoteRecordsFile {
  const votes: RecordedVote[] = [];
  const records: VoteRecord[] = [];
  // Keyed without the municipality: minutes whose municipality was not read (null) match any municipality.
  const byKey = new Map<string, { vote: RecordedVote; own: boolean }[]>();
  // Oldest minutes first, so a vote is cited where it was first recorded unless the voting body's own minutes hold it.
  const order = meetings
    .map((_, i) => i)
    .sort((a, b) => compare(meetings[a]?.date ?? "", meetings[b]?.date ?? "") || a - b);
  const pending: { vote: RecordedVote; entries: VoteRecord[] }[] = [];
  for (const m of order) {
    const meeting = meetings[m] as Meeting;
    const items = itemsByNumber(meeting);
    for (const v of meeting.votes) {
      const item = items.get(v.item);
      const entries = entriesOf(v, meeting);
      const key = voteKey(v, item?.caseNumber ?? null, item?.title ?? "", entries);
      const own = bodyKey(v.body) === bodyKey(meeting.committee);
      const same = byKey.get(key) ?? [];
      const seen = same.find(
        (s) =>
          s.vote.municipality === null || meeting.municipality === null || s.vote.municipality === meeting.municipality,
      );
      if (seen) {
        if (own && !seen.own) {
          // The voting body's own minutes: cite them, and count the earlier copy as a quotation.
          seen.vote.quotedIn.push(seen.vote.meeting);
          const municipality = meeting.municipality ?? seen.vote.municipality;
          Object.assign(seen.vote, voteRow(seen.vote.id, m, meeting, v, item), {
            quotedIn: seen.vote.quotedIn,
            municipality,
          });
          seen.own = true;
        } else if (seen.vote.meeting !== m && !seen.vote.quotedIn.includes(m)) {
          seen.vote.quotedIn.push(m);
        }
        continue;
      }
      const vote = voteRow(0, m, meeting, v, item);
      byKey.set(key, [...same, { vote, own }]);
      pending.push({ vote, entries });
    }
  }
  // Ids in a fixed order: by date, meeting, item, then the order of the minutes.
  pending.sort(
    (a, b) => compare(a.vote.date, b.vote.date) || a.vote.meeting - b.vote.meeting || a.vote.item - b.vote.item,
  );
  pending.forEach(({ vote, entries }, id) => {
    vote.id = id;
    vote.quotedIn.sort((x, y) => x - y);
    votes.push(vote);
    for (const e of entries) records.push({ ...e, vote: id });
  });
  const absences: AbsenceRecord[] = [];
  const seats: SeatRecord[] = [];
  meetings.forEach((meeting, m) => {
    const whole = absentFromMeeting(meeting);
    const partial = meeting.partialAbsence ?? [];
    const row = (name: string) => ({
      meeting: m,
      municipality: meeting.municipality,
      committee: meeting.committee,
      date: meeting.date,
      name,
      party: partyOf(name, meeting),
    });
    for (const name of whole) absences.push({ ...row(name), items: null, evidence: null });
    for (const p of partial) {
      // A time and no item ("forlod mødet kl. 18.15"): partly absent, but no item to count; the seat stays listed.
      if (p.items.length === 0) continue;
      absences.push({
        ...row(p.name),
        party: p.party ?? partyOf(p.name, meeting),
        items: [...p.items],
        evidence: p.text,
      });
    }
    const listed = new Set<string>();
    for (const name of [...meeting.participants, ...meeting.absent, ...partial.map((p) => p.name)]) {
      if (listed.has(foldPhrase(name))) continue;
      listed.add(foldPhrase(name));
      seats.push({ meeting: m, name, absent: whole.some((a) => sameMember(a, name)) });
    }
  });
  return { version: VOTE_RECORDS_VERSION, votes, records, absences, seats };
}

/** The file's bytes: one row a line, keys in schema order, so the same meetings give the same bytes. */
export function encodeVoteRecords(file: VoteRecordsFile): Uint8Array {
  const parsed = VoteRecordsFileSchema.parse(file);
  const rows = (name: string, list: readonly unknown[]) =>
    `"${name}": [${list.length ? `\n${list.map((r) => JSON.stringify(r)).join(",\n")}\n` : ""}]`;
  const text = `{"version": ${parsed.version},\n${[
    rows("votes", parsed.votes),
    rows("records", parsed.records),
    rows("absences", parsed.absences),
    rows("seats", parsed.seats),
  ].join(",\n")}\n}\n`;
  return new TextEncoder().encode(text);
}

/** Reads and validates the table; the error names the file and the first bad field. */
export function decodeVoteRecords(bytes: Uint8Array, where: string): VoteRecords {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  const parsed = VoteRecordsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: ${issue?.path.join(".") || "root"}: ${issue?.message}`);
  }
  const file = parsed.data;
  const byVote: VoteRecord[][] = file.votes.map(() => []);
  for (const r of file.records) {
    const list = byVote[r.vote];
    if (!list) throw new Error(`${where}: a record points at vote ${r.vote}, which is not in the table`);
    list.push(r);
  }
  file.votes.forEach((v, i) => {
    if (v.id !== i) throw new Error(`${where}: votes.${i}.id is ${v.id}, expected ${i}`);
  });
  return { ...file, byVote };
}

/** Wraps a freshly built table (for indexes without the file, e.g. built by hand in tests). */
export function voteRecordsOf(file: VoteRecordsFile): VoteRecords {
  return decodeVoteRecords(encodeVoteRecords(file), "vote records");
}

/**
 * Loads the table of an index directory. `expected` is the manifest's entry for the file (size and hash); an
 * index written before the table existed has none, and then the table is null (the engine builds it in memory).
 */
export async function loadVoteRecords(
  dir: string,
  expected: { bytes: number; sha256: string } | undefined,
  hash: (bytes: Uint8Array) => string,
): Promise<VoteRecords | null> {
  if (!expected) return null;
  const path = join(dir, VOTE_RECORDS_FILE);
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) throw new Error(`${path}: missing (the manifest lists it)`);
  if (bytes.length !== expected.bytes || hash(bytes) !== expected.sha256) {
    throw new Error(`${path}: corrupt (its size or hash differs from manifest.json)`);
  }
  return decodeVoteRecords(bytes, path);
}

function voteRow(
  id: number,
  m: number,
  meeting: Meeting,
  v: Vote,
  item: Meeting["items"][number] | undefined,
): RecordedVote {
  const sides = POSITIONS.filter((p) => v[p].length > 0).length;
  return {
    id,
    meeting: m,
    municipality: meeting.municipality,
    committee: meeting.committee,
    body: v.body,
    date: v.date,
    item: v.item,
    title: item?.title ?? "",
    caseNumber: item?.caseNumber ?? null,
    motion: v.motion,
    outcome: v.outcome,
    counts: v.counts,
    split: sides > 1,
    evidence: v.text,
    quotedIn: [],
  };
}

function entriesOf(v: Vote, meeting: Meeting): VoteRecord[] {
  const rows: VoteRecord[] = [];
  for (const position of POSITIONS) {
    for (const e of v[position] as VoteEntry[]) {
      rows.push({
        vote: 0,
        name: e.name,
        party: e.party ?? (e.name ? partyOf(e.name, meeting) : null),
        count: e.count ?? null,
        position,
      });
    }
  }
  return rows;
}

/** A member's party letter as the same minutes give it elsewhere. */
function partyOf(name: string, meeting: Meeting): string | null {
  return meeting.members.find((x) => x.party && sameMember(x.name, name))?.party ?? null;
}

/** Same body, day, case (or title) and the same positions: the same vote (the municipality is compared apart). */
function voteKey(v: Vote, caseNumber: string | null, title: string, entries: readonly VoteRecord[]): string {
  const sides = entries
    .map((e) => `${e.position}:${e.party ?? ""}:${e.name ? foldPhrase(e.name) : ""}`)
    .sort()
    .join(",");
  return [bodyKey(v.body), v.date, caseKey(caseNumber) ?? foldPhrase(title), v.outcome, sides].join("|");
}

/** A body's name without its definite ending: "Byråd" and "Byrådet", "Økonomiudvalg" and "Økonomiudvalget" are one body. */
export function bodyKey(name: string): string {
  return foldPhrase(name).replace(/(udvalg|råd|bestyrelse|repræsentation)(?:et|en)?$/u, "$1");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
