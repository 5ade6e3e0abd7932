// Attendance shapes of many municipalities (test/fixtures/grammar/attendance-shapes.json): absence from the meeting,
// absence for some items only, substitutes; expected readings written before the parser ran on them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Meeting } from "../../src/domain/index.ts";
import { parseText } from "../../src/parse/index.ts";

interface AttendanceRow {
  municipality: string;
  /** A shape not read yet, and why: the row checks that the reading still differs, so closing the gap shows. */
  gap?: string;
  shape: string;
  items: number[];
  header?: string;
  decisions?: Record<string, string>;
  /** `participants` and `roles` ("Name|party|role") are checked when the row gives them (header roles rows). */
  expect: { absent: string[]; partial: string[]; substitutes: string[]; participants?: string[]; roles?: string[] };
}

const ROWS = JSON.parse(
  readFileSync(join(import.meta.dirname, "../fixtures/grammar/attendance-shapes.json"), "utf8"),
) as AttendanceRow[];

/** A minimal minutes document of the row's items, its header lines and decision blocks. */
function documentOf(row: AttendanceRow): string {
  const items = row.items
    .map((n) => `Punkt ${n}: Sag om emne ${n}\n\nBeslutning\n\n${row.decisions?.[String(n)] ?? "Godkendt."}`)
    .join("\n\n");
  return `Referat\nByrådet\nMødedato: 08-10-2025\n${row.header ? `${row.header}\n` : ""}\n${items}`;
}

const reading = (m: Meeting, row: AttendanceRow) => ({
  absent: m.absent,
  // "Name|items", and "|from-until" when the minutes give only a time (items unknown).
  partial: (m.partialAbsence ?? []).map(
    (p) => `${p.name}|${p.items.join(",")}${p.from || p.until ? `|${p.from ?? ""}-${p.until ?? ""}` : ""}`,
  ),
  substitutes: m.substitutes.map((s) => `${s.name}|${s.for ?? ""}`),
  ...(row.expect.participants ? { participants: m.participants } : {}),
  ...(row.expect.roles ? { roles: (m.roles ?? []).map((r) => `${r.name}|${r.party ?? ""}|${r.role}`) } : {}),
});

// Leaving during an item, as the rows read it:
// - with a clock time ("forlod mødet kl. 20.20 under behandling af punkt 3", "Fraværende i mødet: X fra kl. 17.30
//   under punkt 3"): the member took part in that item until then, so the items AFTER it are missed;
// - with no time ("X (C) forlod mødet ved behandlingen af punkt 3", "… under behandlingen af dette punkt"): the member
//   was out for THAT item's treatment, and only that item is recorded. The sentence does not say they stayed away
//   afterwards, and Greve's own minutes use the phrase for members who step out for one treatment each (habilitet:
//   "forlod disse medlemmer mødet under behandlingen af deres respektive ansøgninger"), so the items after it are not
//   called missed. "Til kl. 18.40 i punkt 2" mirrors the first case: the items before item 2 are missed.
const score = { passed: 0, total: ROWS.length };
afterAll(() => console.log(`attendance shapes: ${score.passed}/${score.total}`));

describe("attendance shapes of many municipalities", () => {
  it.each(ROWS.map((r) => [`${r.municipality}: ${r.shape}`, r] as const))("reads %s", (_name, row) => {
    const m = parseText(documentOf(row), { source: "attendance.txt" });
    expect(m.items.map((i) => i.number)).toEqual(row.items);
    if (row.gap) {
      expect(reading(m, row)).not.toEqual(row.expect);
      return;
    }
    expect(reading(m, row)).toEqual(row.expect);
    // Every partial absence quotes the sentence of the minutes it was read from.
    const doc = documentOf(row).replace(/\s+/g, " ");
    for (const p of m.partialAbsence ?? []) expect(doc).toContain(p.text.replace(/\s+/g, " "));
    // Every header role quotes the header's own words (label and name).
    for (const r of m.roles ?? []) expect(doc).toContain(r.text.replace(/\s+/g, " "));
    score.passed += 1;
  });
});

// Greve (FirstAgenda, real JSON): "Ronni Mark Nielsen (V) deltog i mødet i Beskæftigelses- og Erhvervsudvalget og ikke
// Jesper Fini Kuhre (V) som angivet på dagsordenen for mødet." corrects the listed attendance: written before the rule.
describe("a correction of who attended", () => {
  it("reads 'X deltog i mødet … og ikke Y som angivet på dagsordenen' as X present and Y not, and no vote statement", () => {
    const m = parseText(
      "Referat\nByrådet\nMødedato: 08-10-2025\nMødedeltagere: Ole Dam (A), Jesper Kure (V)\n\nPunkt 1: Sag om emne 1\n\nBeslutning\n\nGodkendt.\n\nRonni Holm (V) deltog i mødet i Byrådet og ikke Jesper Kure (V) som angivet på dagsordenen for mødet.",
      { source: "attendance.txt" },
    );
    expect(m.participants).toEqual(["Ole Dam", "Ronni Holm"]);
    expect(m.absent).toEqual([]);
    expect(m.substitutes).toEqual([]);
    expect(m.unreadVoteStatements ?? []).toEqual([]);
  });

  it("leaves the attendance as listed when the correction is about another body's meeting (written after the rule)", () => {
    const m = parseText(
      "Referat\nByrådet\nMødedato: 08-10-2025\nMødedeltagere: Ole Dam (A), Jesper Kure (V)\n\nPunkt 1: Sag om emne 1\n\nBeslutning\n\nGodkendt.\n\nRonni Holm (V) deltog i mødet i Teknisk Udvalg og ikke Jesper Kure (V) som angivet på dagsordenen for mødet.",
      { source: "attendance.txt" },
    );
    expect(m.participants).toEqual(["Ole Dam", "Jesper Kure"]);
  });
});
