import { describe, expect, it } from "vitest";
import { detectIntent, INTENT_RULES } from "../../../src/answer/understand/intent.ts";

describe("detectIntent", () => {
  it.each([
    ["how did Ø vote on Integrationsrådet?", "vote"],
    ["Did Enhedslisten support the result targets in the employment plan 2021?", "vote"],
    ["Hvordan stemte Dansk Folkeparti om beskæftigelsesplanen?", "vote"],
    ["Hvem stemte imod forslaget?", "vote"],
    ["What was decided about Vapnagaard?", "decision"],
    ["hvad besluttede udvalget om veteranpolitikken?", "decision"],
    ["Hvad blev resultatet af sagen om Fælleslegatet?", "decision"],
    ["What is coming up in Social- og Beskæftigelsesudvalget?", "upcoming"],
    ["Hvornår skal Fælleslegatet 2021 behandles?", "upcoming"],
    ["When will the budget proposal be discussed?", "upcoming"],
    ["Hvilke sager er på vej i udvalget?", "upcoming"],
    ["Link to the minutes of the meeting on 9 December 2020", "source"],
    ["Giv mig et link til punkt 12 fra mødet den 09-12-2020", "source"],
    ["show me item 7 from the meeting on 14 April 2021", "source"],
    ["Who was absent from the meeting on 16 March 2016?", "attendance"],
    ["Hvem deltog i mødet den 8. marts 2021?", "attendance"],
    ["Hvem var stedfortræder?", "attendance"],
    ["Who substituted for Anne Mette Villadsen in Aarhus?", "attendance"],
    ["Who replaced Simon Simonsen in Borgerrepræsentationen?", "attendance"],
    ["Who stood in for Lene Lindberg?", "attendance"],
    ["Var Nicolaj Bang med, da Magistraten behandlede udpegning til sundhedsråd?", "attendance"],
    ["Was Lene Lindberg there when the budget was decided?", "attendance"],
    ["Hvem kunne ikke tiltræde udviklingsplanen?", "vote"],
    ["Hvad anbefalede Magistraten om lokalplan 1246?", "decision"],
    ["Hvem afløste Lene Lindberg?", "attendance"],
    ["Hvem meldte afbud til mødet?", "attendance"],
    ["Hvornår behandles status på affaldssortering?", "upcoming"],
    ["When is the use of force report coming?", "upcoming"],
    ["What will the Social- og Beskæftigelsesudvalget discuss next?", "upcoming"],
    ["What is on the agenda of the city council in Helsingør?", "upcoming"],
    ["Hvad står der på dagsordenen til byrådsmødet?", "upcoming"],
    ["trafiksikkerhed på skoleveje", "search"],
    ["Was Bjarne Nielsen at the council meeting on 24 April 2023?", "attendance"],
    ["Var Karina Nielsen med på mødet i udvalget?", "attendance"],
    ["Was the school merger approved at the meeting?", "decision"],
    ["Was Ø against the school merger at the meeting?", "vote"],
    // Asking for the document itself, in the words people use for it.
    ["Giv mig referatet fra byrådets møde 3. maj 2022", "source"],
    ["Give me item 5 from the meeting on 2 March 2023", "source"],
    ["Hvor er referatet af Teknisk Udvalgs møde i går?", "source"],
    ["Where are the minutes of the council meeting on 4 May?", "source"],
    // What was said is found in the text; who proposed something is the decision's proposer.
    ["Hvad blev der sagt om skolestrukturen?", "search"],
    ["What was said about the bike lanes?", "search"],
    ["Who proposed closing the library?", "decision"],
    ["Hvem foreslog at lukke biblioteket?", "decision"],
    ["Hvem stillede forslaget om at nedlægge rådet?", "decision"],
    ["What did Charlotte Munch propose about the library?", "search"],
    // A body's meetings, not one meeting.
    ["Hvornår holdt Teknisk Udvalg møde?", "source"],
    ["Hvilke møder har Økonomiudvalget afholdt i 2024?", "source"],
    ["When did the finance committee meet?", "source"],
    ["Which meetings did Byrådet hold in May?", "source"],
    ["Hvornår mødtes Teknisk Udvalg sidst?", "source"],
    ["When did the council last meet?", "source"],
    ["Hvem er formand for Teknisk Udvalg?", "attendance"],
    ["Who is the chairman of the finance committee?", "attendance"],
    // Who sits on a body: the newest meeting's attendance, not a search for the word "medlem".
    ["Hvem er medlem af Teknisk Udvalg?", "attendance"],
    ["Hvem sidder i Økonomiudvalget?", "attendance"],
    ["Who are the members of the finance committee?", "attendance"],
    ["Hvilke medlemmer har Økonomiudvalget?", "attendance"],
    ["Hvad besluttede medlemmerne af udvalget om budgettet?", "decision"],
    ["Hvad sker der i udvalget i næste uge?", "upcoming"],
    ["What will Byrådet treat next month?", "upcoming"],
  ])("reads %j as %s", (question, intent) => {
    expect(detectIntent(question, { hasSubject: false }).intent).toBe(intent);
  });

  it("takes a question naming only a party and a topic as a vote question", () => {
    expect(detectIntent("Ø og Integrationsrådet?", { hasSubject: true })).toEqual({ intent: "vote", explicit: false });
  });

  it("finds its own example in every rule", () => {
    for (const rule of INTENT_RULES) {
      expect(detectIntent(rule.example, { hasSubject: false }).intent).toBe(rule.intent);
    }
  });
});

describe("detectIntent with a topic that holds another intent's word", () => {
  it("reads what the question asks before its 'om'/'about'", () => {
    expect(
      detectIntent("Hvad blev besluttet om Deltagere til smagspanel, udbud madlevering?", { hasSubject: false }).intent,
    ).toBe("decision");
    expect(detectIntent("Who was absent from the meeting about the budget?", { hasSubject: false }).intent).toBe(
      "attendance",
    );
    // "på vej" (on the way) in a title is no upcoming question.
    expect(
      detectIntent("How did C vote on Opgaver ved øget tilsyn med driftskontrakt på vej og grønne områder?", {
        hasSubject: true,
      }).intent,
    ).toBe("vote");
  });
});
