// A document of more votes than minutes hold is refused by name as soon as the count passes (bounded memory).
import { describe, expect, it } from "vitest";
import { ParseError, parseText } from "../../src/parse/index.ts";
import { MOST_VOTES_PER_DOCUMENT } from "../../src/parse/lexicon.ts";
import { VoteBudget } from "../../src/parse/refine/block-votes.ts";

const minutes = (votes: number) =>
  [
    "Referat",
    "Byrådet",
    "Mødedato: 08-10-2025",
    "",
    "Punkt 1: Budget 2026, ændringsforslag",
    "Beslutning",
    ...Array.from({ length: votes }, (_, k) => `Ændringsforslag ${k + 1} blev forkastet med 6 stemmer mod 19.\n`),
  ].join("\n");

describe("the most votes a document is read with", () => {
  it("reads a document of as many votes as minutes could hold", () => {
    expect(parseText(minutes(MOST_VOTES_PER_DOCUMENT), { source: "budget.txt" }).votes).toHaveLength(
      MOST_VOTES_PER_DOCUMENT,
    );
  });

  it("refuses one more, by name", () => {
    expect(() => parseText(minutes(MOST_VOTES_PER_DOCUMENT + 1), { source: "budget.txt" })).toThrow(
      new ParseError(
        "budget.txt",
        "too many votes: more than 10,000 in one document (minutes hold a few hundred at most)",
      ),
    );
  });

  it("counts across blocks and refuses within a block, before the block is read to its end", () => {
    const budget = new VoteBudget("a.txt", 5);
    budget.spend(3);
    budget.check(2);
    expect(() => budget.check(3)).toThrow("a.txt: too many votes: more than 5 in one document");
    expect(() => budget.spend(3)).toThrow(ParseError);
  });
});
