// Property: parseText returns a valid Meeting or throws ParseError, for arbitrary strings and mutated samples.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MeetingSchema } from "../../src/domain/index.ts";
import { ParseError, parseText } from "../../src/parse/index.ts";
import { MINUTES_DIR, SAMPLES } from "./helpers/compare-gold.ts";

const documents = SAMPLES.map((s) => readFileSync(join(MINUTES_DIR, `${s}.txt`), "utf8").split("\n"));

/** parseText either returns a valid Meeting or throws ParseError; anything else fails the property. */
function parsesOrRejects(text: string): boolean {
  try {
    const meeting = parseText(text, { source: "fuzz.txt" });
    MeetingSchema.parse(meeting);
    return true;
  } catch (error) {
    if (error instanceof ParseError) {
      expect(error.message.startsWith("fuzz.txt: ")).toBe(true);
      expect(error.message).not.toContain("\n");
      return true;
    }
    throw error;
  }
}

/** A sample mutated by dropping, duplicating, shuffling or truncating lines. */
const mutated = fc
  .record({
    doc: fc.integer({ min: 0, max: documents.length - 1 }),
    ops: fc.array(
      fc.oneof(
        fc.record({ op: fc.constant("drop" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
        fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
        fc.record({ op: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
        fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
        fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 80 }) }),
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ doc, ops }) => {
    let lines = [...(documents[doc] ?? [])];
    for (const o of ops) {
      const at = lines.length === 0 ? 0 : o.at % lines.length;
      if (o.op === "drop") lines.splice(at, o.length);
      else if (o.op === "duplicate") lines.splice(at, 0, ...lines.slice(at, at + o.length));
      else if (o.op === "swap") {
        const to = lines.length === 0 ? 0 : o.to % lines.length;
        [lines[at], lines[to]] = [lines[to] ?? "", lines[at] ?? ""];
      } else if (o.op === "truncate") lines = lines.slice(0, at);
      else lines.splice(at, 0, o.text);
    }
    return lines.join("\n");
  });

describe("parseText on arbitrary input", () => {
  it("returns a valid Meeting or throws ParseError for any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), parsesOrRejects), { numRuns: 300 });
  });

  it("returns a valid Meeting or throws ParseError for minutes-like noise", () => {
    const words = fc.constantFrom(
      "Punkt 1: ",
      "Beslutning",
      "Beslutninger Byrådet den 01-02-2020",
      "Indholdsfortegnelse",
      "REFERAT Udvalget",
      "(A)",
      " stemte imod",
      "Et flertal, ",
      "Ad 1",
      "\t",
      "\n",
      "Resultatkrav 1:",
      "20/1234",
      "C(9) og O(2)",
      "For: ",
      "Imod: ",
      ".....\t3",
      "Sagen afgøres i:",
      " og ",
      ", ",
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 200 }).map((w) => w.join("")),
        parsesOrRejects,
      ),
      { numRuns: 300 },
    );
  });

  it("returns a valid Meeting or throws ParseError for mutated sample minutes", () => {
    fc.assert(fc.property(mutated, parsesOrRejects), { numRuns: 150 });
  });
});
