import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/answer/understand/language.ts";

describe("detectLanguage", () => {
  it.each([
    ["how did Ø vote on Integrationsrådet?", "en"],
    ["Hvordan stemte Dansk Folkeparti om beskæftigelsesplanen for 2021?", "da"],
    ["What did the Hvidovre committee decide about the regional education pool (regionale uddannelsespulje)?", "en"],
    ["hvad besluttede udvalget om veteranpolitikken?", "da"],
    ["Who was absent from the Beskæftigelsesudvalget meeting on 16 March 2016?", "en"],
    ["Hvem deltog i mødet i Social- og Arbejdsmarkedsudvalget den 8. marts 2021?", "da"],
    ["and Venstre?", "en"],
    ["hvad med A?", "da"],
    ["Giv mig et link til punkt 12 fra mødet den 09-12-2020", "da"],
    ["show me item 7 from the meeting on 14 April 2021", "en"],
    // The "og" inside a committee's name is not the question's word.
    ["meeting calendar 2026 for Sundheds- og Omsorgsudvalget", "en"],
    ["mødekalender for Kultur- og Fritidsudvalget", "da"],
    // A Danish title after an English question's frame.
    ["How did C vote on Opgaver ved øget tilsyn med driftskontrakt på vej og grønne områder?", "en"],
    ["Hvordan stemte C om the new road budget?", "da"],
  ])("reads %j as %s", (question, language) => {
    expect(detectLanguage(question)).toBe(language);
  });

  it("ignores capitalised Danish names inside an English question", () => {
    expect(detectLanguage("How did De Konservative vote on Det Røde Værelse?")).toBe("en");
  });

  it("falls back to the given language when nothing tells", () => {
    expect(detectLanguage("Vapnagaard", "en")).toBe("en");
    expect(detectLanguage("Vapnagaard")).toBe("da");
  });
});
