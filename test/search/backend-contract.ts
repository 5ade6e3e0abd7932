// The contract every search backend passes (local index today; a server engine later): run it with a factory that
// puts the corpus below into a fresh backend.
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/domain/index.ts";
import { type SearchBackend, SearchQueryError } from "../../src/search/backend.ts";
import { makeItem, makeMeeting, makeVote } from "./make-meeting.ts";

const decided = (date: string, text: string) => [{ body: "Socialudvalget", electionPeriod: null, date, text }];

/** Three meetings of two municipalities and two committees, with case numbers, party votes and an upcoming list. */
export const CONTRACT_CORPUS: Meeting[] = [
  makeMeeting(
    "testrup-social-2021.txt",
    "2021-01-10",
    [
      makeItem(1, "Budget for ældreplejen", "Budgettet for hjemmepleje og plejecentre.", {
        caseNumber: "21/100",
        decisions: decided("2021-01-10", "Godkendt."),
      }),
      makeItem(2, "Integrationsrådets årsberetning", "Integrationsrådet har holdt fire møder.", {
        decisions: decided("2021-01-10", "Taget til efterretning. Ø stemte imod."),
      }),
    ],
    {
      votes: [
        makeVote(2, "Ø stemte imod.", { against: [{ name: null, party: "Ø" }], for: [{ name: null, party: "A" }] }),
      ],
    },
  ),
  makeMeeting(
    "testrup-teknik-2021.txt",
    "2021-06-01",
    [makeItem(1, "Budget for vejvedligeholdelse", "Asfalt og fortove.", { caseNumber: "21/200" })],
    {
      committee: "Teknik- og Miljøudvalget",
      committeeRaw: "Teknik- og Miljøudvalget",
      votes: [makeVote(1, "C stemte for budgettet.", { for: [{ name: null, party: "C" }] })],
    },
  ),
  makeMeeting(
    "nordby-social-2022.txt",
    "2022-03-01",
    [
      makeItem(1, "Budget 2023 for socialområdet", "Budgetforslaget drøftes.", { caseNumber: "22/300" }),
      makeItem(2, "Kommende sager", ""),
    ],
    {
      municipality: "Nordby",
      votes: [makeVote(1, "Ø stemte for budget 2023.", { for: [{ name: null, party: "Ø" }] })],
      upcoming: [
        {
          title: "Budgetopfølgning 2023",
          responsible: "Center for Økonomi",
          when: "Primo 2023",
          date: null,
          period: { part: "primo", year: 2023 },
          item: 2,
        },
      ],
    },
  ),
];

const [social2021, teknik2021, nordby2022] = CONTRACT_CORPUS.map((m) => m.id) as [string, string, string];

