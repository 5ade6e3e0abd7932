// Table of contents: entries read and paired with the items.
import { describe, expect, it } from "vitest";
import { matchToc, readToc, tocEnd, tocStart } from "../../src/parse/split/toc.ts";

const lines = (text: string) => text.split("\n").map((t) => ({ text: t, page: null }));

describe("table of contents", () => {
  const doc = lines(`REFERAT Udvalget
Indholdsfortegnelse
Beslutning: Godkendelse af dagsorden.....\t3
Orientering: Månedlig afrapportering på forventet regnskab inkl. budgetomplaceringer - oktober 20\t4
Lukket.....\t27
Beslutning - Tilskud fra den regionale uddannelsespulje 2021 og egenfinansiering.....\t13
Punkt 1: Beslutning: Godkendelse af dagsorden`);

  it("reads entries with dotted leaders and tabs, kind prefixes dropped", () => {
    const start = tocStart(doc, 100);
    expect(start).toBe(1);
    const end = tocEnd(doc, start);
    expect(end).toBe(6);
    expect(readToc(doc, start, end)).toEqual([
      { title: "Godkendelse af dagsorden", closed: false, page: 3 },
      {
        title: "Månedlig afrapportering på forventet regnskab inkl. budgetomplaceringer - oktober 20",
        closed: false,
        page: 4,
      },
      { title: "Lukket", closed: true, page: 27 },
      { title: "Tilskud fra den regionale uddannelsespulje 2021 og egenfinansiering", closed: false, page: 13 },
    ]);
  });

  it("joins a title that wraps before its page number", () => {
    const d = lines(
      "Indholdsfortegnelse\nBeslutning: En meget lang titel der\nfortsætter her.....\t7\nPunkt 1: Beslutning: En meget lang titel der fortsætter her",
    );
    expect(readToc(d, 0, tocEnd(d, 0))).toEqual([
      { title: "En meget lang titel der fortsætter her", closed: false, page: 7 },
    ]);
  });

  it("pairs entries in order when the counts agree, even when titles differ", () => {
    const items = [
      { title: "Godkendelse af dagsorden", closed: false },
      { title: "Månedlig afrapportering - Februar 2021", closed: false },
    ];
    const entries = [
      { title: "Godkendelse af dagsorden", closed: false, page: 3 },
      { title: "Månedlig afrapportering - Februar 2020", closed: false, page: 4 },
    ];
    expect(matchToc(items, entries).map((e) => e?.page)).toEqual([3, 4]);
  });

  it("pairs by title similarity when an entry or an item is missing", () => {
    const items = [
      { title: "Godkendelse af dagsorden", closed: false },
      { title: "Beskæftigelsesplan 2021", closed: false },
      { title: "Kommende sager i udvalget", closed: false },
    ];
    const entries = [
      { title: "Godkendelse af dagsorden", closed: false, page: 3 },
      { title: "Servicestandarder 2020", closed: false, page: 9 },
      { title: "Beskæftigelsesplan 2021", closed: false, page: 14 },
      { title: "Kommende sager i udv", closed: false, page: 20 },
    ];
    expect(matchToc(items, entries).map((e) => e?.page ?? null)).toEqual([3, 14, 20]);
  });
});
