// Line roles: item headings and kinds, decision headings, case numbers, sections, Sagsforløb entries.
import { describe, expect, it } from "vitest";
import {
  caseNumber,
  datedEntry,
  decisionHeading,
  headingParts,
  historyLine,
  itemHeading,
  sectionHeading,
  splitPeriod,
  trailingCaseNumber,
} from "../../src/parse/split/structure.ts";

describe("item headings", () => {
  it.each([
    ["Punkt 1: Beslutning: Godkendelse af dagsorden", 1, "Beslutning: Godkendelse af dagsorden"],
    [
      "Punkt 12: Beslutning: Strategisk omstilling - Budgetområde 722",
      12,
      "Beslutning: Strategisk omstilling - Budgetområde 722",
    ],
    [
      "Punkt 3: Orientering - Benchmarking af kommunerne på beskæftigelsesområdet",
      3,
      "Orientering - Benchmarking af kommunerne på beskæftigelsesområdet",
    ],
    ["Pkt. 4 Lokalplan 123", 4, "Lokalplan 123"],
    ["Punkt 8: Lukket", 8, "Lukket"],
    ["Punkt 5, Lokalplan 1124, Bebyggelse ved Europaplads", 5, "Lokalplan 1124, Bebyggelse ved Europaplads"],
  ])("reads %j as item %i", (line, number, rest) => {
    expect(itemHeading(line)).toEqual({ number, rest });
  });

  it.each([
    "punktet blev udsat",
    "Punktnummer: 4",
    "Udvalget godkendte forslag fra Lene Lindberg (A) om, at punkt 8 optages",
  ])("does not read %j as a heading", (line) => expect(itemHeading(line)).toBeNull());

  it.each([
    ["Beslutning: Godkendelse af dagsorden", "Beslutning", false, "Godkendelse af dagsorden"],
    ["Beslutningssag: Jobparate flygtninge", "Beslutning", false, "Jobparate flygtninge"],
    [
      "Beslutnings sag: Driftsoverførsler fra regnskab 2015 til 2016",
      "Beslutning",
      false,
      "Driftsoverførsler fra regnskab 2015 til 2016",
    ],
    ["Beslutningsag: Godkendelse af dagsorden", "Beslutning", false, "Godkendelse af dagsorden"],
    ["Orienteringssag: Det samlede borgerforløb", "Orientering", false, "Det samlede borgerforløb"],
    [
      "Beslutning - Tilskud fra den regionale uddannelsespulje 2021",
      "Beslutning",
      false,
      "Tilskud fra den regionale uddannelsespulje 2021",
    ],
    [
      "Orientering - Bruttoledighed i Hvidovre Kommune (okt. - dec. 2020)",
      "Orientering",
      false,
      "Bruttoledighed i Hvidovre Kommune (okt. - dec. 2020)",
    ],
    ["Meddelelser/Eventuelt", null, false, "Meddelelser/Eventuelt"],
    [
      "Fællesmøde Integrationsrådet og Beskæftigelsesudvalget",
      null,
      false,
      "Fællesmøde Integrationsrådet og Beskæftigelsesudvalget",
    ],
    ["Lukket", null, true, "Lukket"],
    ["Lukket: Salg af grund", null, true, "Salg af grund"],
    ["Personalesag (Lukket)", null, true, "Personalesag"],
    ["Salg af areal ved Store Heddinge - Lukket", null, true, "Salg af areal ved Store Heddinge"],
    ["Lukket punkt: Køb af ejendom", null, true, "Køb af ejendom"],
    ["Dagsorden - Godkendelse", null, false, "Dagsorden - Godkendelse"],
  ])("splits %j into kind %j, closed %j, title %j", (rest, kind, closed, title) => {
    expect(headingParts(rest)).toEqual({ kind, closed, title });
  });
});

