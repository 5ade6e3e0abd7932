// Shape tables of many municipalities' minutes (test/fixtures/grammar): votes, non-votes and layouts, each row
// with its expected reading written before the parser ran on it. Prints a score line per table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Meeting, Vote, VoteEntry } from "../../src/domain/index.ts";
import { parseText } from "../../src/parse/index.ts";

const dir = join(import.meta.dirname, "../fixtures/grammar");
const load = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), "utf8")) as T;

interface VoteRow {
  municipality: string;
  shape: string;
  text: string;
  votes: {
    for: string[];
    against: string[];
    abstain: string[];
    counts?: [number, number, number];
    outcome?: "adopted" | "rejected";
    proposedBy?: string | null;
  }[];
  /** When given, the sentences that must be kept as unread vote statements (none: every vote sentence is read). */
  unread?: string[];
}
interface NegativeRow {
  shape: string;
  text: string;
  unread: string[];
}
interface LayoutRow {
  municipality: string;
  /** A shape not read yet, and why: the row checks that the reading still differs, so closing the gap shows. */
  gap?: string;
  shape: string;
  text: string;
  expect: {
    date?: string;
    startTime?: string;
    committee?: string;
    items?: number[];
    titles?: string[];
    absent?: string[];
    substitutes?: string[];
    decisions?: Record<string, string[]>;
    quality?: "structured" | "passages";
    /** Each vote's proposer, `name|party` ("" when none). */
    proposers?: string[];
    /** Per item number, who put the item's proposal forward (`name|party`, `|party` for a party), in the order written. */
    itemProposers?: Record<string, string[]>;
  };
}

/** A decision block and the appointments it records: `Name|P|role|to` (role and body as written, "" when not given). */
interface AppointmentRow {
  municipality: string;
  shape: string;
  text: string;
  appointments: string[];
}

const VOTES = load<VoteRow[]>("vote-shapes.json");
const APPOINTMENTS = load<AppointmentRow[]>("appointment-shapes.json");
const NEGATIVES = load<NegativeRow[]>("negative-shapes.json");
const LAYOUTS = load<LayoutRow[]>("layout-shapes.json");

/** A decision block in a minimal document of the meeting's own body. */
const inBlock = (text: string) =>
  parseText(`Referat\nByrådet\nMødedato: 08-10-2025\n\nPunkt 1: Sag om skolerne\n\nBeslutning\n\n${text}`, {
    source: "shape.txt",
  });

const entry = (e: VoteEntry) => `${e.name ?? ""}|${e.party ?? ""}${e.count !== undefined ? `:${e.count}` : ""}`;
const set = (list: readonly string[]) => [...list].sort();

function readVote(v: Vote) {
  return {
    for: set(v.for.map(entry)),
    against: set(v.against.map(entry)),
    abstain: set(v.abstain.map(entry)),
    counts: v.counts ? [v.counts.for, v.counts.against, v.counts.abstain] : null,
    outcome: v.outcome,
    proposedBy: v.proposedBy ? `${v.proposedBy.name ?? ""}|${v.proposedBy.party ?? ""}` : null,
  };
}

function expectedVote(e: VoteRow["votes"][number], got: ReturnType<typeof readVote> | undefined) {
  return {
    for: set(e.for),
    against: set(e.against),
    abstain: set(e.abstain),
    counts: e.counts ?? got?.counts ?? null,
    outcome: e.outcome ?? got?.outcome,
    proposedBy: e.proposedBy === undefined ? (got?.proposedBy ?? null) : e.proposedBy,
  };
}

