import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "../../src/search/edit-distance.ts";
import { radixLookup, scanLookup } from "../../src/search/term-lookup.ts";

const TERMS = [
  "asfalt",
  "budget",
  "budgetområd",
  "budgett",
  "byråd",
  "integrationsråd",
  "plejecent",
  "skol",
  "skolebestyr",
  "veteranpolitik",
  "vapnagård",
  "2021",
].sort();

describe("typo look-up over the term list", () => {
  it.each([
    ["asflat", 1, ["asfalt"]],
    ["budgte", 1, ["budget"]],
    ["integrasjonsråd", 2, ["integrationsråd"]],
    ["vapnagaard", 2, ["vapnagård"]],
    ["skolebestyrelse", 2, []],
  ])("finds the terms near %s (at most %i edits, a swap counting one)", (word, max, expected) => {
    for (const lookup of [scanLookup(TERMS), radixLookup(TERMS)]) {
      expect(lookup.near(word, max).map((n) => TERMS[n.term])).toEqual(expected);
    }
  });

  it("gives the same terms and distances both ways, as the edit distance says", () => {
    const letters = fc.constantFrom(..."abdegiklnorstuæøå");
    const word = fc.array(letters, { minLength: 3, maxLength: 9 }).map((l) => l.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        word,
        fc.integer({ min: 1, max: 2 }),
        (list, query, max) => {
          const terms = [...new Set(list)].sort();
          const expected = terms
            .map((t, i) => ({ term: i, distance: boundedEditDistance(query, t, max) }))
            .filter((n) => n.distance <= max);
          expect(scanLookup(terms).near(query, max)).toEqual(expected);
          expect(radixLookup(terms).near(query, max)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
