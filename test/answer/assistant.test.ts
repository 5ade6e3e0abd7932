import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { type Answer, AnswerSchema } from "../../src/domain/index.ts";
import { fixtureIndex } from "./fixture-index.ts";

const assistant = createAssistant({ index: fixtureIndex(), publicBaseUrl: "https://referat.example" });
const ask = (q: string, today = "2022-03-20", context: Answer["context"] | null = null) =>
  assistant.ask(q, { today, context });
const cited = (a: Answer) => a.citations.map((c) => `${c.meetingDate}#${c.item}`);
const votes = (a: Answer) => a.votes.map((v) => [v.body, v.date, v.position, v.positionBasis]);

describe("vote answers", () => {
  it("reports a party's member-level and party-level positions, labelled, with one citation", async () => {
    const a = await ask("How did Ø vote on Integrationsrådet?");
    expect(a).toMatchObject({ language: "en", intent: "vote", status: "found" });
    expect(cited(a)).toEqual(["2022-03-09#2"]);
    expect(votes(a)).toEqual([
      ["Social- og Beskæftigelsesudvalget", "2022-02-09", "against", "party-members"],
      ["Byrådet", "2022-02-28", "against", "party"],
    ]);
    expect(a.votes[1]?.counts).toEqual({ for: 11, against: 13, abstain: 1 });
    expect(a.text).toContain("item 2");
    expect(a.text).toContain("9 March 2022");
    expect(a.text).toContain(
      "https://referat.example/meetings/testrup-social-og-beskaeftigelsesudvalget-2022-03-09#punkt-2",
    );
  });

  it("answers in Danish with the vote's own body and date", async () => {
    const a = await ask("Hvordan stemte Dansk Folkeparti om integrationsrådet?");
    expect(a.language).toBe("da");
    expect(votes(a)).toEqual([
      ["Social- og Beskæftigelsesudvalget", "2022-02-09", "for", "party-members"],
      ["Byrådet", "2022-02-28", "for", "party"],
    ]);
    expect(a.text).toContain("punkt 2");
    expect(a.text).toContain("stemte for");
  });

  it("reports a member's own position, found by a misspelt name", async () => {
    const a = await ask("How did Alan Mortensen vote on the result targets?");
    expect(a.subject).toEqual({ kind: "member", name: "Allan Berg Mortensen", party: "Ø" });
    expect(votes(a)).toEqual([["Social- og Beskæftigelsesudvalget", "2022-03-09", "abstain", "member"]]);
    expect(cited(a)).toEqual(["2022-03-09#3"]);
  });

  it("never gives a member the position of a party-level record", async () => {
    const a = await ask("How did Per Dam vote on Integrationsrådet?");
    expect(votes(a)).toEqual([["Social- og Beskæftigelsesudvalget", "2022-02-09", "for", "member"]]);
  });

  it("lists the votes without a position when the party is named in none of them", async () => {
    const a = await ask("Hvordan stemte SF om integrationsrådet?");
    expect(a.votes.length).toBe(2);
    expect(a.votes.every((v) => v.position === null && v.positionBasis === null)).toBe(true);
    expect(a.text).toContain("ikke nævnt");
  });

  it("reuses the topic for a follow-up about another party", async () => {
    const first = await ask("How did Ø vote on Integrationsrådet?");
    const next = await ask("and Venstre?", "2022-03-20", first.context);
    expect(next.intent).toBe("vote");
    expect(votes(next)).toEqual([["Byrådet", "2022-02-28", "abstain", "party-members"]]);
  });

  it("says so and cites nothing when the minutes hold no such topic", async () => {
    const a = await ask("How did Ø vote on the budget for the new football stadium?");
    expect(a).toMatchObject({ status: "not_found", votes: [], citations: [], upcoming: [] });
    expect(a.text).toMatch(/found no recorded vote/);
    expect(a.text).toContain("football stadium");
  });

  it("says a decision had no recorded vote instead of inventing positions", async () => {
    const a = await ask("Hvordan stemte Ø om veteranpolitikken?");
    expect(a.votes).toEqual([]);
    expect(cited(a)).toEqual(["2022-03-09#4"]);
    expect(a.decisions[0]?.text).toBe("Anbefales godkendt.");
    expect(a.text).toContain("ingen afstemning");
  });
});