function layoutReading(m: Meeting, want: LayoutRow["expect"]) {
  const decisions: Record<string, string[]> = {};
  for (const k of Object.keys(want.decisions ?? {}))
    decisions[k] = (m.items.find((i) => String(i.number) === k)?.decisions ?? []).map((d) => `${d.body}|${d.date}`);
  return {
    ...(want.date !== undefined ? { date: m.date } : {}),
    ...(want.startTime !== undefined ? { startTime: m.startTime } : {}),
    ...(want.committee !== undefined ? { committee: m.committee } : {}),
    ...(want.items !== undefined ? { items: m.items.map((i) => i.number) } : {}),
    ...(want.titles !== undefined ? { titles: m.items.map((i) => i.title) } : {}),
    ...(want.absent !== undefined ? { absent: m.absent } : {}),
    ...(want.substitutes !== undefined ? { substitutes: m.substitutes.map((s) => `${s.name}|${s.for ?? ""}`) } : {}),
    ...(want.decisions !== undefined ? { decisions } : {}),
    ...(want.quality !== undefined ? { quality: m.quality ?? "structured" } : {}),
    ...(want.itemProposers !== undefined
      ? {
          itemProposers: Object.fromEntries(
            Object.keys(want.itemProposers).map((k) => [
              k,
              (m.items.find((i) => String(i.number) === k)?.proposedBy?.by ?? []).map(
                (e) => `${e.name ?? ""}|${e.party ?? ""}`,
              ),
            ]),
          ),
        }
      : {}),
    ...(want.proposers !== undefined
      ? {
          proposers: m.votes.map((v) => (v.proposedBy ? `${v.proposedBy.name ?? ""}|${v.proposedBy.party ?? ""}` : "")),
        }
      : {}),
  };
}

const score = {
  votes: { passed: 0, total: VOTES.length },
  negatives: { passed: 0, total: NEGATIVES.length },
  layouts: { passed: 0, total: LAYOUTS.length },
  appointments: { passed: 0, total: APPOINTMENTS.length },
};

afterAll(() => {
  const line = Object.entries(score)
    .map(([k, s]) => `${k} ${s.passed}/${s.total}`)
    .join(", ");
  const passed = Object.values(score).reduce((n, s) => n + s.passed, 0);
  const total = Object.values(score).reduce((n, s) => n + s.total, 0);
  console.log(`shape tables: ${line}; score ${(passed / total).toFixed(3)}`);
});

describe("vote shapes of many municipalities", () => {
  it.each(VOTES.map((r) => [`${r.municipality}: ${r.shape}`, r] as const))("reads %s", (_name, row) => {
    const m = inBlock(row.text);
    const got = m.votes.map(readVote);
    const want = row.votes.map((e, k) => expectedVote(e, got[k]));
    expect(got).toEqual(want);
    // Every vote quotes its evidence: sentences of the block it stands in.
    for (const v of m.votes) expect(row.text.replace(/\s+/g, " ")).toContain(v.text.split(/(?<=[.:])\s/)[0]?.trim());
    if (row.unread) expect((m.unreadVoteStatements ?? []).map((u) => u.text)).toEqual(row.unread);
    score.votes.passed += 1;
  });
});

describe("sentences that record no vote", () => {
  it.each(NEGATIVES.map((r) => [r.shape, r] as const))("reads no vote from %s", (_name, row) => {
    const m = inBlock(row.text);
    expect(m.votes).toEqual([]);
    expect((m.unreadVoteStatements ?? []).map((u) => u.text)).toEqual(row.unread);
    score.negatives.passed += 1;
  });
});
describe("layouts of many municipalities", () => {
  it.each(LAYOUTS.map((r) => [`${r.municipality}: ${r.shape}`, r] as const))("reads %s", (_name, row) => {
    const m = parseText(row.text, { source: "layout.txt" });
    if (row.gap) {
      expect(layoutReading(m, row.expect), row.gap).not.toEqual(row.expect);
      return;
    }
    expect(layoutReading(m, row.expect)).toEqual(row.expect);
    // An item's proposers quote the item's own words (line breaks read as spaces).
    for (const i of m.items)
      if (i.proposedBy) expect(row.text.replace(/\s+/g, " ")).toContain(i.proposedBy.text.replace(/\s+/g, " "));
    score.layouts.passed += 1;
  });
});

describe("appointments of many municipalities", () => {
  it.each(APPOINTMENTS.map((r) => [`${r.municipality}: ${r.shape}`, r] as const))("reads %s", (_name, row) => {
    const m = inBlock(row.text);
    const got = (m.appointments ?? []).map((a) => `${a.name}|${a.party ?? ""}|${a.role ?? ""}|${a.to ?? ""}`);
    expect(got).toEqual(row.appointments);
    // Every appointment quotes the sentence it was read from, and is no vote.
    for (const a of m.appointments ?? []) expect(row.text.replace(/\s+/g, " ")).toContain(a.text);
    expect(m.votes).toEqual([]);
    // An appointment is no vote statement left unread (the negative rows hold no vote words either).
    expect(m.unreadVoteStatements ?? []).toEqual([]);
    score.appointments.passed += 1;
  });
});
