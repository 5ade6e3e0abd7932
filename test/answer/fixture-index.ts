// A small hand-made index of realistic minutes for engine tests that must not depend on the parser or the index files.
import type { AgendaItem, Meeting, Vote } from "../../src/domain/index.ts";
import { MeetingSchema } from "../../src/domain/index.ts";
import { inMemoryIdentity } from "../../src/ingest/meeting-id.ts";
import { buildInvertedIndex } from "../../src/search/build-inverted-index.ts";
import type { LoadedIndex, Manifest } from "../../src/search/index.ts";
import { InvertedIndex } from "../../src/search/inverted-index.ts";
import { ITEM_FIELDS, UPCOMING_FIELDS, VOTE_FIELDS } from "../../src/search/ranking.ts";
import { itemDocuments, upcomingDocuments, voteDocuments } from "../../src/search/search-documents.ts";

const SBU = "Social- og Beskæftigelsesudvalget";

function item(number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number,
    id: null,
    url: null,
    title,
    kind: "Beslutning",
    closed: false,
    caseNumber: null,
    page: number + 2,
    sourcePage: null,
    decidedIn: SBU,
    recommendation: null,
    text: "",
    decisions: [],
    ...extra,
  };
}

function vote(extra: Partial<Vote> & Pick<Vote, "item" | "body" | "date" | "motion" | "outcome">): Vote {
  return {
    proposedBy: null,
    for: [],
    against: [],
    abstain: [],
    counts: null,
    text: extra.motion,
    decision: 0,
    ...extra,
  };
}

function meeting(extra: Partial<Meeting> & Pick<Meeting, "source" | "date" | "items">): Meeting {
  const base = {
    documentType: "referat" as const,
    municipality: "Testrup",
    committee: SBU,
    committeeRaw: `${SBU} 2022-2025`,
    electionPeriod: "2022-2025",
    startTime: "17:00",
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
  };
  return MeetingSchema.parse({ ...inMemoryIdentity(base.source, base), ...base });
}

const m = (name: string, party: string) => ({ name, party });

