// An index too large to score every item: candidates come from the search index and the catalog's maps, and the
// answers are those of the small index the same minutes sit in.
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/answer/messages.ts";
import { CANDIDATES } from "../../src/answer/retrieve.ts";
import { createAssistant } from "../../src/assistant.ts";
import type { Answer } from "../../src/domain/index.ts";
import { FIXTURE_MEETINGS, fixtureIndex } from "./fixture-index.ts";
import { fillerMeetings } from "./helpers/filler-meetings.ts";

const filler = fillerMeetings(40);
const small = createAssistant({ index: fixtureIndex(), publicBaseUrl: "https://referat.example" });
const large = createAssistant({
  index: fixtureIndex([...FIXTURE_MEETINGS, ...filler]),
  publicBaseUrl: "https://referat.example",
});
const cited = (a: Answer) => a.citations.map((c) => `${c.meetingDate}#${c.item}`);

describe("answers from a large index", () => {
  it("holds more items than are scored one by one", () => {
    const items = [...FIXTURE_MEETINGS, ...filler].reduce((n, m) => n + m.items.length, 0);
    expect(items).toBeGreaterThan(CANDIDATES.exhaustive);
  });

  it.each([
    ["How did Ø vote on Integrationsrådet?"],
    ["Hvordan stemte Dansk Folkeparti om integrationsrådet?"],
    ["How did Alan Mortensen vote on the result targets?"],
    ["Hvordan stemte SF om integrationsrådet?"],
    ["How did Ø vote on the budget for the new football stadium?"],
    ["Hvordan stemte Ø om veteranpolitikken?"],
    ["What was decided about the integration council?"],
    ["Hvad besluttede byrådet om Integrationsrådet?"],
    ["what did Nordby decide about school roads?"],
    ["What is coming up in SBU?"],
    ["When will the homeless action plan be discussed?"],
    ["Hvornår skal Fælleslegatet 2022 behandles?"],
    ["Giv mig et link til punkt 2 fra mødet den 09-03-2022"],
    ["Link to the minutes of the meeting on 8 December 2021"],
    ["Link til referatet fra seneste møde i SBU"],
    ["Who was absent from the meeting on 8 December 2021?"],
    ["Hvem deltog i mødet i Teknik- og Miljøudvalget?"],
    ["trafiksikkerhed"],
    ["cykelstier og fodboldbaner i Nordby"],
    ["Hvad blev besluttet om sag 22/1234?"],
  ])("answers %j as the small index does", async (question) => {
    const options = { today: "2022-03-20" };
    const [a, b] = await Promise.all([small.ask(question, options), large.ask(question, options)]);
    expect(b.status).toBe(a.status);
    expect(cited(b)).toEqual(cited(a));
    expect(b.votes).toEqual(a.votes);
    expect(b.decisions).toEqual(a.decisions);
    expect(b.upcoming).toEqual(a.upcoming);
    // The text is the same but for the line saying what each index covers.
    const withoutCoverage = (x: Answer) =>
      x.coverage ? x.text.replace(MESSAGES[x.language].coverage(x.coverage), "") : x.text;
    expect(withoutCoverage(b)).toBe(withoutCoverage(a));
    expect(b.facts).toEqual(a.facts);
  });

  it("finds an item among the many by its topic and place", async () => {
    const a = await large.ask("Hvad besluttede Kultur- og Fritidsudvalget om musikskolen i Nørrestrand?", {
      today: "2022-03-20",
    });
    expect(a.status).toBe("found");
    expect(a.citations[0]?.title).toBe("Musikskole i Nørrestrand");
    expect(a.citations.every((c) => c.title === "Musikskole i Nørrestrand")).toBe(true);
  });

  it("finds a member's votes without a topic, newest first", async () => {
    const a = await large.ask("Hvordan stemte Eva Sand?", { today: "2022-03-20" });
    expect(a.status).toBe("found");
    expect(a.votes.length).toBeGreaterThan(0);
    expect(a.votes.every((v) => v.position === "against" && v.positionBasis === "member")).toBe(true);
    const dates = a.citations.map((c) => c.meetingDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