describe("decision answers", () => {
  it("quotes the decision blocks of the matching item per body and date", async () => {
    const a = await ask("What was decided about the integration council?");
    expect(a).toMatchObject({ intent: "decision", status: "found" });
    expect(cited(a)).toEqual(["2022-03-09#2"]);
    expect(a.decisions.map((d) => [d.body, d.date])).toEqual([
      ["Social- og Beskæftigelsesudvalget", "2022-02-09"],
      ["Byrådet", "2022-02-28"],
      ["Social- og Beskæftigelsesudvalget", "2022-03-09"],
    ]);
  });

  it("narrows to the blocks of the body asked about", async () => {
    const a = await ask("Hvad besluttede byrådet om Integrationsrådet?");
    expect(a.decisions.map((d) => d.body)).toEqual(["Byrådet"]);
    expect(a.decisions[0]?.text).toContain("forkastet");
  });

  it("keeps to the municipality named", async () => {
    const a = await ask("what did Nordby decide about school roads?");
    expect(cited(a)).toEqual(["2021-11-10#1"]);
    expect(a.citations[0]?.municipality).toBe("Nordby");
  });
});

describe("closed items", () => {
  it("lists a meeting's closed items, untitled ones too, and says what was searched", async () => {
    const a = await ask("Hvilke punkter var lukkede på mødet den 9. marts 2022?");
    expect(cited(a)).toEqual(["2022-03-09#6"]);
    expect(a.text).toContain("lukkede punkter, 9. marts 2022");
    // Where none was closed, none is offered.
    const none = await ask("Which items were closed at the meeting on 8 December 2021?");
    expect(none).toMatchObject({ status: "not_found", citations: [] });
    expect(none.text).toContain("closed items, 8 December 2021");
  });
});

describe("a body's meetings", () => {
  it("lists the meetings of the body asked about, newest first, each with its link", async () => {
    for (const q of ["When did SBU meet?", "Hvilke møder har Social- og Beskæftigelsesudvalget holdt?"]) {
      const a = await ask(q);
      expect(a.intent).toBe("source");
      expect(cited(a)).toEqual(["2022-04-06#null", "2022-03-09#null", "2021-12-08#null"]);
    }
    // The last one when that is asked: the newest held by today (the agenda of 6 April is still ahead).
    expect(cited(await ask("Hvornår mødtes Social- og Beskæftigelsesudvalget sidst?"))).toEqual(["2022-03-09#null"]);
    expect(cited(await ask("When did SBU last meet?"))).toEqual(["2022-03-09#null"]);
    // The body named between "mødtes" and "sidst" is the body asked about, not part of the date phrase: another
    // committee's meeting, and none for a body whose own minutes are not indexed (Byrådet is only quoted).
    expect(cited(await ask("Hvornår mødtes Teknik- og Miljøudvalget sidst?"))).toHaveLength(1);
    expect((await ask("Hvornår mødtes Teknik- og Miljøudvalget sidst?")).citations[0]?.committee).toBe(
      "Teknik- og Miljøudvalget",
    );
    expect(await ask("Hvornår mødtes Byrådet sidst?")).toMatchObject({ status: "not_found", citations: [] });
    // One meeting when one is asked for.
    expect(cited(await ask("Link til mødet i Social- og Beskæftigelsesudvalget"))).toHaveLength(1);
  });
});