/** Minutes of Testrup's social committee (two meetings, one agenda) and Nordby's technical committee. */
export const FIXTURE_MEETINGS: Meeting[] = [
  meeting({
    source: "a_sbu_2022-03-09.txt",
    date: "2022-03-09",
    participants: ["Karen Holm", "Per Dam", "Allan Berg Mortensen", "Lise Krogh", "Jens Vad"],
    members: [
      m("Karen Holm", "A"),
      m("Per Dam", "C"),
      m("Allan Berg Mortensen", "Ø"),
      m("Lise Krogh", "O"),
      m("Jens Vad", "V"),
    ],
    items: [
      item(1, "Godkendelse af dagsorden", {
        decisions: [{ body: SBU, electionPeriod: "2022-2025", date: "2022-03-09", text: "Dagsordenen godkendt." }],
      }),
      item(2, "Fremtidig struktur for Integrationsrådet", {
        caseNumber: "22/1234",
        recommendation: "at Integrationsrådet videreføres i sin nuværende form.",
        text: "Integrationsrådet rådgiver byrådet om integrationsindsatsen. Rådets budget er 175.000 kr. årligt.",
        decisions: [
          {
            body: SBU,
            electionPeriod: "2022-2025",
            date: "2022-02-09",
            text: "Lise Krogh (O) foreslog at nedlægge Integrationsrådet. Forslaget blev vedtaget.",
          },
          {
            body: "Byrådet",
            electionPeriod: "2022-2025",
            date: "2022-02-28",
            text: "Forslaget om at nedlægge Integrationsrådet blev forkastet med 13 stemmer mod 11.",
          },
          { body: SBU, electionPeriod: "2022-2025", date: "2022-03-09", text: "Indstillingen blev godkendt." },
        ],
      }),
      item(3, "Beskæftigelsesplan 2023", {
        caseNumber: "22/2000",
        text: "Beskæftigelsesplanen fastsætter resultatkrav for indsatsen for ledige.",
        decisions: [
          {
            body: SBU,
            electionPeriod: "2022-2025",
            date: "2022-03-09",
            text: "Udvalget godkendte beskæftigelsesplanen. Resultatkrav 1 blev godkendt af et flertal.",
          },
        ],
      }),
      item(4, "Godkendelse af veteranpolitik", {
        kind: "Beslutning",
        text: "Forslag til veteranpolitik for kommunens veteraner.",
        decisions: [{ body: SBU, electionPeriod: "2022-2025", date: "2022-03-09", text: "Anbefales godkendt." }],
      }),
      item(5, "Kommende sager i Social- og Beskæftigelsesudvalget", {
        kind: "Orientering",
        decisions: [{ body: SBU, electionPeriod: "2022-2025", date: "2022-03-09", text: "Taget til efterretning." }],
      }),
      item(6, "Lukket", { kind: null, closed: true, page: null }),
    ],
    votes: [
      vote({
        item: 2,
        body: SBU,
        date: "2022-02-09",
        motion: "Forslag om at nedlægge Integrationsrådet",
        outcome: "adopted",
        for: [m("Lise Krogh", "O"), m("Per Dam", "C")],
        against: [m("Karen Holm", "A"), m("Allan Berg Mortensen", "Ø")],
        text: "Lise Krogh (O) og Per Dam (C) stemte for forslaget. Karen Holm (A) og Allan Berg Mortensen (Ø) stemte imod.",
      }),
      vote({
        item: 2,
        body: "Byrådet",
        date: "2022-02-28",
        motion: "Forslag om at nedlægge Integrationsrådet",
        outcome: "rejected",
        for: [
          { name: null, party: "C", count: 9 },
          { name: null, party: "O", count: 2 },
        ],
        against: [
          { name: null, party: "A", count: 8 },
          { name: null, party: "Ø", count: 2 },
        ],
        abstain: [m("Jens Vad", "V")],
        counts: { for: 11, against: 13, abstain: 1 },
        decision: 1,
        text: "For forslaget stemte: C(9) og O(2). Imod forslaget stemte: A(8) og Ø(2). Jens Vad (V) undlod at stemme.",
      }),
      vote({
        item: 3,
        body: SBU,
        date: "2022-03-09",
        motion: "Resultatkrav 1: antallet af ledige skal falde med 2 %",
        outcome: "adopted",
        for: [m("Lise Krogh", "O"), m("Per Dam", "C")],
        abstain: [m("Karen Holm", "A"), m("Allan Berg Mortensen", "Ø")],
        text: "Et flertal, Lise Krogh (O) og Per Dam (C) godkendte resultatkravet. Karen Holm (A) og Allan Berg Mortensen (Ø) undlod at stemme.",
      }),
    ],
    upcoming: [
      {
        title: "Status på jobcentrets indsats",
        responsible: "Center for Job",
        when: "06-04-2022",
        date: "2022-04-06",
        period: null,
        item: 5,
      },
      {
        title: "Budgetforslag 2023",
        responsible: "Økonomi",
        when: "08-06-2022",
        date: "2022-06-08",
        period: null,
        item: 5,
      },
      {
        title: "Regnskab 2021",
        responsible: "Økonomi",
        when: "Primo 2022",
        date: null,
        period: { part: "primo", year: 2022 },
        item: 5,
      },
      {
        title: "Fælleslegatet 2022",
        responsible: "Center for Job",
        when: "Ultimo 2022",
        date: null,
        period: { part: "ultimo", year: 2022 },
        item: 5,
      },
      {
        title: "Opfølgning på flygtningeindsatsen",
        responsible: "Center for Job",
        when: "Løbende",
        date: null,
        period: null,
        item: 5,
      },
      {
        title: "Fællesmøde med Handicaprådet",
        responsible: "Sekretariatet",
        when: null,
        date: null,
        period: null,
        item: 5,
      },
    ],
  }),
  meeting({
    source: "b_sbu_2021-12-08.txt",
    date: "2021-12-08",
    participants: ["Karen Holm", "Per Dam", "Allan Berg Mortensen", "Lise Krogh"],
    absent: ["Jens Vad"],
    substitutes: [{ name: "Ole Bak", party: "V", for: "Jens Vad" }],
    partialAbsence: [
      { name: "Lise Krogh", party: "A", items: [2], text: "Lise Krogh (A) forlod mødet efter punkt 1." },
    ],
    items: [
      item(1, "Fælleslegat 2021", {
        text: "Uddeling af Fælleslegatet for 2021.",
        decisions: [{ body: SBU, electionPeriod: "2022-2025", date: "2021-12-08", text: "Godkendt." }],
      }),
      item(2, "Kommende sager i Social- og Beskæftigelsesudvalget", {
        kind: "Orientering",
        decisions: [{ body: SBU, electionPeriod: "2022-2025", date: "2021-12-08", text: "Taget til efterretning." }],
      }),
    ],
    upcoming: [
      {
        title: "Fælleslegatet 2022",
        responsible: "Center for Job",
        when: "Medio 2022",
        date: null,
        period: { part: "medio", year: 2022 },
        item: 2,
      },
    ],
  }),
  meeting({
    source: "c_sbu_2022-04-06_dagsorden.txt",
    documentType: "dagsorden",
    date: "2022-04-06",
    items: [item(1, "Godkendelse af dagsorden"), item(2, "Handleplan for hjemløse 2022")],
  }),
  meeting({
    source: "d_tmu_2021-11-10.txt",
    municipality: "Nordby",
    committee: "Teknik- og Miljøudvalget",
    committeeRaw: "Teknik- og Miljøudvalget",
    electionPeriod: null,
    date: "2021-11-10",
    participants: ["Hanne Lund", "Bo Juhl"],
    items: [
      item(1, "Trafiksikkerhedsplan for skoleveje", {
        decidedIn: "Teknik- og Miljøudvalget",
        text: "Planen prioriterer sikre skoleveje og cykelstier.",
        decisions: [
          {
            body: "Teknik- og Miljøudvalget",
            electionPeriod: null,
            date: "2021-11-10",
            text: "Udvalget godkendte trafiksikkerhedsplanen. Cykelstien på Skolevej prioriteres først.",
          },
        ],
      }),
    ],
  }),
];

