import { describe, expect, it } from "vitest";
import { isAhead, timingOf } from "../../src/answer/compose/upcoming.ts";
import type { UpcomingItem } from "../../src/domain/index.ts";

const row = (when: string | null, extra: Partial<UpcomingItem> = {}): UpcomingItem => ({
  title: "Sag",
  responsible: null,
  when,
  date: null,
  period: null,
  item: 17,
  ...extra,
});

describe("timingOf", () => {
  it.each([
    ["10-02-2021", "dated", "2021-02-10"],
    ["Primo 2021", "period", "2021-04-30"],
    ["Medio 2021", "period", "2021-08-31"],
    ["Ultimo 2021", "period", "2021-12-31"],
    ["Løbende", "ongoing", null],
    ["Hvert kvrt.", "ongoing", null],
    ["Efterår 2021", "period", "2021-11-30"],
    [null, "undated", null],
  ])("reads %j as %s until %s", (when, bucket, until) => {
    expect(timingOf(row(when))).toMatchObject({ bucket, until });
  });

  it("prefers the parser's date and period", () => {
    expect(timingOf(row("uge 6", { date: "2021-02-10" }))).toMatchObject({ bucket: "dated", until: "2021-02-10" });
    expect(timingOf(row("først på året", { period: { part: "primo", year: 2022 } }))).toMatchObject({
      until: "2022-04-30",
    });
  });
});

describe("isAhead", () => {
  it("keeps rows on or after today and parts of the year not yet over", () => {
    expect(isAhead(row("15-01-2021"), "2021-01-15")).toBe(true);
    expect(isAhead(row("14-01-2021"), "2021-01-15")).toBe(false);
    expect(isAhead(row("Primo 2021"), "2021-04-30")).toBe(true);
    expect(isAhead(row("Primo 2021"), "2021-05-01")).toBe(false);
    expect(isAhead(row("Ultimo 2020"), "2021-01-15")).toBe(false);
    expect(isAhead(row("Løbende"), "2030-01-01")).toBe(true);
  });
});