describe("upcoming answers", () => {
  it("lists the rows still ahead from the newest list at or before today, and future agendas", async () => {
    const a = await ask("What is coming up in SBU?", "2022-05-15");
    expect(a.intent).toBe("upcoming");
    const rows = a.upcoming.map((u) => [u.title, u.bucket]);
    expect(rows).toEqual([
      ["Budgetforslag 2023", "dated"],
      ["Fælleslegatet 2022", "period"],
      ["Opfølgning på flygtningeindsatsen", "ongoing"],
      ["Fællesmøde med Handicaprådet", "undated"],
    ]);
    // The 6 April row and "Primo 2022" have passed; the agenda of 6 April is no longer ahead.
    expect(a.text).toContain("2 items on the list were due before today");
    expect(cited(a)).toEqual(["2022-03-09#5"]);
  });

  it("does not offer a list more than a year old as what is coming now: its undated rows are named as stale", async () => {
    // The fixture's newest list is of 9 March 2022; a year and more later, its ongoing and undated rows are old news.
    const a = await ask("What is coming up in SBU?", "2023-06-01");
    expect(a).toMatchObject({ status: "not_found", upcoming: [], citations: [] });
    expect(a.text).toContain(
      "The newest list of coming items in Social- og Beskæftigelsesudvalget is from 9 March 2022, more than a year before today; its 2 undated items say nothing about what is coming now.",
    );
    const da = await ask("Hvad er på vej i udvalget?", "2023-06-01");
    expect(da.text).toContain(
      "Den nyeste liste over kommende sager i Social- og Beskæftigelsesudvalget er fra 9. marts 2022",
    );
    // Within the year, the same rows are still listed.
    const recent = await ask("What is coming up in SBU?", "2023-03-01");
    expect(recent.upcoming.map((u) => u.bucket)).toEqual(["ongoing", "undated"]);
  });

  it("answers 'when is the next meeting' from a coming agenda, else says none is published and when the last was", async () => {
    const coming = await ask("When is the next meeting of SBU?", "2022-03-20");
    expect(coming.text).toContain("6 April 2022");
    expect(coming.facts.some((f) => f.kind === "no-next-agenda")).toBe(false);
    const none = await ask("Hvornår er næste møde i Social- og Beskæftigelsesudvalget?", "2022-05-01");
    expect(none.text).toContain(
      "Der er ingen dagsorden for et kommende møde i Social- og Beskæftigelsesudvalget i referaterne; det seneste møde var den 6. april 2022",
    );
  });

  it("adds items of agendas for meetings after today to the text, citing the agenda once", async () => {
    const a = await ask("Hvad er på vej i udvalget?", "2022-03-20");
    expect(a.upcoming.every((u) => u.bucket !== "agenda")).toBe(true);
    expect(cited(a)).toEqual(["2022-03-09#5", "2022-04-06#null"]);
    expect(a.text).toContain("På dagsordenen for mødet i Social- og Beskæftigelsesudvalget den 6. april 2022 [2]:");
    expect(a.text).toContain("- punkt 2: Handleplan for hjemløse 2022");
    expect(a.text).not.toContain("Godkendelse af dagsorden");
  });

  it("answers about one item on a future agenda with that agenda item", async () => {
    const a = await ask("When will the homeless action plan be discussed?", "2022-03-20");
    expect(a.upcoming).toEqual([]);
    expect(cited(a)).toEqual(["2022-04-06#2"]);
    expect(a.text).toContain(
      "is on the agenda of the meeting of Social- og Beskæftigelsesudvalget on 6 April 2022, item 2",
    );
  });

  it("uses the list of the day asked about, not a newer one", async () => {
    const a = await ask("Hvornår skal Fælleslegatet 2022 behandles?", "2022-01-10");
    expect(a.upcoming.map((u) => [u.title, u.when])).toEqual([["Fælleslegatet 2022", "Medio 2022"]]);
    expect(cited(a)).toEqual(["2021-12-08#2"]);
    expect(a.text).toContain("Medio 2022");
  });

  it("keeps to the time asked about: dated rows and parts of the year that overlap it", async () => {
    const a = await ask("Hvad skal udvalget behandle i juni 2022?", "2022-03-20");
    expect(a.upcoming.map((u) => u.title)).toEqual(["Budgetforslag 2023"]);
    const late = await ask("What will the committee discuss in November 2022?", "2022-03-20");
    expect(late.upcoming.map((u) => u.title)).toEqual(["Fælleslegatet 2022"]);
  });

  it("answers about one row with that row only", async () => {
    const a = await ask("Hvornår skal Fælleslegatet 2022 behandles?", "2022-03-20");
    expect(a.upcoming.map((u) => [u.title, u.when])).toEqual([["Fælleslegatet 2022", "Ultimo 2022"]]);
    expect(a.text).toContain("sidst på året");
  });
});

describe("source answers", () => {
  it("links one item of a meeting named by date", async () => {
    const a = await ask("Giv mig et link til punkt 2 fra mødet den 09-03-2022");
    expect(a).toMatchObject({ intent: "source", language: "da", status: "found" });
    expect(cited(a)).toEqual(["2022-03-09#2"]);
    expect(a.citations[0]?.url).toBe(
      "https://referat.example/meetings/testrup-social-og-beskaeftigelsesudvalget-2022-03-09#punkt-2",
    );
    expect(a.text).toContain("Punkt 2");
  });

  it("links the official source with a page when sources.json knows it", async () => {
    const index = fixtureIndex(undefined, { "a_sbu_2022-03-09.txt": { url: "https://testrup.dk/referat.pdf" } });
    const a = await createAssistant({ index }).ask("link to item 3 of the meeting on 9 March 2022", {
      today: "2022-03-20",
    });
    expect(a.citations[0]?.url).toBe("https://testrup.dk/referat.pdf#page=5");
  });

  it("links the whole meeting when no item is named", async () => {
    const a = await ask("Link to the minutes of the meeting on 8 December 2021");
    expect(a.citations.map((c) => [c.meetingDate, c.item])).toEqual([["2021-12-08", null]]);
    expect(a.text).toContain("8 December 2021");
  });

  it("takes the last meeting held by today, not a later agenda", async () => {
    const a = await ask("Link til referatet fra seneste møde i SBU");
    expect(cited(a)).toEqual(["2022-03-09#null"]);
  });

  it("says so when no meeting was held that day", async () => {
    const a = await ask("Link to the minutes of the meeting on 1 January 2022");
    expect(a).toMatchObject({ status: "not_found", citations: [] });
  });
});

