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
});
