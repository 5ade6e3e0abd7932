import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.ts";
import { corpusOf } from "../../src/search/index.ts";
import { fixtureIndex } from "./fixture-index.ts";

// Fixture meetings by index: 0 SBU 2022-03-09, 1 SBU 2021-12-08, 2 SBU agenda 2022-04-06, 3 Nordby TMU 2021-11-10.
const catalog = buildCatalog(corpusOf(fixtureIndex()));

describe("buildCatalog", () => {
  it("orders meetings newest first", () => {
    expect(catalog.newestFirst).toEqual([2, 0, 1, 3]);
    expect([...catalog.rank]).toEqual([1, 2, 0, 3]);
  });

  it("finds meetings by a body that decided one of their items, not only by their committee", () => {
    expect(catalog.byCommittee.get("Byrådet")).toBeUndefined();
    expect(catalog.byBody.get("Byrådet")).toEqual([0]);
    expect(catalog.byBody.get("Social- og Beskæftigelsesudvalget")).toEqual([0, 1, 2]);
  });

  it("finds meetings by the dates of their decision blocks", () => {
    expect(catalog.byDate.get("2022-02-28")).toBeUndefined();
    expect(catalog.byAnyDate.get("2022-02-28")).toEqual([0]);
    expect(catalog.byAnyDate.get("2022-03-09")).toEqual([0]);
  });

  it("finds meetings by municipality, with sources.json overriding the minutes", () => {
    expect(catalog.byMunicipality.get("Nordby")).toEqual([3]);
    const renamed = buildCatalog(
      corpusOf(fixtureIndex(undefined, { "d_tmu_2021-11-10.txt": { municipality: "Sydby" } })),
    );
    expect(renamed.byMunicipality.get("Sydby")).toEqual([3]);
    expect(renamed.byMunicipality.get("Nordby")).toBeUndefined();
  });

  it("groups the upcoming lists per committee and lists agendas by date", () => {
    const sbu = catalog.upcomingLists.find((l) => l.committee === "Social- og Beskæftigelsesudvalget");
    expect(sbu?.meetings).toEqual([1, 0]);
    expect(sbu?.lowestIndex).toEqual([1, 0]);
    expect(catalog.agendas).toEqual([2]);
  });

  it("looks items up by number and by case number", () => {
    expect(catalog.item(0, 3)?.title).toBe("Beskæftigelsesplan 2023");
    expect(catalog.itemIndex(0, 99)).toBe(-1);
    expect(catalog.itemsWithCaseNumber("22/1234")).toEqual([{ meeting: 0, item: 2 }]);
    expect(catalog.itemsWithCaseNumber("99/9999")).toEqual([]);
  });

  it("finds the items whose votes name a party or a member, the member's name spelt loosely", () => {
    expect(catalog.itemsWithVotesNaming({ kind: "party", key: "Ø" })).toEqual([
      { meeting: 0, item: 2 },
      { meeting: 0, item: 3 },
    ]);
    expect(catalog.itemsWithVotesNaming({ kind: "party", key: "V" })).toEqual([{ meeting: 0, item: 2 }]);
    expect(catalog.itemsWithVotesNaming({ kind: "member", key: "Allan Berg Mortensen" })).toEqual([
      { meeting: 0, item: 2 },
      { meeting: 0, item: 3 },
    ]);
    expect(catalog.itemsWithVotesNaming({ kind: "member", key: "Allan Berg Mortensn" })).toHaveLength(2);
    expect(catalog.itemsWithVotesNaming({ kind: "member", key: "Karen Dam" })).toEqual([]);
  });
});
