import { describe, expect, it } from "vitest";
import { compoundsOf, GLOSSARY, longestPhraseAt, translate } from "../../src/answer/glossary.ts";

describe("the glossary", () => {
  it.each([
    ["integration council", "integrationsråd"],
    ["employment plan", "beskæftigelsesplan"],
    ["refugees", "flygtninge"],
    ["veterans", "veteraner"],
    ["result targets", "resultatkrav"],
    ["budget area", "budgetområde"],
    ["strategic conversion", "strategisk omstilling"],
    ["deputy mayor", "viceborgmester"],
    ["municipal plan", "kommuneplan"],
    ["budget follow-up", "budgetopfølgning"],
    ["trial scheme", "forsøgsordning"],
    ["residential facilities", "bosteder"],
    ["building plot", "byggegrund"],
    ["elderly care", "ældrepleje"],
    ["traffic safety plan", "trafiksikkerhedsplan"],
    ["chairman", "formand"],
    ["election", "valg"],
    ["merger", "lægges sammen"],
    ["solar park", "solcelleanlæg"],
    ["school districts", "skoledistrikter"],
    ["summer holiday", "sommerferie"],
    ["road access", "vejbetjening"],
    ["health reform", "sundhedsreform"],
  ])("bridges %j to %j", (en, da) => {
    expect(translate(en)).toContain(da);
  });

  it.each([
    ["reservations", "forbehold"],
    ["policies", "politik"],
    ["quality standards", "kvalitetsstandard"],
  ])("bridges the plural %j through its singular to %j", (en, da) => {
    expect(translate(en)).toContain(da);
  });

  it("does not take a word ending in -ss or a short word for a plural", () => {
    expect(translate("glass")).toEqual([]);
    expect(translate("bus")).toContain("bus");
  });

  it("holds each English phrase once, in lower case", () => {
    const phrases = GLOSSARY.map((e) => e.en);
    expect(new Set(phrases).size).toBe(phrases.length);
    expect(phrases.every((p) => p === p.toLowerCase())).toBe(true);
  });

  it("finds the longest phrase first", () => {
    expect(longestPhraseAt(["the", "employment", "plan", "2021"], 1)).toEqual({ phrase: "employment plan", length: 2 });
    expect(longestPhraseAt(["employment", "figures"], 0)).toEqual({ phrase: "employment", length: 1 });
    expect(longestPhraseAt(["figures"], 0)).toBeNull();
  });

  it("joins two Danish words into compounds with and without a linking s", () => {
    expect(compoundsOf("uddannelse", "pulje")).toEqual(["uddannelsepulje", "uddannelsespulje", "uddannelspulje"]);
    expect(compoundsOf("budget", "område")).toContain("budgetområde");
    expect(compoundsOf("strategisk omstilling", "plan")).toEqual([]);
  });
});
