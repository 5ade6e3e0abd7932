import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../../src/answer/understand/lexicon.ts";
import { buildVocabulary, correctPartyNames, correctSpelling } from "../../../src/answer/understand/spelling.ts";
import { FIXTURE_MEETINGS } from "../fixture-index.ts";

const vocabulary = buildVocabulary(FIXTURE_MEETINGS, buildLexicon(FIXTURE_MEETINGS));

describe("correctSpelling", () => {
  it.each([
    // A missing letter in a topic word the minutes use in a title.
    ["hvad med integrationsrådt?", "integrationsrådt", "hvad med Integrationsrådet?"],
    // A party's name with two letters swapped and one wrong.
    ["Hvordan stemte socialdemokratret?", "socialdemokratret", "Hvordan stemte Socialdemokratiet?"],
  ])("reads %j with topic %j as %j", (question, topic, expected) => {
    expect(correctSpelling(question, topic, vocabulary)?.text).toBe(expected);
  });

  it("leaves question words, known words, short words and numbers as written", () => {
    expect(correctSpelling("hvad besluttede udvalget om Integrationsrådet 2020", "Integrationsrådet", vocabulary)).toBe(
      null,
    );
    expect(correctSpelling("hvad med boks?", "boks", vocabulary)).toBe(null);
  });

  it("says what each word was read as", () => {
    expect(correctSpelling("integrationsrådt", "integrationsrådt", vocabulary)?.corrections).toEqual([
      { asked: "integrationsrådt", read: "Integrationsrådet" },
    ]);
  });
});

describe("correctPartyNames", () => {
  it.each([
    ["Hvordan stemte Socialdemokratet om budgettet?", "Hvordan stemte Socialdemokratiet om budgettet?"],
    ["Hvordan stemte Venster om budgettet?", "Hvordan stemte Venstre om budgettet?"],
    ["Hvordan stemte Enhedslistn om budgettet?", "Hvordan stemte Enhedslisten om budgettet?"],
    ["How did Liberal Aliance vote?", "How did Liberal Alliance vote?"],
    ["Hvad mente Radikal Venstre?", "Hvad mente Radikale Venstre?"],
    ["Hvordan stemte Dansk Folkepart?", "Hvordan stemte Dansk Folkeparti?"],
  ])("reads %j as %j", (question, expected) => {
    expect(correctPartyNames(question, vocabulary)?.text).toBe(expected);
  });

  it.each([
    "Hvordan stemte Venstre om budgettet?",
    // The same adjective inflected is no typo of a party's name.
    "en radikal ændring af budgettet",
    "konservativ finanspolitik",
    // Two letters off a short name is another word.
    "Hvad med venner?",
  ])("leaves %j as written", (question) => {
    expect(correctPartyNames(question, vocabulary)).toBeNull();
  });
});
