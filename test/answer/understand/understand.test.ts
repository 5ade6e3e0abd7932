import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../../src/answer/understand/lexicon.ts";
import { contextOf, exactDay, understand } from "../../../src/answer/understand/understand.ts";
import { FIXTURE_MEETINGS } from "../fixture-index.ts";

const lexicon = buildLexicon(FIXTURE_MEETINGS);
const read = (q: string, context = null as ReturnType<typeof contextOf> | null) =>
  understand(q, lexicon, { today: "2022-03-20", context });

describe("understand", () => {
  it("reads a vote question with a party and a topic", () => {
    const u = read("how did Ø vote on Integrationsrådet?");
    expect(u).toMatchObject({ language: "en", intent: "vote", party: "Ø", member: null, item: null });
    expect(u.topic.text).toBe("Integrationsrådet");
  });

  it("reads a member from the roster of the minutes, fuzzily", () => {
    const u = read("Hvordan stemte Alan Mortensen om beskæftigelsesplanen?");
    expect(u.member).toEqual({ name: "Allan Berg Mortensen", party: "Ø" });
    expect(u.topic.text).toBe("beskæftigelsesplanen");
  });

  it("reads the committee, the municipality and the day", () => {
    const u = read("Hvem deltog i mødet i Social- og Beskæftigelsesudvalget i Testrup den 8. december 2021?");
    expect(u.intent).toBe("attendance");
    expect(u.bodies).toEqual(["Social- og Beskæftigelsesudvalget"]);
    expect(u.municipality).toBe("Testrup");
    expect(exactDay(u)).toBe("2021-12-08");
    expect(u.topic.concepts).toEqual([]);
  });

  it("reads an item number and a case number", () => {
    expect(read("Giv mig et link til punkt 2 fra mødet den 09-03-2022").item).toBe(2);
    expect(read("Hvad blev besluttet i sag 22/1234?").caseNumber).toBe("22/1234");
  });

  it("reuses the topic of the previous vote question for 'and Venstre?'", () => {
    const first = read("How did Ø vote on Integrationsrådet?");
    const next = read("and Venstre?", contextOf(first));
    expect(next).toMatchObject({ intent: "vote", party: "V", followUp: true });
    expect(next.topic.text).toBe("Integrationsrådet");
  });

  it.each(["Hvilke partier stemte for?", "who voted against it?", "hvem stemte imod?", "Which parties voted for it?"])(
    "asks about every side for %j: the topic stays, the earlier party does not",
    (q) => {
      const first = read("How did Ø vote on Integrationsrådet?");
      const next = read(q, contextOf(first));
      expect(next).toMatchObject({ intent: "vote", party: null, member: null, followUp: true });
      expect(next.topic.text).toBe("Integrationsrådet");
    },
  );

  it("reuses the topic for a Danish follow-up with a party letter", () => {
    const first = read("Hvordan stemte Ø om beskæftigelsesplanen?");
    const next = read("hvad med A?", contextOf(first));
    expect(next).toMatchObject({ language: "da", intent: "vote", party: "A" });
    expect(next.topic.text).toBe("beskæftigelsesplanen");
  });

  it("keeps the subject and changes the topic for 'and on X?'", () => {
    const first = read("How did Ø vote on Integrationsrådet?");
    const next = read("and on the employment plan?", contextOf(first));
    expect(next).toMatchObject({ intent: "vote", party: "Ø" });
    expect(next.topic.concepts[0]?.alternatives).toContain("beskæftigelsesplan");
  });

  it("does not lean on the previous question when a new one names its own intent", () => {
    const first = read("How did Ø vote on Integrationsrådet?");
    const next = read("What is coming up in SBU?", contextOf(first));
    expect(next).toMatchObject({ intent: "upcoming", party: null, followUp: false });
  });
});