/**
 * A LoadedIndex over the fixture meetings, searched like a built one: the three inverted indexes are built in
 * memory (no index files), so the engine's candidates and term rarity come from the real search code.
 */
export function fixtureIndex(
  meetings: Meeting[] = FIXTURE_MEETINGS,
  sources: LoadedIndex["sources"] = {},
): LoadedIndex {
  const manifest = {
    inputs: meetings.map((x) => ({
      name: x.source,
      sha256: "0".repeat(64),
      bytes: 1,
      items: x.items.length,
      votes: x.votes.length,
    })),
  } as unknown as Manifest;
  const items = new InvertedIndex(buildInvertedIndex(itemDocuments(meetings), ITEM_FIELDS));
  const votes = new InvertedIndex(buildInvertedIndex(voteDocuments(meetings), VOTE_FIELDS));
  const upcoming = new InvertedIndex(buildInvertedIndex(upcomingDocuments(meetings), UPCOMING_FIELDS));
  return {
    dir: "test/answer/fixture",
    manifest,
    meetings,
    sources,
    searchItems: (query, options = {}) =>
      items
        .search(query, {
          limit: options.limit ?? 20,
          fuzzy: options.fuzzy,
          filter: options.filter ? (meeting, item) => options.filter?.({ meeting, item }) ?? true : undefined,
        })
        .map((hit) => ({ meeting: hit.meeting, item: hit.key, score: hit.score, terms: hit.terms })),
    searchVotes: (query, options = {}) =>
      votes
        .search(query, {
          limit: options.limit ?? 20,
          filter: options.filter
            ? (meeting, vote) => options.filter?.({ meeting, item: meetings[meeting]?.votes[vote]?.item ?? 0 }) ?? true
            : undefined,
        })
        .map((hit) => ({ meeting: hit.meeting, vote: hit.key, score: hit.score })),
    searchUpcoming: (query, options = {}) =>
      upcoming
        .search(query, { limit: options.limit ?? 20 })
        .map((hit) => ({ meeting: hit.meeting, row: hit.key, score: hit.score })),
    itemCount: items.documentCount,
    documentFrequency: (term) => items.documentFrequency(term),
  };
}
