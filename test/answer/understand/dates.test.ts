import { describe, expect, it } from "vitest";
import { dateMatches, findDates } from "../../../src/answer/understand/dates.ts";

const TODAY = "2021-06-01";
const only = (q: string) => {
  const found = findDates(q, TODAY);
  expect(found).toHaveLength(1);
  const { start: _s, end: _e, ...rest } = found[0] as never as Record<string, unknown>;
  return rest;
};

describe("findDates", () => {
  it.each([
    ["mødet den 09-12-2020", 2020, 12, 9],
    ["mødet den 9/12-2020", 2020, 12, 9],
    ["mødet den 9.12.2020", 2020, 12, 9],
    ["mødet 2020-12-09", 2020, 12, 9],
    ["mødet den 9. december 2020", 2020, 12, 9],
    ["the meeting on 9 December 2020", 2020, 12, 9],
    ["the meeting on December 9, 2020", 2020, 12, 9],
    ["the meeting on 9th of Dec 2020", 2020, 12, 9],
    ["mødet den 8. marts 2021", 2021, 3, 8],
    ["the meeting on 16 March 2016", 2016, 3, 16],
    ["the meeting of 2020/12/09", 2020, 12, 9],
    ["mødet d. 9/12 2020", 2020, 12, 9],
    ["mødet den 9/12-20", 2020, 12, 9],
    ["mødet den 16.03.16", 2016, 3, 16],
    ["the meeting on 30.11.98", 1998, 11, 30],
  ])("reads the day in %j", (question, year, month, day) => {
    expect(only(question)).toEqual({ kind: "day", year, month, day });
  });

  it("does not read a period of years or a case number as a day", () => {
    expect(findDates("Trafiksikkerhedsplan 2025-2028 og sag 24/4477", TODAY)).toEqual([]);
  });

  it("reads a day without a year as that day in any year", () => {
    const [d] = findDates("mødet den 9. december", TODAY);
    expect(d && dateMatches(d, "2020-12-09")).toBe(true);
    expect(d && dateMatches(d, "2019-12-09")).toBe(true);
    expect(d && dateMatches(d, "2019-12-10")).toBe(false);
  });

  it.each([
    ["flygtninge i 2016", "2016-01-01", "2016-12-31"],
    ["refugees in 2016", "2016-01-01", "2016-12-31"],
    ["beslutninger i marts 2021", "2021-03-01", "2021-03-31"],
    ["decisions in February 2020", "2020-02-01", "2020-02-29"],
    ["votes last year", "2020-01-01", "2020-12-31"],
    ["sager i år", "2021-01-01", "2021-12-31"],
    // A month alone (today is 1 June 2021): its occurrence nearest today.
    ["hvad skal udvalget behandle i august?", "2021-08-01", "2021-08-31"],
    ["what was decided in March?", "2021-03-01", "2021-03-31"],
    ["what comes up in December?", "2021-12-01", "2021-12-31"],
    ["beslutninger i januar", "2021-01-01", "2021-01-31"],
  ])("reads the period in %j", (question, from, to) => {
    expect(only(question)).toEqual({ kind: "period", from, to });
  });

  it.each(["the last meeting", "seneste møde", "det sidste møde"])("reads %j as the latest meeting", (q) => {
    expect(only(q)).toEqual({ kind: "latest" });
  });

  it.each([
    ["Hvornår mødtes Social- og Beskæftigelsesudvalget sidst?", "sidst"],
    ["Hvornår holdt Økonomiudvalget møde sidst?", "møde sidst"],
    ["hvornår holdt Byrådet sidst møde", "sidst møde"],
    ["When did Social- og Beskæftigelsesudvalget meet last?", "last"],
  ])("reads %j as the latest meeting, claiming only %j (the body between stays free)", (q, words) => {
    const found = findDates(q, TODAY);
    expect(found.map((d) => d.kind)).toEqual(["latest"]);
    expect(q.slice(found[0]?.start, found[0]?.end)).toBe(words);
  });

  it("reads a month alone only after a preposition ('may' and 'Maj' are words too)", () => {
    expect(findDates("What may the committee decide?", TODAY)).toEqual([]);
    expect(findDates("Hvad sagde Maj Hansen?", TODAY)).toEqual([]);
    expect(findDates("beslutninger i december 2019", TODAY).map((d) => d.kind)).toEqual(["period"]);
  });

  it("leaves a year that belongs to a title alone", () => {
    expect(findDates("beskæftigelsesplanen for 2021", TODAY)).toEqual([]);
    expect(findDates("Fælleslegatet 2021", TODAY)).toEqual([]);
  });

  it("rejects impossible days", () => {
    expect(findDates("31-02-2021", TODAY)).toEqual([]);
  });
});

describe("relative days, weeks and months", () => {
  // Wednesday 4 September 2024: weeks run Monday to Sunday.
  const on = "2024-09-04";
  const period = (q: string) => findDates(q, on).map((d) => (d.kind === "period" ? `${d.from}..${d.to}` : d.kind));
  it.each([
    ["Hvad sker der i næste uge?", "2024-09-09..2024-09-15"],
    ["What was decided last week?", "2024-08-26..2024-09-01"],
    ["Hvad skete der i denne uge?", "2024-09-02..2024-09-08"],
    ["Hvad besluttede udvalget i sidste måned?", "2024-08-01..2024-08-31"],
    ["What is on the agenda next month?", "2024-10-01..2024-10-31"],
    ["Hvad blev besluttet i går?", "2024-09-03..2024-09-03"],
    ["What is on the agenda tomorrow?", "2024-09-05..2024-09-05"],
  ])("reads %j as %s", (q, expected) => {
    expect(period(q)).toEqual([expected]);
  });

  it("crosses a year's end", () => {
    expect(findDates("næste måned", "2024-12-15").map((d) => (d.kind === "period" ? d.from : ""))).toEqual([
      "2025-01-01",
    ]);
    expect(findDates("sidste uge", "2025-01-01").map((d) => (d.kind === "period" ? d.from : ""))).toEqual([
      "2024-12-23",
    ]);
  });
});