describe("decision headings", () => {
  it.each([
    [
      "Beslutninger Social- og Beskæftigelsesudvalget 2018-2021 den 09-12-2020",
      "Social- og Beskæftigelsesudvalget 2018-2021",
      "2020-12-09",
    ],
    ["Beslutninger Byrådet 2018-2021 den 30-11-2020", "Byrådet 2018-2021", "2020-11-30"],
    ["Beslutninger Beskæftigelsesudvalget den 16-03-2016", "Beskæftigelsesudvalget", "2016-03-16"],
    [
      "Beslutning i Social- og Arbejdsmarkedsudvalget den 08-03-2021",
      "Social- og Arbejdsmarkedsudvalget",
      "2021-03-08",
    ],
    [
      "Beslutninger Social- og Beskftigelsesudvalget 2018-2021 den 09-12-2020",
      "Social- og Beskftigelsesudvalget 2018-2021",
      "2020-12-09",
    ],
    ["Beslutning i Økonomiudvalget den 3. marts 2025", "Økonomiudvalget", "2025-03-03"],
    ["Økonomiudvalgets beslutning den 03-03-2025", "Økonomiudvalget", "2025-03-03"],
    ["Beslutning i Kommunalbestyrelsen", "Kommunalbestyrelsen", null],
    ["Borgerrepræsentationens beslutning i mødet den 4. november 2021", "Borgerrepræsentationen", "2021-11-04"],
    ["Økonomiudvalgets beslutning i mødet den 3. december 2024", "Økonomiudvalget", "2024-12-03"],
    ["Beslutning fra Plan, Miljø og Teknik, 9. februar 2021, pkt. 421:", "Plan, Miljø og Teknik", "2021-02-09"],
    ["Beslutning fra Direktionen, 8. februar 2021, pkt. 6:", "Direktionen", "2021-02-08"],
    ["Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:", "Teknik- og Miljøudvalget", "2019-09-10"],
    ["Beslutning i Kommunalbestyrelsen den 2024-11-26", "Kommunalbestyrelsen", "2024-11-26"],
    // Greve (FirstAgenda): the date straight after the body, without "den".
    ["Beslutning i Plan- og Tryghedsudvalget 16. august 2022:", "Plan- og Tryghedsudvalget", "2022-08-16"],
    ["Beslutning i Udvalget for Teknik og Miljø den 02-05-2023", "Udvalget for Teknik og Miljø", "2023-05-02"],
    // A history entry with "punkt" written out, and one after a blank run of spaces.
    ["Byrådet, 12. oktober 2025, punkt 7:", "Byrådet", "2025-10-12"],
    ["   Økonomiudvalget, 1. oktober 2025, pkt. 12", "Økonomiudvalget", "2025-10-01"],
  ])("reads %j as body %j on %j", (line, body, date) => {
    expect(decisionHeading(line)).toEqual({ bare: false, body, date });
  });

  it.each(["Beslutning", "Beslutninger", "Beslutning:", "Afgørelse", "AFGØRELSE:", "Udvalgets beslutning"])(
    "reads a bare %j as the meeting's own block",
    (line) => {
      expect(decisionHeading(line)).toEqual({ bare: true });
    },
  );

  it.each([
    ["Beslutning: Godkendt.", "Godkendt."],
    ["Beslutning: Vedtaget", "Vedtaget"],
    ["Beslutning: Sendt til behandling i Magistraten", "Sendt til behandling i Magistraten"],
  ])("reads %j as a bare block with its decision on the same line", (line, rest) => {
    expect(decisionHeading(line)).toEqual({ bare: true, rest });
  });

  it.each([
    "Beslutningen sendes til videre behandling i byrådet.",
    "Beslutning om etablering af rusmiddelcenter for voksne blev forelagt på kommunalbestyrelsesmøde den 31. marts 2020, punkt 21, hvor den blev godkendt.",
    "Beslutningstema",
    "Beslutning: Udvalget skal tage stilling til om ordningen skal fortsætte efter forsøgsperioden",
    "Sagens behandling blev udsat, jf. Magistraten i mødet den 19. august 2024.",
    // Greve: sentences of running text that end in "<body>s beslutning".
    "Administrationen orienterer Sekretariatet under Rammeaftale Sjælland om Byrådets beslutning.",
    "Iværksættes snarest muligt efter udvalgets beslutning.",
    "Ændringer træder i kraft efter udvalgets beslutning.",
    "Ansøger underrettes snarest muligt efter udvalgets beslutning.",
    // Lines with no decision word, no "beslutning" and no item number: passed over without the heading patterns.
    "Godkendt som nr. 7.",
    "Økonomiudvalget, 1. oktober 2025",
  ])("does not read the sentence %j as a heading", (line) => {
    expect(decisionHeading(line)).toBeNull();
  });
});

