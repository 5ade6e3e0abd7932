// Small hand-made meetings for search tests that must not depend on the parser.
import type { AgendaItem, Decision, Meeting, Vote } from "../../src/domain/index.ts";
import { inMemoryIdentity } from "../../src/ingest/meeting-id.ts";

export function makeItem(number: number, title: string, text = "", extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number,
    id: null,
    url: null,
    title,
    kind: "Beslutning",
    closed: false,
    caseNumber: null,
    page: null,
    sourcePage: null,
    decidedIn: null,
    recommendation: null,
    text,
    decisions: [],
    ...extra,
  };
}

/** A decision block of a body on a date, without election period or page. */
export function makeDecision(body: string, date: string, text: string, extra: Partial<Decision> = {}): Decision {
  return { body, electionPeriod: null, date, text, ...extra };
}

export function makeVote(item: number, text: string, extra: Partial<Vote> = {}): Vote {
  return {
    item,
    body: "Socialudvalget",
    date: "2021-01-01",
    motion: "",
    proposedBy: null,
    outcome: "adopted",
    for: [],
    against: [],
    abstain: [],
    counts: null,
    text,
    decision: 0,
    ...extra,
  };
}

export function makeMeeting(source: string, date: string, items: AgendaItem[], extra: Partial<Meeting> = {}): Meeting {
  const meeting = {
    source,
    documentType: "referat" as const,
    municipality: "Testrup",
    committee: "Socialudvalget",
    committeeRaw: "Socialudvalget 2018-2021",
    electionPeriod: "2018-2021",
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
    ...extra,
  };
  return { ...inMemoryIdentity(source, meeting), ...meeting };
}
