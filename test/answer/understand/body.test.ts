import { describe, expect, it } from "vitest";
import { findBodies, findKindNotIndexed, shortForm, shortForms } from "../../../src/answer/understand/body.ts";

const bodies = [
  "Social- og Beskæftigelsesudvalget",
  "Beskæftigelsesudvalget",
  "Social- og Arbejdsmarkedsudvalget",
  "Byrådet",
  "Økonomiudvalget",
];
const found = (q: string) => findBodies(q, bodies).map((b) => b.body);

describe("findBodies", () => {
  it("prefers the longest name", () => {
    expect(found("What is coming up in Social- og Beskæftigelsesudvalget?")).toEqual([
      "Social- og Beskæftigelsesudvalget",
    ]);
    expect(found("the Beskæftigelsesudvalget meeting")).toEqual(["Beskæftigelsesudvalget"]);
  });

  it.each([
    ["mødet i Social og Beskæftigelsesudvalget", "Social- og Beskæftigelsesudvalget"],
    ["i beskæftigelsesudvalgets møde", "Beskæftigelsesudvalget"],
    ["hvad besluttede SBU?", "Social- og Beskæftigelsesudvalget"],
    ["hvad besluttede SAU?", "Social- og Arbejdsmarkedsudvalget"],
    ["what did the city council decide?", "Byrådet"],
    ["hvad besluttede kommunalbestyrelsen?", "Byrådet"],
    ["what did the finance committee decide?", "Økonomiudvalget"],
    ["hvad sagde ØU?", "Økonomiudvalget"],
  ])("finds the body in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("derives short forms from the parts of a committee's name", () => {
    expect(shortForm("Social- og Beskæftigelsesudvalget")).toBe("SBU");
    expect(shortForm("Børne- og Uddannelsesudvalget")).toBe("BUU");
    expect(shortForm("Økonomiudvalget")).toBe("ØU");
    // Names of three or more parts go by their initials with and without the U.
    expect(shortForms("Klima-, Teknik- og Miljøudvalget")).toEqual(["KTMU", "KTM"]);
    expect(shortForms("Skole-, Børne- og Ungeudvalget")).toEqual(["SBUU", "SBU"]);
    expect(shortForms("Social- og Beskæftigelsesudvalget")).toEqual(["SBU"]);
    expect(
      findBodies("hvad besluttede KTM om fortovet?", ["Klima-, Teknik- og Miljøudvalget", "Økonomiudvalget"]),
    ).toEqual([{ body: "Klima-, Teknik- og Miljøudvalget", how: "short", start: 16, end: 19 }]);
  });
});

describe("findBodies by subject words", () => {
  it.each([
    ["What is coming up in the employment committee?", "Beskæftigelsesudvalget"],
    ["What did the social and employment committee decide?", "Social- og Beskæftigelsesudvalget"],
    ["What did the social and labour market committee decide?", "Social- og Arbejdsmarkedsudvalget"],
    ["hvad besluttede social og arbejdsmarkedsudvalget?", "Social- og Arbejdsmarkedsudvalget"],
  ])("finds the body described in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("finds no body for subject words that no committee has", () => {
    expect(found("What did the football committee decide?")).toEqual([]);
  });
});

describe("findBodies with a typo", () => {
  it.each([
    ["Hvem deltog i Beskæftigelsesudvalgt den 16. marts 2016?", "Beskæftigelsesudvalget"],
    ["Hvad besluttede Økonomiudvalet?", "Økonomiudvalget"],
  ])("finds the body in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("does not take a long topic word for a body", () => {
    expect(found("Hvad blev besluttet om beskæftigelsesplanen?")).toEqual([]);
  });
});

