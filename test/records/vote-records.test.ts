import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildVoteRecords,
  decodeVoteRecords,
  encodeVoteRecords,
  VOTE_RECORDS_FILE,
} from "../../src/records/vote-records.ts";
import { IndexError, loadIndex, writeIndex } from "../../src/search/index.ts";
import { RECORD_MEETINGS } from "./record-meetings.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("the vote records table", () => {
  const table = buildVoteRecords(RECORD_MEETINGS);

  it("counts a council vote quoted again in committee minutes once, cited in the council's own minutes", () => {
    const budget = table.votes.filter((v) => v.body === "Byrådet");
    expect(budget).toHaveLength(1);
    expect(budget[0]).toMatchObject({ meeting: 0, item: 7, caseNumber: "24/46085", quotedIn: [1], split: true });
    expect(table.votes).toHaveLength(2);
  });

  it("has one row per party or member position, members' parties filled from the same minutes", () => {
    const school = table.votes.find((v) => v.body === "Økonomiudvalget");
    const rows = table.records.filter((r) => r.vote === school?.id);
    expect(rows.map((r) => [r.name, r.party, r.position])).toEqual([
      ["Bo Berg", "C", "for"],
      ["Dorte Dahl", "C", "for"],
      ["Anne Andersen", "A", "for"],
      ["Carl Cold", "C", "against"],
      ["Mette Mortensen", "Ø", "abstain"],
    ]);
    const council = table.records.filter((r) => r.vote === 0);
    expect(council.map((r) => [r.party, r.count, r.position])).toEqual([
      ["A", 9, "for"],
      ["V", 6, "for"],
      ["Ø", 2, "against"],
    ]);
  });

  it("records absences from whole meetings and from some items (with the sentence), and who each meeting lists", () => {
    const where = { municipality: "Testrup" };
    expect(table.absences).toEqual([
      {
        meeting: 0,
        ...where,
        committee: "Byrådet",
        date: "2024-03-06",
        name: "Mette Mortensen",
        party: "Ø",
        items: null,
        evidence: null,
      },
      {
        meeting: 2,
        ...where,
        committee: "Byrådet",
        date: "2024-05-01",
        name: "Mette Mortensen",
        party: "Ø",
        items: [4, 5, 6],
        evidence: "Fraværende: Mette Mortensen (Ø), punkt 4-6",
      },
      {
        meeting: 3,
        ...where,
        committee: "Økonomiudvalget",
        date: "2024-06-03",
        name: "Bo Berg",
        party: "C",
        items: [1],
        evidence: "Fraværende: Bo Berg",
      },
    ]);
    expect(table.seats.filter((s) => s.name === "Mette Mortensen").map((s) => [s.meeting, s.absent])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
    // Recorded absent, but only from item 1: listed at the meeting, not absent from the whole of it.
    expect(table.seats.filter((s) => s.name === "Bo Berg").map((s) => [s.meeting, s.absent])).toEqual([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
    ]);
  });

  it("gives the same bytes for the same meetings", () => {
    const forward = Buffer.from(encodeVoteRecords(table));
    const again = Buffer.from(encodeVoteRecords(buildVoteRecords(RECORD_MEETINGS)));
    expect(again.equals(forward)).toBe(true);
  });

  it("fails loudly on a bad file, naming the file and the field", () => {
    const good = encodeVoteRecords(table);
    const bad = new TextDecoder().decode(good).replace('"position":"against"', '"position":"sideways"');
    expect(() => decodeVoteRecords(new TextEncoder().encode(bad), "x/vote-records.json")).toThrow(
      /x\/vote-records\.json: records\.\d+\.position/,
    );
    expect(() => decodeVoteRecords(new TextEncoder().encode("{"), "x/vote-records.json")).toThrow(/not valid JSON/);
  });

  it("is written with the index, listed in its manifest, and checked when loaded", async () => {
    const dir = await mkdtemp(join(tmpdir(), "referat-records-"));
    dirs.push(dir);
    const inputs = RECORD_MEETINGS.map((meeting) => ({
      name: meeting.source,
      sha256: "0".repeat(64),
      bytes: 1,
      meeting,
    }));
    const manifest = await writeIndex(inputs, [], dir);
    expect(manifest.files[VOTE_RECORDS_FILE]).toBeDefined();
    const index = await loadIndex(dir);
    expect(index.records?.votes).toHaveLength(2);
    expect(index.records?.byVote[0]).toHaveLength(3);
    const other = await mkdtemp(join(tmpdir(), "referat-records-"));
    dirs.push(other);
    await writeIndex([...inputs].reverse(), [], other);
    expect((await readFile(join(other, VOTE_RECORDS_FILE))).equals(await readFile(join(dir, VOTE_RECORDS_FILE)))).toBe(
      true,
    );
    await writeFile(join(dir, VOTE_RECORDS_FILE), "{}");
    await expect(loadIndex(dir)).rejects.toThrow(IndexError);
    await expect(loadIndex(dir)).rejects.toThrow(/vote-records\.json: corrupt/);
  });
});
