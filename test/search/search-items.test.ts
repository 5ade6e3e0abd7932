import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoadedIndex, loadIndex, writeIndex } from "../../src/search/index.ts";
import { sha256 } from "../../src/search/manifest.ts";
import { makeItem, makeMeeting, makeVote } from "./make-meeting.ts";

let dir: string;
let index: LoadedIndex;

const meetings = [
  makeMeeting("a.txt", "2021-01-10", [
    makeItem(1, "Godkendelse af dagsorden"),
    makeItem(2, "Budgetområdet for ældre", "Budgetområdet dækker hjemmepleje og plejecentre."),
    makeItem(3, "Integrationsrådets årsberetning", "Integrationsrådet har afholdt fire møder.", {
      decisions: [
        { body: "Socialudvalget", electionPeriod: null, date: "2021-01-10", text: "Taget til efterretning." },
      ],
    }),
  ]),
  makeMeeting(
    "b.txt",
    "2021-02-14",
    [
      makeItem(1, "Budget 2022", "Udvalgets budget for 2022 drøftes."),
      makeItem(2, "Skolernes sommerferie", "Skolerne holder ferie i juli. Området omkring skolen er lukket."),
      makeItem(3, "Veteranpolitik", "Kommunens politik for veteraner og deres familier."),
    ],
    {
      votes: [makeVote(3, "Et flertal stemte for veteranpolitikken. (Ø) stemte imod.")],
      upcoming: [
        {
          title: "Fælleslegatet 2021",
          responsible: "Center for Job",
          when: "Ultimo 2021",
          date: null,
          period: { part: "ultimo", year: 2021 },
          item: 3,
        },
      ],
    },
  ),
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-search-"));
  await writeIndex(
    meetings.map((meeting) => ({ name: meeting.source, sha256: sha256(meeting.source), bytes: 1, meeting })),
    [],
    dir,
  );
  index = await loadIndex(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const top = (query: string, options = {}) =>
  index.searchItems(query, options).map((hit) => `${index.meetings[hit.meeting]?.source}#${hit.item}`);

describe("searchItems", () => {
  it("finds an item by the definite or genitive form of a word", () => {
    expect(top("integrationsrådet")[0]).toBe("a.txt#3");
    expect(top("Integrationsrådets")[0]).toBe("a.txt#3");
  });

  it("finds a compound by its first part, ranking the standalone word first", () => {
    expect(top("budget")).toEqual(["b.txt#1", "a.txt#2"]);
  });

  it("finds a compound by its last part, the title match first", () => {
    expect(top("området")).toEqual(["a.txt#2", "b.txt#2"]);
  });

  it("tolerates a typo only when nothing matches exactly", () => {
    expect(top("veteranpolitk")).toEqual(["b.txt#3"]);
    expect(top("veteranpolitk", { fuzzy: false })).toEqual([]);
  });

  it("finds a word by its beginning", () => {
    expect(top("sommerfe")).toEqual(["b.txt#2"]);
  });

  it("ranks the item matching every query term above items matching one", () => {
    expect(top("budget ældre")[0]).toBe("a.txt#2");
  });

  it("reports which analysed query terms matched", () => {
    const hits = index.searchItems("budget skolerne");
    const terms = Object.fromEntries(hits.map((hit) => [`${hit.meeting}#${hit.item}`, hit.terms]));
    expect(terms).toEqual({ "1#1": ["budg"], "0#2": ["budg"], "1#2": ["skol"] });
  });

  it("applies the filter and the limit", () => {
    expect(top("budget", { filter: (ref: { meeting: number }) => ref.meeting === 0 })).toEqual(["a.txt#2"]);
    expect(top("budget", { limit: 1 })).toEqual(["b.txt#1"]);
  });

  it("searches correctly after a filter threw", () => {
    const before = index.searchItems("budget");
    expect(() =>
      index.searchItems("budget", {
        filter: () => {
          throw new Error("filter failed");
        },
      }),
    ).toThrow("filter failed");
    expect(index.searchItems("budget")).toEqual(before);
  });

  it("answers a query of stop words only with nothing", () => {
    expect(top("hvad er det")).toEqual([]);
  });
});

describe("itemCount and documentFrequency", () => {
  it("count the items and the items holding a term, compound parts included", () => {
    expect(index.itemCount).toBe(6);
    expect(index.documentFrequency?.("budg")).toBe(2);
    expect(index.documentFrequency?.("fodbold")).toBe(0);
  });
});

describe("searchVotes and searchUpcoming", () => {
  it("finds a vote by its item's topic", () => {
    expect(index.searchVotes("veteranpolitik")).toEqual([{ meeting: 1, vote: 0, score: expect.any(Number) }]);
    expect(index.searchVotes("veteranpolitik", { filter: (ref) => ref.item !== 3 })).toEqual([]);
  });

  it("finds an upcoming row by its title", () => {
    expect(index.searchUpcoming("fælleslegat")).toEqual([{ meeting: 1, row: 0, score: expect.any(Number) }]);
  });
});

describe("loaded meetings", () => {
  it("give back the long texts exactly, also through spreading and JSON", () => {
    const item = index.meetings[0]?.items[2];
    expect(item?.text).toBe("Integrationsrådet har afholdt fire møder.");
    expect({ ...item }.text).toBe(item?.text);
    expect(JSON.parse(JSON.stringify(index.meetings))).toEqual(meetings);
  });
});
