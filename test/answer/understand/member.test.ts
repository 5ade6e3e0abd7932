import { describe, expect, it } from "vitest";
import type { RosterMember } from "../../../src/answer/understand/lexicon.ts";
import { findMembers } from "../../../src/answer/understand/member.ts";

const roster: RosterMember[] = [
  { name: "Allan Berg Mortensen", party: "Ø" },
  { name: "Marlene Harpsøe", party: "O" },
  { name: "Lene Lindberg", party: "A" },
  { name: "Charlotte H. Larsen", party: null },
  { name: "Charlotte Munch", party: null },
  { name: "Per Larsen", party: "C" },
  { name: "René Langhorn", party: "O" },
  { name: "Henrik Møller", party: "A" },
];
const names = (q: string) => findMembers(q, roster).map((m) => m.member.name);

describe("findMembers", () => {
  it.each([
    ["How did Allan Berg Mortensen vote on Vapnagaard?", "Allan Berg Mortensen"],
    ["How did Alan Mortensen vote?", "Allan Berg Mortensen"],
    ["Hvordan stemte Allan Mortensen?", "Allan Berg Mortensen"],
    ["hvordan stemte Marlene Harpsøe om jobparate flygtninge?", "Marlene Harpsøe"],
    ["Hvad stemte Harpsøe?", "Marlene Harpsøe"],
    ["Hvordan stemte Marlene Harpsoe?", "Marlene Harpsøe"],
    ["Var Lene Lindberg til stede?", "Lene Lindberg"],
    ["How did Rene Langhorn vote?", "René Langhorn"],
    ["How did Henrik Moller vote?", "Henrik Møller"],
  ])("finds the member in %j", (question, name) => {
    expect(names(question)).toEqual([name]);
  });

  it("names no one from a surname two members share", () => {
    expect(names("Hvordan stemte Larsen?")).toEqual([]);
  });

  it("names no one from words that are not names", () => {
    expect(names("How did Ø vote on Integrationsrådet?")).toEqual([]);
    expect(names("What is coming up in Social- og Beskæftigelsesudvalget?")).toEqual([]);
  });

  it("claims the whole name when a first name is written without its accent", () => {
    const q = "Hvordan stemte Rene Langhorn om borgerforslag?";
    expect(findMembers(q, roster)[0]).toMatchObject({ start: q.indexOf("Rene"), end: q.indexOf(" om") });
  });
});