describe("findBodies for councils of several municipalities", () => {
  const councils = [
    "Byrådet",
    "Aarhus Byråd",
    "Kommunalbestyrelsen",
    "Borgerrepræsentationen",
    "Teknik- og Miljøudvalget",
  ];
  const places = ["Helsingør", "Aarhus", "Hvidovre", "Stevns", "København", "Copenhagen"];
  const bodiesIn = (q: string) => findBodies(q, councils, places).map((b) => b.body);

  it("takes a generic word for every indexed council", () => {
    expect(bodiesIn("Hvad besluttede byrådet om hjemløshed?").sort()).toEqual(
      ["Aarhus Byråd", "Borgerrepræsentationen", "Byrådet", "Kommunalbestyrelsen"].sort(),
    );
    expect(bodiesIn("Who was absent from the city council meeting?")).toHaveLength(4);
  });

  it("still finds a council by its own full name", () => {
    expect(bodiesIn("Hvad besluttede Aarhus Byråd?")).toEqual(["Aarhus Byråd"]);
  });

  it("reads 'council' after a municipality's name as its council, leaving the place to be read", () => {
    const q = "Link to the Stevns council meeting";
    const [mention] = findBodies(q, councils, places);
    expect(mention).toMatchObject({ how: "generic", start: q.indexOf("council") });
    expect(bodiesIn("What did the Copenhagen City Council decide?")).toHaveLength(4);
  });

  it("does not take the council a case is sent to for the body asked about", () => {
    expect(bodiesIn("Who asked for the school case to go to the city council?")).toEqual([]);
    expect(bodiesIn("Hvem ønskede sagen sendt til byrådet?")).toEqual([]);
    expect(bodiesIn("Link to the city council meeting")).toHaveLength(4);
  });

  it("does not take another council's name for the city council", () => {
    expect(bodiesIn("What did the disability council meeting say?")).toEqual([]);
  });

  it("finds the few committees named by part of their subject", () => {
    expect(bodiesIn("What is on the agenda next for the technical committee in Hvidovre?")).toEqual([
      "Teknik- og Miljøudvalget",
    ]);
    expect(found("What did the social committee decide?").sort()).toEqual([
      "Social- og Arbejdsmarkedsudvalget",
      "Social- og Beskæftigelsesudvalget",
    ]);
  });
});

describe("a council's possessive in a title", () => {
  it("is no body asked about after the topic's preposition, and is one before it", () => {
    const bodies = ["Byrådet", "Økonomiudvalget"];
    expect(findBodies("How did A vote on Byrådets anvendelse af spørgsmål/svar?", bodies)).toEqual([]);
    expect(findBodies("Hvad var byrådets beslutning om budgettet?", bodies).map((b) => b.body)).toEqual(["Byrådet"]);
    const link = findBodies("Link to the minutes of the Byrådet meeting on 30 November 2020", bodies);
    expect(link.map((b) => b.body)).toEqual(["Byrådet"]);
  });
});

describe("findKindNotIndexed", () => {
  const committees = ["Økonomiudvalget", "Kultur- og Fritidsudvalget"];
  it.each([
    ["Hvad besluttede byrådet om skolestrukturen?", "byrådet"],
    ["hvad med i Byrådet?", "Byrådet"],
    ["What did the city council decide on parking?", "the city council"],
    ["Hvordan stemte V i kommunalbestyrelsen om budgettet?", "kommunalbestyrelsen"],
    // After the topic, a word of place names the body again.
    ["What was decided about parking in the city council?", "the city council"],
    ["Hvad blev besluttet om skolen i byrådet?", "byrådet"],
  ])("reads %j as asking about a council the index does not hold (%s)", (question, phrase) => {
    expect(findKindNotIndexed(question, committees)).toBe(phrase);
  });

  it.each([
    // A title's words, a destination, a possessive: the council is not the body asked about.
    "Vision for Greve Byråd",
    "mødekalender for byrådet 2024",
    "Hvad sendte Økonomiudvalget videre til byrådet om skolen?",
    "byrådets mødekalender",
    "Hvad blev besluttet om Evaluering af opstart og onboarding af nyt Byråd 2022-2025?",
    // The committee itself is indexed.
    "Hvad besluttede Økonomiudvalget om skolen?",
  ])("does not read %j as asking about a missing council", (question) => {
    expect(findKindNotIndexed(question, committees)).toBeNull();
  });

  it("finds nothing missing when a council of that kind is indexed", () => {
    expect(findKindNotIndexed("Hvad besluttede byrådet om skolen?", [...committees, "Byrådet"])).toBeNull();
    expect(findKindNotIndexed("What did the city council decide?", ["Kommunalbestyrelsen"])).toBeNull();
  });
});
