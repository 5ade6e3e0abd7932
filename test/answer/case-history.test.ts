import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { type AgendaItem, type Decision, type Meeting, MeetingSchema } from "../../src/domain/index.ts";
import { inMemoryIdentity } from "../../src/ingest/meeting-id.ts";
import { fixtureIndex } from "./fixture-index.ts";

/** A hand-made meeting with the stable id and source reference a file of that name would get. */
const parseMeeting = (m: Record<string, unknown>): Meeting => {
  const base = m as unknown as Parameters<typeof inMemoryIdentity>[1] & { source: string };
  return MeetingSchema.parse({ ...inMemoryIdentity(base.source, base), ...m });
};

const decision = (body: string, date: string, text: string): Decision => ({ body, date, text, electionPeriod: null });
const item = (number: number, title: string, caseNumber: string, decisions: Decision[]): AgendaItem => ({
  number,
  id: null,
  url: null,
  title,
  kind: "Beslutning",
  closed: false,
  caseNumber,
  page: null,
  sourcePage: null,
  decidedIn: "Byrådet",
  recommendation: null,
  text: "Helhedsplanen for boligområdet Vapnagård.",
  decisions,
});
const meeting = (source: string, committee: string, date: string, items: AgendaItem[], type = "referat"): Meeting =>
  parseMeeting({
    source,
    documentType: type,
    municipality: "Testrup",
    committee,
    committeeRaw: committee,
    electionPeriod: null,
    date,
    startTime: null,
    location: null,
    participants: [],
    absent: [],
    substitutes: [],
    members: [],
    pageCount: null,
    items,
    votes: [],
    referredToCouncil: [],
    upcoming: [],
  });

const OU = decision("Økonomiudvalget", "2024-02-26", "Økonomiudvalget anbefaler Byrådet at godkende helhedsplanen.");
const BR = decision("Byrådet", "2024-03-06", "Godkendt.");
const KMU = decision("Klima- og Miljøudvalget", "2024-05-13", "Taget til efterretning.");
// One case through three bodies; the council's and the committee's decisions quoted again in later minutes, the case
// number written four ways, and the next treatment on an agenda ahead.
const MEETINGS = [
  meeting("a.txt", "Økonomiudvalget", "2024-02-26", [item(5, "Helhedsplan for Vapnagård", "24/46085", [OU])]),
  meeting("b.txt", "Byrådet", "2024-03-06", [item(9, "Helhedsplan for Vapnagård", "EMN-2024-046085", [OU, BR])]),
  meeting("c.txt", "Klima- og Miljøudvalget", "2024-05-13", [
    item(1, "Vejnavne i Nordbyen", "24/11111", []),
    item(2, "Helhedsplan for Vapnagård - status", "24-046085", [BR, KMU]),
  ]),
  meeting(
    "d.txt",
    "Byrådet",
    "2025-01-20",
    [item(4, "Helhedsplan for Vapnagård - endelig vedtagelse", "24/46085-12", [])],
    "dagsorden",
  ),
];

const assistant = createAssistant({ index: fixtureIndex(MEETINGS), publicBaseUrl: "https://referat.example" });
const ask = (q: string) => assistant.ask(q, { today: "2024-12-01", context: null });

describe("a case through every body", () => {
  it("lists each treatment once, in date order, each cited, then the latest step and what is next", async () => {
    const a = await ask("What happened to case 24/46085?");
    expect(a).toMatchObject({ intent: "decision", status: "found" });
    expect(a.text.split("\n").slice(0, 6)).toEqual([
      'Case 24/46085 "Helhedsplan for Vapnagård": 3 treatments in Økonomiudvalget, Byrådet and Klima- og Miljøudvalget, in date order:',
      '- 26 February 2024, Økonomiudvalget: "Økonomiudvalget anbefaler Byrådet at godkende helhedsplanen." [1]',
      '- 6 March 2024, Byrådet: "Godkendt." [2]',
      '- 13 May 2024, Klima- og Miljøudvalget: "Taget til efterretning." [3]',
      "Latest step: Klima- og Miljøudvalget, 13 May 2024.",
      "Next: Byrådet, 20 January 2025 (on the agenda) [4].",
    ]);
    expect(a.citations.map((c) => `${c.committee} ${c.meetingDate}#${c.item}`)).toEqual([
      "Økonomiudvalget 2024-02-26#5",
      "Byrådet 2024-03-06#9",
      "Klima- og Miljøudvalget 2024-05-13#2",
      "Byrådet 2025-01-20#4",
    ]);
    expect(a.decisions.map((d) => [d.body, d.date, d.citation])).toEqual([
      ["Økonomiudvalget", "2024-02-26", 0],
      ["Byrådet", "2024-03-06", 1],
      ["Klima- og Miljøudvalget", "2024-05-13", 2],
    ]);
  });

  it("finds the case by its topic, in Danish, and by another spelling of its number", async () => {
    const da = await ask("sagsforløb for helhedsplanen");
    expect(da.text.split("\n")[0]).toBe(
      'Sag 24/46085 "Helhedsplan for Vapnagård": 3 behandlinger i Økonomiudvalget, Byrådet og Klima- og Miljøudvalget, i datoorden:',
    );
    expect(da.text).toContain("Næste: Byrådet, 20. januar 2025 (på dagsordenen) [4].");
    const now = await ask("Where is the Vapnagård case now?");
    expect(now.text).toContain("Latest step: Klima- og Miljøudvalget, 13 May 2024.");
    const spelled = await ask("Hvad skete der med sag EMN-2024-046085?");
    expect(spelled.decisions).toHaveLength(3);
  });

  it("says plainly when no case has the number", async () => {
    const a = await ask("What happened to case 23/99999?");
    expect(a.status).toBe("not_found");
    expect(a.text).toBe("I found no case 23/99999 in the indexed minutes.");
  });
});
