// Compares a parsed Meeting with a hand-written expectation (test/fixtures/ingest/firstagenda/*.expected.json).
import type { Meeting, VoteEntry } from "../../src/domain/index.ts";

type Entry = { name: string | null; party: string | null };
type Side = Entry[] | { size: number | null };

export interface Expected {
  file: string;
  id: string;
  documentType: string;
  municipality: string;
  committee: string;
  date: string;
  startTime: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  itemCount: number;
  items: {
    number: number;
    title: string;
    caseNumber: string | null;
    closed: boolean;
    id?: string;
    url?: string;
    decisions?: { body: string; date: string; textStartsWith: string }[];
  }[];
  votes: { item: number; outcome?: string; for: Side; against: Side; abstain: Side }[];
  /** Other votes than those listed may be found (an item whose sub-points are voted one by one). */
  votesAtLeast?: boolean;
  /**
   * Differences the shared sentence grammar still causes (forms it does not read yet), listed so the test fails
   * both when a new difference appears and when one is fixed (then remove it here).
   */
  grammarGaps?: string[];
}

const norm = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, " ").trim());
const key = (e: Entry | VoteEntry) => `${e.party ?? "-"}:${(norm(e.name) ?? "").toLowerCase()}`;

function sideFailure(found: VoteEntry[], want: Side): string | null {
  if (!Array.isArray(want)) {
    return want.size === null || found.length === want.size ? null : `${found.length} entries, expected ${want.size}`;
  }
  const a = found.map(key).sort().join(", ");
  const b = want.map(key).sort().join(", ");
  return a === b ? null : `[${a}], expected [${b}]`;
}

/** Every difference between the meeting and the expectation, one line each. */
export function expectationFailures(m: Meeting, x: Expected): string[] {
  const out: string[] = [];
  const check = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push(`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  check("id", m.id, x.id);
  check("documentType", m.documentType, x.documentType);
  check("municipality", m.municipality, x.municipality);
  check("committee", m.committee, x.committee);
  check("date", m.date, x.date);
  check("startTime", m.startTime, x.startTime);
  check("location", m.location, x.location);
  check("participants", m.participants, x.participants);
  check("absent", [...m.absent].sort(), [...x.absent].sort());
  check("item count", m.items.length, x.itemCount);
  for (const want of x.items) {
    const item = m.items.find((i) => i.number === want.number);
    if (!item) {
      out.push(`item ${want.number}: missing`);
      continue;
    }
    check(`item ${want.number} title`, norm(item.title), norm(want.title));
    check(`item ${want.number} case`, item.caseNumber, want.caseNumber);
    check(`item ${want.number} closed`, item.closed, want.closed);
    if (want.id) check(`item ${want.number} id`, item.id, want.id);
    if (want.url) check(`item ${want.number} url`, item.url, want.url);
    if (want.decisions) {
      check(`item ${want.number} decisions`, item.decisions.length, want.decisions.length);
      want.decisions.forEach((d, k) => {
        const got = item.decisions[k];
        check(`item ${want.number} decision ${k} body`, got?.body, d.body);
        check(`item ${want.number} decision ${k} date`, got?.date, d.date);
        if (!norm(got?.text)?.startsWith(norm(d.textStartsWith) ?? ""))
          out.push(`item ${want.number} decision ${k} text: ${JSON.stringify(got?.text?.slice(0, 80))}`);
      });
    }
  }
  const votedItems = [...new Set(m.votes.map((v) => v.item))].sort((a, b) => a - b);
  const wantItems = [...new Set(x.votes.map((v) => v.item))].sort((a, b) => a - b);
  if (x.votesAtLeast) {
    for (const n of wantItems) if (!votedItems.includes(n)) out.push(`votes: none on item ${n}`);
  } else check("items with votes", votedItems, wantItems);
  for (const want of x.votes) {
    const candidates = m.votes.filter((v) => v.item === want.item);
    if (candidates.length === 0) continue;
    const problems = candidates.map((v) =>
      [
        want.outcome && v.outcome !== want.outcome ? `outcome ${v.outcome}, expected ${want.outcome}` : null,
        sideFailure(v.for, want.for) && `for ${sideFailure(v.for, want.for)}`,
        sideFailure(v.against, want.against) && `against ${sideFailure(v.against, want.against)}`,
        sideFailure(v.abstain, want.abstain) && `abstain ${sideFailure(v.abstain, want.abstain)}`,
      ].filter((p): p is string => Boolean(p)),
    );
    if (!problems.some((p) => p.length === 0)) out.push(`vote on item ${want.item}: ${problems[0]?.join("; ")}`);
  }
  return out;
}
