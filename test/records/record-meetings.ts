// Hand-made minutes for the vote records tests: a council vote quoted again in committee minutes (under another
// spelling of its case number), a member voting against their party group, and attendance with an absence from a
// whole meeting, an absence from some items, and a member recorded absent whose absence is bounded to one item.
import { type AgendaItem, type Meeting, MeetingSchema, type Vote } from "../../src/domain/index.ts";
import { inMemoryIdentity } from "../../src/ingest/meeting-id.ts";

/** A hand-made meeting with the stable id and source reference a file of that name would get. */
const parseMeeting = (m: Record<string, unknown>): Meeting => {
  const base = m as unknown as Parameters<typeof inMemoryIdentity>[1] & { source: string };
  return MeetingSchema.parse({ ...inMemoryIdentity(base.source, base), ...m });
};

const item = (number: number, title: string, caseNumber: string | null): AgendaItem => ({
  number,
  id: null,
  url: null,
  title,
  kind: "Beslutning",
  closed: false,
  caseNumber,
  page: null,
  sourcePage: null,
  decidedIn: null,
  recommendation: null,
  text: "",
  decisions: [],
});

const meeting = (extra: Partial<Meeting> & Pick<Meeting, "source" | "committee" | "date" | "items">): Meeting =>
  parseMeeting({
    documentType: "referat",
    municipality: "Testrup",
    committeeRaw: extra.committee,
    electionPeriod: null,
    startTime: null,
    location: null,
    participants: [],
    absent: [],
    substitutes: [],
    members: [],
    pageCount: null,
    votes: [],
    referredToCouncil: [],
    upcoming: [],
    ...extra,
  });

const councilVote: Vote = {
  item: 7,
  body: "Byrådet",
  date: "2024-03-06",
  motion: "Budget 2025 godkendes",
  proposedBy: null,
  outcome: "adopted",
  for: [
    { name: null, party: "A", count: 9 },
    { name: null, party: "V", count: 6 },
  ],
  against: [{ name: null, party: "Ø", count: 2 }],
  abstain: [],
  counts: { for: 15, against: 2, abstain: 0 },
  text: "For stemte A(9) og V(6). Imod stemte Ø(2).",
  decision: 0,
};

export const RECORD_MEETINGS: Meeting[] = [
  meeting({
    source: "a-byraadet-2024-03-06.txt",
    committee: "Byrådet",
    date: "2024-03-06",
    participants: ["Anne Andersen", "Bo Berg", "Mette Mortensen"],
    absent: ["Mette Mortensen"],
    members: [
      { name: "Anne Andersen", party: "A" },
      { name: "Mette Mortensen", party: "Ø" },
    ],
    items: [item(7, "Budget 2025", "24/46085")],
    votes: [councilVote],
  }),
  meeting({
    source: "b-okonomiudvalget-2024-04-08.txt",
    committee: "Økonomiudvalget",
    date: "2024-04-08",
    participants: ["Anne Andersen", "Bo Berg", "Carl Cold", "Mette Mortensen"],
    members: [
      { name: "Bo Berg", party: "C" },
      { name: "Carl Cold", party: "C" },
      { name: "Dorte Dahl", party: "C" },
    ],
    // The council's vote quoted again under the item's history (case number written another way).
    items: [item(2, "Budget 2025 - opfølgning", "24-046085"), item(3, "Ny skolestruktur", "EMN-2024-000311")],
    votes: [
      { ...councilVote, item: 2 },
      {
        item: 3,
        body: "Økonomiudvalget",
        date: "2024-04-08",
        motion: "Forslag om ny skolestruktur",
        proposedBy: null,
        outcome: "adopted",
        for: [
          { name: "Bo Berg", party: null },
          { name: "Dorte Dahl", party: "C" },
          { name: "Anne Andersen", party: "A" },
        ],
        against: [{ name: "Carl Cold", party: null }],
        abstain: [{ name: "Mette Mortensen", party: "Ø" }],
        counts: null,
        text: "For stemte Bo Berg, Dorte Dahl (C) og Anne Andersen (A). Imod stemte Carl Cold. Mette Mortensen (Ø) undlod at stemme.",
        decision: 0,
      },
    ],
  }),
  meeting({
    source: "c-byraadet-2024-05-01.txt",
    committee: "Byrådet",
    date: "2024-05-01",
    participants: ["Anne Andersen", "Bo Berg", "Mette Mortensen"],
    members: [{ name: "Mette Mortensen", party: "Ø" }],
    partialAbsence: [
      { name: "Mette Mortensen", party: "Ø", items: [4, 5, 6], text: "Fraværende: Mette Mortensen (Ø), punkt 4-6" },
    ],
    items: [1, 2, 3, 4, 5, 6].map((n) => item(n, `Sag ${n}`, null)),
  }),
  meeting({
    source: "d-okonomiudvalget-2024-06-03.txt",
    committee: "Økonomiudvalget",
    date: "2024-06-03",
    participants: ["Anne Andersen", "Carl Cold"],
    // Recorded absent ("Fraværende: Bo Berg" under item 1's decision) but present for the rest of the meeting.
    absent: ["Bo Berg"],
    members: [{ name: "Bo Berg", party: "C" }],
    partialAbsence: [{ name: "Bo Berg", party: "C", items: [1], text: "Fraværende: Bo Berg" }],
    items: [item(1, "Lokalplan 12", null), item(2, "Vejnavne", null)],
  }),
  meeting({
    source: "e-kulturudvalget-2024-09-02.txt",
    committee: "Kulturudvalget",
    date: "2024-09-02",
    participants: ["Dorte Dal", "Erik Eg"],
    members: [{ name: "Erik Eg", party: "V" }],
    // Left at a time, no item given: partly absent, which items the minutes do not say.
    partialAbsence: [
      { name: "Erik Eg", party: "V", items: [], from: "18.15", text: "Erik Eg (V) forlod mødet kl. 18.15." },
    ],
    items: [item(1, "Kulturpulje", null), item(2, "Bibliotekets åbningstider", null)],
  }),
];
