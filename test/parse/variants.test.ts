// Variant minutes (other municipalities, councils, layouts) parsed and compared field by field with their expected output.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MeetingSchema } from "../../src/domain/index.ts";
import { parseFile } from "../../src/ingest/index.ts";
import { VARIANTS_DIR, type VariantGold, variantFailures } from "./helpers/compare-gold.ts";

const expected = readdirSync(VARIANTS_DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort();

describe("variant minutes against their expected output", () => {
  it("has variant fixtures to check", () => {
    expect(expected.length).toBeGreaterThanOrEqual(8);
  });

  it.each(expected)("reads the fixture of %s as expected", async (file) => {
    const gold = JSON.parse(readFileSync(join(VARIANTS_DIR, file), "utf8")) as VariantGold;
    const meeting = await parseFile(join(VARIANTS_DIR, gold.source));
    expect(MeetingSchema.safeParse(meeting).success).toBe(true);
    expect(variantFailures(meeting, gold)).toEqual([]);
  });
});
