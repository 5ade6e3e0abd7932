// The chat renderers' vote line for a party whose members split: who stood where, not one position for all of them.
import { describe, expect, it } from "vitest";
import { voteParts } from "../../../adapters/shared/answer-labels.ts";
import type { Answer, AnswerVote } from "../../../src/domain/index.ts";

const vote: AnswerVote = {
  body: "Klima-, Teknik- og Miljøudvalget",
  date: "2022-03-21",
  motion: "Indstillingens pkt. 1",
  outcome: "adopted",
  position: "for",
  positionBasis: "party-members",
  members: ["Claus Jensen", "Torben Hoffmann"],
  counts: null,
  citation: 0,
};
const answer = (language: "da" | "en") =>
  ({ language, subject: { kind: "party", name: "Venstre", party: "V" } }) as unknown as Answer;

describe("voteParts", () => {
  it("names each side of a split party, and no longer lists all its members under one position", () => {
    const split = { ...vote, split: { for: ["Claus Jensen"], against: ["Torben Hoffmann"] } };
    expect(voteParts(answer("da"), split)).toMatchObject({
      subject: "Venstre",
      position: "stemte delt (For: Claus Jensen; Imod: Torben Hoffmann)",
    });
    expect(voteParts(answer("en"), split).position).toBe("split (For: Claus Jensen; Against: Torben Hoffmann)");
  });

  it("keeps one position with the members behind it when they agree", () => {
    expect(voteParts(answer("da"), vote)).toMatchObject({
      subject: "Venstre – Claus Jensen, Torben Hoffmann",
      position: "for",
    });
  });
});
