// Real documents as publishing systems serve them (FirstAgenda HTML pages and listings, eDoc and Acadre XML and
// their PDFs), read through the reader registry into meetings, checked against facts written down from the
// documents before any reader ran (`test/fixtures/real/**/*.expected.json`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Meeting, VoteEntry } from "../../src/domain/index.ts";
import { parseDocument, readDocument } from "../../src/ingest/index.ts";
import { ParseError } from "../../src/parse/index.ts";
import { readListing } from "../../src/sources/firstagenda/listing.ts";

const ROOT = "test/fixtures/real";
/** Meeting fields compared without regard to order. */
const SETS = new Set(["participants", "absent"]);

interface ExpectedDecision {
  body: string;
  date: string;
  text?: string;
  textIncludes?: string;
}
interface ExpectedItem {
  number: number;
  title?: string;
  caseNumber?: string | null;
  id?: string;
  url?: string;
  closed?: boolean;
  sourcePage?: number;
  textIncludes?: string[];
  recommendationIncludes?: string;
  decisionCount?: number;
  decisions?: ExpectedDecision[];
}
interface ExpectedVote {
  item: number;
  body: string;
  date: string;
  for?: string[];
  against?: string[];
  forNames?: string[];
  againstNames?: string[];
}
interface ExpectedMeeting {
  file: string;
  ref?: {
    system: "firstagenda" | "edoc" | "acadre";
    municipality: string | null;
    documentId: string | null;
    url: string | null;
  };
  warnings?: string[];
  meeting: Record<string, unknown> & { itemCount: number };
  items: ExpectedItem[];
  votes: ExpectedVote[];
  sameMeetingAs?: string;
}
interface ExpectedListing {
  file: string;
  base: string;
  count: number;
  byType: Record<string, number>;
  rows: Record<string, Record<string, string>>;
}
interface ExpectedError {
  file: string;
  error: string;
}

function expectations(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return expectations(path);
    return name.endsWith(".expected.json") ? [path] : [];
  });
}

const load = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

async function meetingOf(e: Pick<ExpectedMeeting, "file" | "ref">): Promise<Meeting> {
  return parseDocument(load(e.file), basename(e.file), e.ref ? { known: e.ref } : {});
}

/** Party letters of a vote side's party entries, and names of its member entries. */
const parties = (entries: readonly VoteEntry[]) => entries.map((e) => e.party).filter((p) => p !== null);
const names = (entries: readonly VoteEntry[]) => entries.flatMap((e) => (e.name ? [e.name] : []));

const all = expectations(ROOT).map((p) => [relative(ROOT, p), JSON.parse(readFileSync(p, "utf8"))] as const);

