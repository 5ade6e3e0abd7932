// The answer engine reaches the search index only through the SearchBackend interface: with a second backend (one
// that records what it is asked and passes it on) the answers are the same, and what it was asked is plain data.
import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { checkQuery } from "../../src/search/backend.ts";
import { localSearchBackend, type SearchBackend, type SearchQuery } from "../../src/search/index.ts";
import { FIXTURE_MEETINGS, fixtureIndex } from "./fixture-index.ts";
import { fillerMeetings, KFU } from "./helpers/filler-meetings.ts";

/** A backend that records every query and term it is asked, and answers from another backend. */
function recordingBackend(
  inner: SearchBackend,
): SearchBackend & { queries: SearchQuery[]; terms: string[]; corpusCalls: number } {
  const queries: SearchQuery[] = [];
  const terms: string[] = [];
  return {
    name: `recording ${inner.name}`,
    queries,
    terms,
    corpusCalls: 0,
    corpus() {
      this.corpusCalls++;
      return inner.corpus();
    },
    search(query) {
      queries.push(structuredClone(query));
      return inner.search(query);
    },
    documentFrequency(term) {
      terms.push(term);
      return inner.documentFrequency(term);
    },
    meetings: (ids) => inner.meetings(ids),
    stats: () => inner.stats(),
  };
}

const meetings = [...FIXTURE_MEETINGS, ...fillerMeetings(40)];
const index = fixtureIndex(meetings);
const plain = createAssistant({ index, publicBaseUrl: "https://referat.example" });
const options = { today: "2022-03-20" };

// The engine is given the backend alone, never the index behind it.
function recorded() {
  const backend = recordingBackend(localSearchBackend(index));
  return { backend, assistant: createAssistant({ backend, publicBaseUrl: "https://referat.example" }) };
}

describe("the answer engine behind the SearchBackend interface", () => {
  it("answers a committee's topic question through a second backend as through the local one", async () => {
    const question = "Hvad besluttede Kultur- og Fritidsudvalget om musikskolen i Nørrestrand?";
    const { backend, assistant } = recorded();
    const [a, b] = await Promise.all([plain.ask(question, options), assistant.ask(question, options)]);
    expect(b).toEqual(a);
    expect(b.status).toBe("found");

    // Every query is data: it survives JSON unchanged and passes the query schema.
    expect(backend.queries.length).toBeGreaterThan(0);
    for (const q of backend.queries) {
      expect(JSON.parse(JSON.stringify(q))).toEqual(q);
      expect(() => checkQuery(q)).not.toThrow();
    }
    // The committee narrows the items: a query filtered to the committee's meetings, by id.
    const committee = meetings
      .filter((m) => m.committee === KFU || m.items.some((i) => i.decisions.some((d) => d.body === KFU)))
      .map((m) => m.id)
      .sort();
    const filtered = backend.queries.filter((q) => q.filters?.meetings);
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatchObject({ target: "items", limit: 200 });
    expect([...(filtered[0]?.filters?.meetings ?? [])].sort()).toEqual(committee);
    expect(filtered[0]?.terms.some((t) => t.toLowerCase().startsWith("musikskole"))).toBe(true);
    // The ranking's nudge: the topic's words over every meeting.
    expect(backend.queries.some((q) => q.target === "items" && q.filters === undefined && q.limit === 200)).toBe(true);
    // Term rarity is asked of the backend too.
    expect(backend.terms.some((t) => t.startsWith("musikskol"))).toBe(true);
  });

  it("asks for votes within the filters for a vote question, and answers as the local backend does", async () => {
    const question = "Hvordan stemte Ø om musikskolen i Kultur- og Fritidsudvalget?";
    const { backend, assistant } = recorded();
    const [a, b] = await Promise.all([plain.ask(question, options), assistant.ask(question, options)]);
    expect(b).toEqual(a);
    const votes = backend.queries.filter((q) => q.target === "votes");
    expect(votes).toHaveLength(1);
    expect(votes[0]?.filters?.meetings?.length).toBeGreaterThanOrEqual(40);
  });

  it("reads the backend's corpus once, however many questions follow", async () => {
    const { backend, assistant } = recorded();
    await assistant.ask("Hvad besluttede Kultur- og Fritidsudvalget om musikskolen i Nørrestrand?", options);
    await assistant.ask("Who was absent from the meeting on 8 December 2021?", options);
    expect(backend.corpusCalls).toBe(1);
  });

  it("searches nothing for a question the catalog answers alone (a meeting's attendance)", async () => {
    const { backend, assistant } = recorded();
    const a = await assistant.ask("Who was absent from the meeting on 8 December 2021?", options);
    expect(a.status).toBe("found");
    expect(backend.queries).toEqual([]);
  });
});