describe("case numbers, sections and history entries", () => {
  it.each([
    ["19/36812", "19/36812"],
    ["Sagsnr.: 24/1234", "24/1234"],
    ["EMN-2024-001234", "EMN-2024-001234"],
    ["Sags ID: 2024-0012345", "2024-0012345"],
    ["27.00.00-A00-1-24", "27.00.00-A00-1-24"],
    ["Sagsnummer: 2024-0987654", "2024-0987654"],
    ["Sagsnr.: S-1234-21", "S-1234-21"],
    ["Sagsnummer: 24/012345-12", "24/012345-12"],
    ["Tabel 1: Forventet regnskab", null],
    ["10-02-2021", null],
  ])("reads %j as case number %j", (line, want) => expect(caseNumber(line)).toBe(want));

  it("takes a case number written at the end of a heading", () => {
    expect(trailingCaseNumber("Lokalplan Ny Ellebjerg (2024-0012345)")).toEqual({
      title: "Lokalplan Ny Ellebjerg",
      caseNumber: "2024-0012345",
    });
    expect(trailingCaseNumber("Bruttoledighed i Hvidovre Kommune (okt. - dec. 2020)").caseNumber).toBeNull();
  });

  it.each([
    ["Indledning", "intro"],
    ["Indledning/Baggrund", "intro"],
    ["Beslutningstema", "intro"],
    ["Sagsfremstilling", "case"],
    ["Supplerende sagsfremstilling", "supplement"],
    ["Indstilling", "recommendation"],
    ["Kommunikation/Høring/Borgerinddragelse", "hearing"],
    ["Kommunikation/Hring/Borgerinddragelse", "hearing"],
    ["Økonomiske konsekvenser", "economy"],
    ["Sagen afgøres i:", "decidedIn"],
    ["Sagsforløb", "history"],
    ["Sagens forløb", "history"],
    ["Beskrivelse af sagen", "case"],
    ["Bilag", "attachments"],
    ["Nye sager", null],
    ["1. Beskrivelse af udfordringer og handlinger", null],
  ])("reads %j as section %j", (line, want) => expect(sectionHeading(line)).toBe(want));

  it("reads Sagsforløb entry lines", () => {
    expect(historyLine("Udvalg: Økonomiudvalget")).toEqual({ body: "Økonomiudvalget" });
    expect(historyLine("Dato: 25-02-2025")).toEqual({ date: "2025-02-25" });
    expect(historyLine("Punktnummer: 4")).toEqual({ item: "4" });
    expect(historyLine("  BEHANDLET I :  Byrådet ")).toEqual({ body: "Byrådet" });
    // No colon after the label: running text, not an entry line.
    expect(historyLine("Udvalg for Teknik og Miljø")).toBeNull();
    expect(historyLine("Dato 25-02-2025")).toBeNull();
  });

  it.each([
    ["19-08-2019 Magistraten", { date: "2019-08-19", body: "Magistraten" }],
    ["11-09-2024 Aarhus Byråd", { date: "2024-09-11", body: "Aarhus Byråd" }],
    // an administration's endorsement is no body's decision
    ["15-08-2019 Borgmesterens Afdeling påtegning", { date: "2019-08-15", body: null }],
    ["19-08-2019 blev sagen udsat.", null],
    // Greve: a body that no longer exists is marked "(slettet <date>)" by FirstAgenda; the name is the body's.
    [
      "30-11-2021 Plan- og Udviklingsudvalget (slettet 10-01-2022)",
      { date: "2021-11-30", body: "Plan- og Udviklingsudvalget" },
    ],
  ])("reads the dated history entry %j", (line, want) => expect(datedEntry(line)).toEqual(want));

  it("keeps the election period apart from the name", () => {
    expect(splitPeriod("Social- og Beskæftigelsesudvalget 2018-2021")).toEqual({
      name: "Social- og Beskæftigelsesudvalget",
      period: "2018-2021",
    });
    expect(splitPeriod("Beskæftigelsesudvalget")).toEqual({ name: "Beskæftigelsesudvalget", period: null });
  });
});
