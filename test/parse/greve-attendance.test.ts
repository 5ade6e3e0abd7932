// Attendance of real Greve meetings (FirstAgenda JSON) against facts written from the raw JSON before the parser ran
// on them (test/fixtures/real/firstagenda/greve-attendance/expectations.json): the Moededeltagere flags, each item's
// own "Fraværende:"/"Afbud:"/"Ikke til stede:" lines, ExternalAgendaItemAttendees and the named votes. A member absent
// from every item that records a decision is absent from the meeting; from some items, partly absent; never absent
// from an item whose vote names them. First run 7/13; see the test's score line for the current one.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { absentFromMeeting, type Meeting } from "../../src/domain/index.ts";
import { parseDocument } from "../../src/ingest/index.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const HERE = join(FIXTURES, "real/firstagenda/greve-attendance");
/** Where a named file is: this folder, the Greve fixtures, or (prefixed "derived:") the derived fixtures. */
const pathOf = (file: string) =>
  file.startsWith("derived:")
    ? join(FIXTURES, "firstagenda-derived", file.slice("derived:".length))
    : ([HERE, join(FIXTURES, "real/firstagenda/greve")]
        .map((dir) => join(dir, file))
        .find((p) => {
          try {
            readFileSync(p);
            return true;
          } catch {
            return false;
          }
        }) ?? join(HERE, file));

interface Expected {
  file: string;
  covers: string;
  absent: string[];
  partial: { name: string; items: number[]; from?: string; until?: string }[];
  present?: string[];
  substitutes: string[];
}

const { meetings } = JSON.parse(readFileSync(join(HERE, "expectations.json"), "utf8")) as { meetings: Expected[] };

const sorted = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b, "da"));

/** The meeting's attendance in the expectation's terms. */
function reading(m: Meeting, e: Expected) {
  return {
    absent: sorted(absentFromMeeting(m)),
    partial: [...(m.partialAbsence ?? [])]
      .map((p) => ({
        name: p.name,
        items: p.items,
        ...(p.from ? { from: p.from } : {}),
        ...(p.until ? { until: p.until } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "da")),
    present: (e.present ?? []).filter(
      (n) => !m.absent.includes(n) && !(m.partialAbsence ?? []).some((p) => p.name === n),
    ),
    substitutes: m.substitutes.map((s) => `${s.name}|${s.for ?? ""}`),
  };
}

const score = { passed: 0, total: meetings.length };
afterAll(() => console.log(`greve attendance: ${score.passed}/${score.total}`));

describe("attendance of real Greve meetings", () => {
  it.each(meetings.map((e) => [e.file, e] as const))("%s", async (_file, e) => {
    const path = pathOf(e.file);
    const m = await parseDocument(new Uint8Array(readFileSync(path)), basename(path));
    expect(reading(m, e)).toEqual({
      absent: sorted(e.absent),
      partial: [...e.partial].sort((a, b) => a.name.localeCompare(b.name, "da")),
      present: e.present ?? [],
      substitutes: e.substitutes,
    });
    // Never absent from an item whose vote names them.
    for (const p of m.partialAbsence ?? []) {
      const voted = m.votes
        .filter((v) => v.date === m.date && [...v.for, ...v.against, ...v.abstain].some((x) => x.name === p.name))
        .map((v) => v.item);
      expect(p.items.filter((n) => voted.includes(n))).toEqual([]);
    }
    score.passed += 1;
  });
});