describe("attendance answers", () => {
  it("names participants, absent members and substitutes", async () => {
    const a = await ask("Who was absent from the meeting on 8 December 2021?");
    expect(a.attendance).toMatchObject({
      absent: ["Jens Vad"],
      substitutes: [{ name: "Ole Bak", party: "V", for: "Jens Vad" }],
    });
    expect(a.text).toContain("Absent: Jens Vad.");
    expect(a.text).toContain("Ole Bak (V) was a substitute for Jens Vad.");
  });

  it("reports a member absent for some items only with those items, quoted", async () => {
    const a = await ask("Who was absent from the meeting on 8 December 2021?");
    expect(a.attendance?.partial).toEqual([
      { name: "Lise Krogh", party: "A", items: [2], quote: "Lise Krogh (A) forlod mødet efter punkt 1." },
    ]);
    expect(a.text).toContain('Lise Krogh (A) was absent from item 2: "Lise Krogh (A) forlod mødet efter punkt 1."');
  });

  it("answers per item: absent at the item she missed, present at the one before", async () => {
    const away = await ask("Was Lise Krogh present at item 2 on 8 December 2021?");
    expect(away.intent).toBe("attendance");
    expect(away.text).toContain("Lise Krogh was absent from item 2.");
    expect(away.text).toContain("forlod mødet efter punkt 1");
    const there = await ask("Was Lise Krogh present at item 1 on 8 December 2021?");
    expect(there.text).toContain("Lise Krogh attended item 1.");
  });

  it("lists who was absent at an item in Danish, whole-meeting and per-item absences together", async () => {
    const a = await ask("Hvem var fraværende ved punkt 2 den 8. december 2021?");
    expect(a.language).toBe("da");
    expect(a.attendance?.item).toBe(2);
    expect(a.text).toContain("Fraværende ved punkt 2: Jens Vad og Lise Krogh.");
    const first = await ask("Hvem var fraværende ved punkt 1 den 8. december 2021?");
    expect(first.text).toContain("Fraværende ved punkt 1: Jens Vad.");
  });

  it("answers in Danish for a committee named without a date", async () => {
    const a = await ask("Hvem deltog i mødet i Teknik- og Miljøudvalget?");
    expect(a.language).toBe("da");
    expect(a.attendance?.participants).toEqual(["Hanne Lund", "Bo Juhl"]);
    expect(a.text).toContain("Deltog: Hanne Lund og Bo Juhl.");
  });
});

describe("search answers", () => {
  it("quotes the decisive sentence of the best item", async () => {
    const a = await ask("trafiksikkerhed");
    expect(a.intent).toBe("search");
    expect(cited(a)).toEqual(["2021-11-10#1"]);
    expect(a.matches[0]?.quote).toBe("Udvalget godkendte trafiksikkerhedsplanen.");
  });

  it("offers the closest items as suggestions, not citations, when nothing answers", async () => {
    const a = await ask("cykelstier og fodboldbaner i Nordby");
    expect(a.status).toBe("not_found");
    expect(a.citations).toEqual([]);
    expect(a.suggestions.map((s) => s.item)).toEqual([1]);
  });

  it("asks for more when the question has nothing to search for", async () => {
    const a = await ask("hej");
    expect(a.status).toBe("clarify");
    expect(a.text).toContain("Hvordan stemte");
  });
});

describe("every answer", () => {
  it.each([
    "How did Ø vote on Integrationsrådet?",
    "Hvad besluttede udvalget om veteranpolitikken?",
    "What is coming up?",
    "Who attended the last meeting?",
    "link to item 99 of the meeting on 9 March 2022",
    "",
    "???",
  ])("is a valid Answer with a text for %j", async (q) => {
    const a = await ask(q);
    expect(() => AnswerSchema.parse(a)).not.toThrow();
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.context.intent).toBe(a.intent);
  });
});