describe.each(all.filter(([, e]) => "meeting" in e))("real document %s", (_path, json) => {
  const e = json as ExpectedMeeting;

  it("has the meeting's header facts and item count", async () => {
    const m = await meetingOf(e);
    const { itemCount, ...fields } = e.meeting;
    expect(m.items.length).toBe(itemCount);
    for (const [key, value] of Object.entries(fields)) {
      const got = m[key as keyof Meeting];
      // Who attended is a set: a PDF sets members in two columns, and the order they are read in is not a fact.
      if (SETS.has(key) && Array.isArray(got) && Array.isArray(value))
        expect({ [key]: [...got].sort() }).toEqual({ [key]: [...value].sort() });
      else expect({ [key]: got }).toEqual({ [key]: value });
    }
  });

  it("has the items' numbers, titles, case numbers, ids, links and pages", async () => {
    const m = await meetingOf(e);
    for (const x of e.items) {
      const item = m.items.find((i) => i.number === x.number);
      expect(item, `item ${x.number}`).toBeDefined();
      if (!item) continue;
      const got: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const key of ["title", "caseNumber", "id", "url", "closed", "sourcePage"] as const) {
        if (x[key] === undefined) continue;
        got[key] = item[key];
        want[key] = x[key];
      }
      expect({ item: x.number, ...got }).toEqual({ item: x.number, ...want });
      for (const t of x.textIncludes ?? []) expect(item.text, `item ${x.number} text`).toContain(t);
      if (x.recommendationIncludes) expect(item.recommendation ?? "").toContain(x.recommendationIncludes);
    }
  });

  it("has the decisions of every body, in order, with their dates and texts", async () => {
    const m = await meetingOf(e);
    for (const x of e.items) {
      const item = m.items.find((i) => i.number === x.number);
      if (!item) continue;
      if (x.decisionCount !== undefined)
        expect(item.decisions.length, `item ${x.number} decisions`).toBe(x.decisionCount);
      if (x.decisions?.length === 0) expect(item.decisions, `item ${x.number} decisions`).toEqual([]);
      for (const d of x.decisions ?? []) {
        const found = item.decisions.find(
          (g) =>
            g.body === d.body &&
            g.date === d.date &&
            (d.text === undefined || g.text === d.text) &&
            (d.textIncludes === undefined || g.text.includes(d.textIncludes)),
        );
        expect(found, `item ${x.number}: ${JSON.stringify(d)} in ${JSON.stringify(item.decisions)}`).toBeDefined();
      }
    }
  });

  it("has the votes, and no vote made of reservations", async () => {
    const m = await meetingOf(e);
    if (e.votes.length === 0) expect(m.votes).toEqual([]);
    for (const v of e.votes) {
      const found = m.votes.find(
        (g) =>
          g.item === v.item &&
          g.body === v.body &&
          g.date === v.date &&
          (v.for === undefined || v.for.every((p) => parties(g.for).includes(p))) &&
          (v.against === undefined || v.against.every((p) => parties(g.against).includes(p))) &&
          (v.forNames === undefined || v.forNames.every((n) => names(g.for).includes(n))) &&
          (v.againstNames === undefined || v.againstNames.every((n) => names(g.against).includes(n))),
      );
      expect(found, `${JSON.stringify(v)} in ${JSON.stringify(m.votes)}`).toBeDefined();
    }
  });

  it.runIf(e.warnings !== undefined)("says which faults of the file it recovered from", async () => {
    const doc = await readDocument(load(e.file), basename(e.file));
    for (const w of e.warnings ?? []) expect((doc.warnings ?? []).join("\n")).toContain(w);
    expect(doc.warnings?.every((w) => /^line \d+: /.test(w))).toBe(true);
  });

  it.runIf(e.sameMeetingAs !== undefined)("is the same meeting as its other format", async () => {
    const m = await meetingOf(e);
    const other = await meetingOf({ file: e.sameMeetingAs as string });
    expect(m.id).toBe(other.id);
    expect(other.items.map((i) => [i.number, i.title])).toEqual(m.items.map((i) => [i.number, i.title]));
  });
});

describe.each(all.filter(([, e]) => "count" in e))("real listing %s", (_path, json) => {
  const e = json as ExpectedListing;
  const rows = readListing(new TextDecoder().decode(load(e.file)), e.base);

  it("lists every meeting once, agendas and minutes told apart", () => {
    expect(rows.length).toBe(e.count);
    expect(new Set(rows.map((r) => r.meetingId)).size).toBe(e.count);
    const byType: Record<string, number> = {};
    for (const r of rows) byType[r.documentType ?? r.label] = (byType[r.documentType ?? r.label] ?? 0) + 1;
    expect(byType).toEqual(e.byType);
  });

  it("reads date, body, kind, id and link of the rows", () => {
    for (const [index, want] of Object.entries(e.rows)) {
      const row = rows[Number(index)];
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, row?.[k as keyof typeof row]]));
      expect({ index, ...got }).toEqual({ index, ...want });
    }
  });
});

describe.each(all.filter(([, e]) => "error" in e))("real non-minutes %s", (_path, json) => {
  const e = json as ExpectedError;
  it("is refused with one line naming the file and what it is", async () => {
    const error = await parseDocument(load(e.file), basename(e.file)).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).source).toBe(basename(e.file));
    expect((error as ParseError).reason).toContain(e.error);
    expect((error as ParseError).message).not.toContain("\n");
  });
});
