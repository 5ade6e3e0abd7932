// Attendance shapes of many municipalities (test/fixtures/grammar/attendance-shapes.json): absence from the meeting,
// absence for some items only, substitutes; expected readings written before the parser ran on them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Meeting } from "../../src/domain/index.ts";
import { parseText } from "../../src/parse/index.ts";

interface AttendanceRow {
  municipality: string;
  shape: string;
  items: number[];
  header?: string;
  decisions?: Record<string, string>;
  expect: { absent: string[]; partial: string[]; substitutes: string[] };
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

const reading = (m: Meeting) => ({
  absent: m.absent,
  partial: (m.partialAbsence ?? []).map((p) => `${p.name}|${p.items.join(",")}`),
  substitutes: m.substitutes.map((s) => `${s.name}|${s.for ?? ""}`),
});

const score = { passed: 0, total: ROWS.length };
afterAll(() => console.log(`attendance shapes: ${score.passed}/${score.total}`));

describe("attendance shapes of many municipalities", () => {
  it.each(ROWS.map((r) => [`${r.municipality}: ${r.shape}`, r] as const))("reads %s", (_name, row) => {
    const m = parseText(documentOf(row), { source: "attendance.txt" });
    expect(m.items.map((i) => i.number)).toEqual(row.items);
    expect(reading(m)).toEqual(row.expect);
    // Every partial absence quotes the sentence of the minutes it was read from.
    const doc = documentOf(row).replace(/\s+/g, " ");
    for (const p of m.partialAbsence ?? []) expect(doc).toContain(p.text.replace(/\s+/g, " "));
    score.passed += 1;
  });
});