describe("answer texts", () => {
  // The function words the QA scorer looks for (../shared/eval/score-qa.mjs): an answer must read as its language.
  const EN =
    /(^|[^\p{L}])(the|was|were|voted|vote|votes|against|abstained|on|of|in|and|is|are|no|not|found|meeting|item|items|committee|decided|upcoming|absent|attended|from|with)(?![\p{L}])/iu;
  const DA =
    /(^|[^\p{L}])(blev|stemte|undlod|ikke|fandt|ingen|var|har|der|det|den|er|mødet|besluttede|besluttet|fraværende|deltog|behandles|hvor|hvem|hvornår|stedfortræder|udvalget)(?![\p{L}])/iu;
  const QUESTIONS: [string, string][] = [
    ["Who voted against closing the integration council?", "2022-03-20"],
    ["Hvem stemte imod at nedlægge Integrationsrådet?", "2022-03-20"],
    ["What was decided about the veteran policy?", "2022-03-20"],
    ["Hvad blev der besluttet om veteranpolitikken?", "2022-03-20"],
    ["What is coming up in SBU?", "2022-03-20"],
    ["Hvad er på vej i SBU?", "2022-03-20"],
    ["Hvornår skal regnskab 2021 behandles?", "2022-06-01"],
    ["Link til punkt 3 fra mødet den 9. marts 2022", "2022-03-20"],
    ["Hvem deltog i mødet den 8. december 2021?", "2022-03-20"],
    ["trafiksikkerhedsplan", "2022-03-20"],
    ["Hvordan stemte Ø om svømmehallen?", "2022-03-20"],
    ["How did Ø vote on the swimming pool?", "2022-03-20"],
  ];

  it.each(QUESTIONS)("reads as the language of %j", async (q, today) => {
    const a = await ask(q, today);
    // Quotes from the minutes are Danish whatever the question's language: look only outside quotes.
    const own = a.text.replace(/"[^"]*"/g, "");
    expect(a.language === "da" ? DA.test(own) : EN.test(own)).toBe(true);
  });

  it.each(QUESTIONS)("names the date and item of every citation in %j", async (q, today) => {
    const a = await ask(q, today);
    for (const c of a.citations) {
      const [y, m, d] = c.meetingDate.split("-").map(Number);
      const months =
        a.language === "da" ? ["marts", "april", "november", "december"] : ["March", "April", "November", "December"];
      expect(months.some((name) => a.text.includes(`${d}${a.language === "da" ? "." : ""} ${name} ${y}`))).toBe(true);
      expect(m).toBeGreaterThan(0);
      if (c.item !== null) expect(a.text).toMatch(new RegExp(`(punkt|item) ${c.item}(?!\\d)`, "i"));
    }
  });
});

describe("a failing engine", () => {
  it("lets the error reach the adapter (which apologises with a reference id) instead of answering with help", async () => {
    const broken = {
      ...fixtureIndex(),
      searchItems: () => {
        throw new Error("items.idx is unreadable");
      },
    };
    await expect(
      createAssistant({ index: broken }).ask("How did Ø vote on Integrationsrådet?", { today: "2022-03-20" }),
    ).rejects.toThrow("items.idx is unreadable");
  });
});

describe("the question length cap in the core", () => {
  it("refuses a 20,000-character question without reading it, in the asker's language", async () => {
    const long = `Hvordan stemte Ø om ${"budgettet og ".repeat(1600)}?`;
    expect(long.length).toBeGreaterThan(20_000);
    const answer = await assistant.ask(long, { today: "2021-01-15" });
    expect(answer.status).toBe("clarify");
    expect(answer.citations).toEqual([]);
    expect(answer.text).toContain(`${[...long].length} tegn`);
    expect(answer.text).toContain("500");
    expect(answer.question.length).toBeLessThanOrEqual(501);
    const english = await assistant.ask(`How did Ø vote on ${"the budget and ".repeat(40)}?`);
    expect(english.text).toMatch(/^The question is \d+ characters long; I read at most 500/);
  });

  it("still answers a question of exactly 500 characters", async () => {
    const q = "Hvordan stemte Ø? ".padEnd(500, "x");
    const answer = await assistant.ask(q, { today: "2021-01-15" });
    expect(answer.text).not.toMatch(/højst 500 tegn/);
  });
});
