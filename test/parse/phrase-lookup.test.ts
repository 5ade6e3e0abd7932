// phraseLookup finds the lexicon entry a match of phraseAlternation is written for, as `find` over the list did.
import { describe, expect, it } from "vitest";
import { phraseLookup } from "../../src/parse/escape-regexp.ts";
import { OUTCOME_WORDS, POSITION_VERBS } from "../../src/parse/lexicon.ts";

describe("phraseLookup", () => {
  it("reads any case and any run of whitespace, and gives the first entry of a phrase listed twice", () => {
    const entries = [
      { phrase: "stemte imod", n: 1 },
      { phrase: "stemte for", n: 2 },
      { phrase: "stemte imod", n: 3 },
    ];
    const lookup = phraseLookup(entries, (e) => e.phrase);
    expect(lookup("Stemte \n  IMOD")?.n).toBe(1);
    expect(lookup("stemte\tfor")?.n).toBe(2);
    expect(lookup("stemte")).toBeUndefined();
  });

  it("gives what find gave for every phrase of the position verbs and outcome words, as minutes write them", () => {
    for (const [list, phraseOf] of [
      [POSITION_VERBS, (e: { phrase: string }) => e.phrase],
      [OUTCOME_WORDS, (e: { word: string }) => e.word],
    ] as const) {
      const entries = list as readonly { phrase?: string; word?: string }[];
      const of = phraseOf as (e: unknown) => string;
      const lookup = phraseLookup(entries, of);
      for (const e of entries) {
        for (const written of [
          of(e),
          of(e).toUpperCase(),
          of(e).replace(/ /g, "  "),
          `${of(e)[0]?.toUpperCase()}${of(e).slice(1)}`,
        ]) {
          const found = entries.find((x) => of(x) === written.toLowerCase().replace(/\s+/g, " "));
          expect(lookup(written), written).toBe(found);
        }
      }
    }
  });
});