/** Runs the contract against a backend made by `make` over CONTRACT_CORPUS. */
export function searchBackendContract(name: string, make: (meetings: Meeting[]) => Promise<SearchBackend>): void {
  describe(`search backend contract: ${name}`, () => {
    const backend = () => make(CONTRACT_CORPUS);
    const refs = (hits: { meeting: string; number: number }[]) => hits.map((h) => `${h.meeting}#${h.number}`);

    it("answers asynchronously with items that hold the words, best first, named by stable ItemRefs", async () => {
      const b = await backend();
      const pending = b.search({ target: "items", terms: ["budget"] });
      expect(pending).toBeInstanceOf(Promise);
      const hits = await pending;
      expect(new Set(refs(hits))).toEqual(new Set([`${social2021}#1`, `${teknik2021}#1`, `${nordby2022}#1`]));
      for (let i = 1; i < hits.length; i++) {
        expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
      }
    });

    it("analyses the words: inflections meet (integrationsrådet / integrationsrådets)", async () => {
      const hits = await (await backend()).search({ target: "items", terms: ["integrationsrådet"] });
      expect(refs(hits)).toEqual([`${social2021}#2`]);
    });

    it("tolerates a typo (two letters swapped) when nothing else matches", async () => {
      const hits = await (await backend()).search({ target: "items", terms: ["asflat"] });
      expect(refs(hits)).toEqual([`${teknik2021}#1`]);
    });

    it.each([
      ["municipality", { municipality: "nordby" }, [`${nordby2022}#1`]],
      ["body", { bodies: ["teknik- og miljøudvalget"] }, [`${teknik2021}#1`]],
      ["dates", { from: "2021-01-01", to: "2021-12-31" }, [`${social2021}#1`, `${teknik2021}#1`]],
      ["case number", { caseNumber: "21/100" }, [`${social2021}#1`]],
      ["meeting ids", { meetings: [teknik2021, nordby2022] }, [`${teknik2021}#1`, `${nordby2022}#1`]],
      ["party (a vote naming it)", { party: "C" }, [`${teknik2021}#1`]],
    ])("filters items by %s", async (_, filters, expected) => {
      const hits = await (await backend()).search({ target: "items", terms: ["budget"], filters });
      expect(new Set(refs(hits))).toEqual(new Set(expected));
    });

    it("finds votes by their words and filters them by party", async () => {
      const b = await backend();
      const all = await b.search({ target: "votes", terms: ["stemte"] });
      expect(all).toHaveLength(3);
      const ø = await b.search({ target: "votes", terms: ["stemte"], filters: { party: "Ø" } });
      expect(new Set(refs(ø))).toEqual(new Set([`${social2021}#2`, `${nordby2022}#1`]));
      expect(ø.every((h) => typeof h.vote === "number")).toBe(true);
    });

    it("finds rows of Kommende sager lists, naming the item that holds the list", async () => {
      const hits = await (await backend()).search({ target: "upcoming", terms: ["budgetopfølgning"] });
      expect(hits.map((h) => [h.meeting, h.number, h.row])).toEqual([[nordby2022, 2, 0]]);
      const elsewhere = await (await backend()).search({
        target: "upcoming",
        terms: ["budgetopfølgning"],
        filters: { municipality: "Testrup" },
      });
      expect(elsewhere).toEqual([]);
    });

    it("keeps to the limit and gives the same hits for the same query", async () => {
      const b = await backend();
      const one = await b.search({ target: "items", terms: ["budget"], limit: 1 });
      expect(one).toHaveLength(1);
      expect(await b.search({ target: "items", terms: ["budget"] })).toEqual(
        await b.search({ target: "items", terms: ["budget"] }),
      );
    });

    it("finds nothing for no words or stop words only", async () => {
      const b = await backend();
      expect(await b.search({ target: "items", terms: [] })).toEqual([]);
      expect(await b.search({ target: "items", terms: ["og", "the"] })).toEqual([]);
    });

    it("refuses a malformed query, naming the field", async () => {
      const b = await backend();
      await expect(b.search({ target: "items", terms: ["budget"], filters: { from: "1/1/2021" } })).rejects.toThrow(
        new SearchQueryError("query field filters.from: a date is written YYYY-MM-DD"),
      );
      await expect(b.search({ target: "upcoming", terms: ["budget"], filters: { party: "Ø" } })).rejects.toBeInstanceOf(
        SearchQueryError,
      );
    });

    it("tells how many items hold a term, returns meetings by id and counts what it holds", async () => {
      const b = await backend();
      expect(await b.documentFrequency("asfalt")).toBe(1);
      expect(await b.documentFrequency("ingenting")).toBe(0);
      const found = await b.meetings([nordby2022, "no-such-meeting", social2021]);
      expect(found.map((m) => m.id)).toEqual([nordby2022, social2021]);
      expect(found[0]?.items.map((i) => i.title)).toEqual(["Budget 2023 for socialområdet", "Kommende sager"]);
      expect(await b.stats()).toEqual({ meetings: 3, items: 5 });
    });

    it("gives the corpus the answer engine reads once: every meeting, its municipality, links and vote records", async () => {
      const b = await backend();
      const corpus = await b.corpus();
      expect(await b.corpus()).toBe(corpus);
      expect(corpus.meetings.map((m) => m.id).sort()).toEqual([social2021, teknik2021, nordby2022].sort());
      const at = (id: string) => corpus.meetings.findIndex((m) => m.id === id);
      expect(corpus.municipalityOf(at(nordby2022))).toBe("Nordby");
      expect(corpus.municipalityOf(at(social2021))).toBe("Testrup");
      // No official URL in these sources: the link is the minutes viewer's page of the meeting, at the item.
      expect(corpus.linkOf(at(teknik2021), 1, "https://referat.example/")).toBe(
        `https://referat.example/meetings/${encodeURIComponent(teknik2021)}#punkt-1`,
      );
      expect(corpus.linkOf(at(teknik2021), null, "https://referat.example")).toBe(
        `https://referat.example/meetings/${encodeURIComponent(teknik2021)}`,
      );
      expect(corpus.linkOf(corpus.meetings.length, 1, "https://referat.example")).toBeNull();
      // One recorded vote per vote of the minutes, each party's position a row, naming the meeting by position.
      expect(corpus.records.votes).toHaveLength(3);
      const rows = corpus.records.records.map((r) => {
        const vote = corpus.records.votes[r.vote];
        return `${corpus.meetings[vote?.meeting ?? -1]?.id}#${vote?.item}:${r.party}=${r.position}`;
      });
      expect(rows.sort()).toEqual(
        [`${social2021}#2:A=for`, `${social2021}#2:Ø=against`, `${teknik2021}#1:C=for`, `${nordby2022}#1:Ø=for`].sort(),
      );
    });
  });
}
