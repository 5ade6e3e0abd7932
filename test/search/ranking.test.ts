// Ranking on the sample minutes: the item a question is about comes first.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/ingest/index.ts";
import { type LoadedIndex, loadIndex } from "../../src/search/index.ts";

let dir: string;
let index: LoadedIndex;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-ranking-"));
  await buildIndex(["index-data/minutes"], { outDir: dir });
  index = await loadIndex(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function first(query: string): string {
  const [hit] = index.searchItems(query);
  return hit ? `${index.meetings[hit.meeting]?.date} punkt ${hit.item}` : "nothing";
}

describe("searchItems on the sample minutes", () => {
  it.each([
    // The item where the council voted on abolishing it, mentioned in decisions and votes, beats the joint
    // meeting whose title names it once.
    ["Integrationsrådet", "2020-12-09 punkt 12"],
    ["integrationsrådets budget", "2020-12-09 punkt 12"],
    // Old spelling in the question, old spelling in the minutes; and the new spelling.
    ["Vapnagaard", "2021-04-14 punkt 3"],
    ["Vapnagård", "2021-04-14 punkt 3"],
    // Typo: nothing matches exactly, so edit distance finds it.
    ["Vapnagard", "2021-04-14 punkt 3"],
    ["regionale uddannelsespulje", "2021-03-08 punkt 4"],
    ["veteranpolitik", "2021-04-14 punkt 5"],
    ["veteranpolitikken", "2021-04-14 punkt 5"],
    ["beskæftigelsesplanen for 2021", "2020-12-09 punkt 4"],
    ["jobparate flygtninge", "2016-03-16 punkt 5"],
    ["servicestandarder 2020", "2020-12-09 punkt 7"],
    ["strategisk omstilling budgetområde 722", "2020-12-09 punkt 12"],
  ])("ranks %s first at %s", (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it("finds nothing for words the minutes do not hold", () => {
    expect(index.searchItems("fodboldstadion", { fuzzy: false })).toEqual([]);
  });
});

describe("searchUpcoming on the sample minutes", () => {
  it("finds the upcoming row by its title", () => {
    const hits = index.searchUpcoming("Fælleslegatet 2021");
    const rows = hits.map((hit) => index.meetings[hit.meeting]?.upcoming[hit.row]?.title);
    expect(rows[0]).toMatch(/Fælleslegat/);
  });
});
