// assembleMeeting on a document whose format gives its items: items kept as given, bodies read by the shared grammar.
import { describe, expect, it } from "vitest";
import type { Block, SourceDocument } from "../../src/ingest/document.ts";
import { fileRef } from "../../src/ingest/source-ref.ts";
import { assembleMeeting, ParseError } from "../../src/parse/index.ts";

const p = (text: string): Block => ({ role: "paragraph", text, page: null });
const h = (text: string): Block => ({ role: "section-heading", text, page: null });

function doc(extra: Partial<SourceDocument> = {}): SourceDocument {
  return {
    ref: fileRef("meeting.json", "x", { system: "firstagenda", documentId: "m-1", municipality: "Testrup" }),
    documentType: "referat",
    body: "Teknik- og Miljøudvalget",
    date: "2024-03-11",
    startTime: "16:00",
    location: "Mødelokale 2",
    participants: [
      { name: "Anna Berg", party: null, absent: false, substituteFor: null },
      { name: "Bo Dam", party: null, absent: true, substituteFor: null },
    ],
    items: [
      {
        number: 1,
        title: "Godkendelse af dagsorden",
        caseNumber: "24-000123",
        closed: false,
        id: "i-1",
        url: "https://dagsordener.testrup.dk/vis?id=m-1&punktid=i-1",
        page: null,
        blocks: [h("Beslutning"), p("Godkendt."), h("Fremstilling"), p("Dagsordenen forelægges til godkendelse.")],
      },
      {
        number: 2,
        title: "Lokalplan for Nørreby",
        caseNumber: null,
        closed: false,
        id: "i-2",
        url: null,
        page: null,
        blocks: [
          h("Beslutning"),
          p("Et flertal, Anna Berg (A) og Carl Holm (V), stemte for indstillingen."),
          p("Bo Dam (Ø) stemte imod."),
          h("Sagsprocedure"),
          p("Udvalget og Byrådet."),
          h("Indstilling"),
          p("Administrationen indstiller, at lokalplanen vedtages."),
        ],
      },
      {
        number: 3,
        title: "Lukket: Salg af grund",
        caseNumber: null,
        closed: false,
        id: "i-3",
        url: null,
        page: null,
        blocks: [p("Godkendt.")],
      },
    ],
    blocks: [],
    pageCount: null,
    ...extra,
  };
}

describe("assembleMeeting with items given by the format", () => {
  const m = assembleMeeting(doc());

  it("takes the meeting's id, header and attendance from the format", () => {
    expect(m.id).toBe("firstagenda:m-1");
    expect(m.sourceRef.system).toBe("firstagenda");
    expect([m.committee, m.date, m.startTime, m.location, m.municipality]).toEqual([
      "Teknik- og Miljøudvalget",
      "2024-03-11",
      "16:00",
      "Mødelokale 2",
      "Testrup",
    ]);
    expect(m.participants).toEqual(["Anna Berg", "Bo Dam"]);
    expect(m.absent).toEqual(["Bo Dam"]);
  });

  it("reads a participant listed as 'Name (Stedfortræder for Name)' (FirstAgenda) as a substitute under the name", () => {
    const s = assembleMeeting(
      doc({
        participants: [
          { name: "Anna Berg", party: null, absent: false, substituteFor: null },
          { name: "Bo Dam", party: null, absent: true, substituteFor: null },
          { name: "Cai Holm (Stedfortræder for Bo Dam)", party: null, absent: false, substituteFor: null },
        ],
      }),
    );
    expect(s.participants).toEqual(["Anna Berg", "Bo Dam", "Cai Holm"]);
    expect(s.absent).toEqual(["Bo Dam"]);
    expect(s.substitutes.map((x) => `${x.name}|${x.for ?? ""}`)).toEqual(["Cai Holm|Bo Dam"]);
  });

  it("keeps the items' numbers, titles, case numbers, ids and links", () => {
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber, i.id, i.closed])).toEqual([
      [1, "Godkendelse af dagsorden", "24-000123", "i-1", false],
      [2, "Lokalplan for Nørreby", null, "i-2", false],
      [3, "Salg af grund", null, "i-3", true],
    ]);
    expect(m.items[0]?.url).toBe("https://dagsordener.testrup.dk/vis?id=m-1&punktid=i-1");
  });

  it("ends a decision at the next section heading, even one the lexicon does not know", () => {
    expect(m.items[0]?.decisions).toEqual([
      { body: "Teknik- og Miljøudvalget", electionPeriod: null, date: "2024-03-11", text: "Godkendt.", page: null },
    ]);
    expect(m.items[0]?.text).toContain("Dagsordenen forelægges");
    expect(m.items[1]?.recommendation).toBe("Administrationen indstiller, at lokalplanen vedtages.");
    // A closed item published with content but no sections: what the publisher shows of it is its decision.
    expect(m.items[2]?.decisions).toEqual([
      { body: "Teknik- og Miljøudvalget", electionPeriod: null, date: "2024-03-11", text: "Godkendt.", page: null },
    ]);
  });

  it("reads votes in the decision with the shared grammar", () => {
    expect(m.votes).toHaveLength(1);
    expect(m.votes[0]?.item).toBe(2);
    expect(m.votes[0]?.against).toEqual([{ name: "Bo Dam", party: "Ø" }]);
    expect(m.votes[0]?.for.map((e) => e.name)).toEqual(["Anna Berg", "Carl Holm"]);
  });

  it("refuses a document without items or with an item number twice, naming the file", () => {
    expect(() => assembleMeeting(doc({ items: [] }))).toThrow(ParseError);
    const items = doc().items ?? [];
    expect(() => assembleMeeting(doc({ items: [items[0], items[0]] as never }))).toThrow(
      "meeting.json: item number 1 appears twice",
    );
  });
});
