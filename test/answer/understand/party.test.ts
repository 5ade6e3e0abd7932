import { describe, expect, it } from "vitest";
import { findParties } from "../../../src/answer/understand/party.ts";
import { PARTIES } from "../../../src/domain/index.ts";

const letters = new Set([...PARTIES.map((p) => p.letter), "L"]);
const lettersIn = (q: string, language: "da" | "en" = "en") => findParties(q, language, letters).map((p) => p.letter);

describe("findParties", () => {
  it.each([
    ["how did Ø vote on Integrationsrådet?", "Ø"],
    ["How did O vote on the reception of refugees?", "O"],
    ["Hvordan stemte Æ?", "Æ"],
    ["Hvad stemte Å om budgettet?", "Å"],
    ["How did Dansk Folkeparti vote?", "O"],
    ["Hvordan stemte DF?", "O"],
    ["Hvordan stemte SF om planen?", "F"],
    ["Hvordan stemte EL?", "Ø"],
    ["Hvordan stemte De Konservative?", "C"],
    ["Hvordan stemte Radikale?", "B"],
    ["How did the Red-Green Alliance vote?", "Ø"],
    ["How did the Social Democrats vote?", "A"],
    ["Hvordan stemte Socialdemokratiet?", "A"],
    ["Kunne Venstres byrådsgruppe tiltræde?", "V"],
    ["Hvordan stemte liste L?", "L"],
    ["Hvordan stemte Allan Berg Mortensen (Ø)?", "Ø"],
    ["hvad med A?", "A"],
    ["and Venstre?", "V"],
    ["How did the Social Democratic group vote?", "A"],
    ["How did the Conservative group vote?", "C"],
    ["How did the Red Greens vote?", "Ø"],
    ["How did the DPP vote?", "O"],
    ["How did the Danish Democrats vote?", "Æ"],
  ])("finds the party in %j", (question, letter) => {
    expect(lettersIn(question, /^(hv|kun)/i.test(question) ? "da" : "en")).toEqual([letter]);
  });

  it("prefers the longest name: Radikale Venstre is B, not V", () => {
    expect(lettersIn("How did Radikale Venstre vote?")).toEqual(["B"]);
  });

  it("never folds Ø to O or Å to A", () => {
    expect(lettersIn("how did Ø vote")).toEqual(["Ø"]);
    expect(lettersIn("how did Å vote")).toEqual(["Å"]);
  });

  it.each([
    ["I want to know how the committee voted", "en"],
    ["A vote on the budget", "en"],
    ["I 2016 stemte udvalget om flygtninge", "da"],
    ["an alternative proposal on the budget", "en"],
  ])("finds no party in %j", (question, language) => {
    expect(lettersIn(question, language as "da" | "en")).toEqual([]);
  });

  it("takes the cue word of a local list with its letter, so it is no topic word", () => {
    const q = "How did Liste H vote on the deputy mayor?";
    const [mention] = findParties(q, "en", new Set([...letters, "H"]));
    expect(mention).toMatchObject({ letter: "H", start: q.indexOf("Liste"), end: q.indexOf("H vote") + 1 });
  });

  it("takes a capitalised-only form as a party only when capitalised", () => {
    expect(lettersIn("Was the conservative estimate of the budget approved?")).toEqual([]);
  });

  it("reads a company's form (A/S, I/S) as part of its name, not as party letters", () => {
    expect(lettersIn("Køb af ejendommen fra Greve Spildevand A/S", "da")).toEqual([]);
    expect(lettersIn("Hvad med I/S Strandparken?", "da")).toEqual([]);
    expect(lettersIn("Hvordan stemte (A) om Strandparken I/S?", "da")).toEqual(["A"]);
    // Two parties joined by a slash are still two parties.
    expect(lettersIn("hvordan stemte Ø/A om budgettet", "da")).toEqual(["Ø", "A"]);
  });

  it("reads a postal district's letter after a place name as part of the place, not as a party", () => {
    expect(lettersIn("Hvem kunne ikke tiltræde udviklingsplanen for Aarhus Ø?", "da")).toEqual([]);
    expect(lettersIn("What was decided about parking in København K?")).toEqual([]);
    expect(findParties("Hvordan stemte Ø om Greve V?", "da", letters, ["Greve"]).map((p) => p.letter)).toEqual(["Ø"]);
    // Not after a place: still the party.
    expect(lettersIn("Hvordan stemte Ø om udviklingsplanen?", "da")).toEqual(["Ø"]);
  });
});
