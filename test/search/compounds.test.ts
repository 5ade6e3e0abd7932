import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { type CompoundLexicon, splitCompound } from "../../src/search/compounds.ts";

// A lexicon of the words a corpus would hold standalone.
const WORDS = new Set([
  "budget",
  "området",
  "integration",
  "rådet",
  "kontanthjælp",
  "kontant",
  "hjælp",
  "modtagere",
  "flygtning",
  "indsatsen",
  "plan",
]);
const lexicon: CompoundLexicon = {
  isHead: (head) => WORDS.has(head),
  headStem: (head) => stem(head),
  tailStem: (tail) => (WORDS.has(tail) ? stem(tail) : null),
};

describe("splitCompound", () => {
  it("splits a compound into its known parts", () => {
    expect(splitCompound("budgetområdet", lexicon)).toEqual([stem("budget"), stem("området")]);
  });

  it("strips the linking s and e between parts", () => {
    expect(splitCompound("integrationsrådet", lexicon)).toEqual([stem("integration"), stem("rådet")]);
    expect(splitCompound("flygtningeindsatsen", lexicon)).toEqual([stem("flygtning"), stem("indsatsen")]);
  });

  it("splits parts again when they are compounds themselves", () => {
    expect(splitCompound("kontanthjælpsmodtagere", lexicon)).toEqual(
      expect.arrayContaining([stem("kontanthjælp"), stem("kontant"), stem("hjælp"), stem("modtagere")]),
    );
  });

  it("leaves words that are no compound of known parts alone", () => {
    expect(splitCompound("beskæftigelse", lexicon)).toBeNull();
    expect(splitCompound("planen", lexicon)).toBeNull();
    expect(splitCompound("budget2021", lexicon)).toBeNull();
  });
});
