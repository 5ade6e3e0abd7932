// Answers "what is coming up": rows of the newest "Kommende sager" list at or before today that are still ahead, plus future agendas.
import type { AnswerUpcoming, Meeting, UpcomingItem } from "../../domain/index.ts";
import { decisiveExcerpt } from "../excerpt.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { answeringItems, findMeetings, inScope, meetingScope, RETRIEVAL, rankItems } from "../retrieve.ts";
import { type DateMention, dateMatches } from "../understand/dates.ts";
import { type ComposeInput, type Draft, emptyDraft, type Note } from "./draft.ts";
import { composePlanned, plannedDay } from "./planned.ts";
import { addSuggestions } from "./suggest.ts";

/** The last day of each part of a year: Primo = early (to April), Medio = mid (to August), Ultimo = late. */
export const PERIOD_END: Record<"primo" | "medio" | "ultimo", string> = {
  primo: "04-30",
  medio: "08-31",
  ultimo: "12-31",
};

/** The first day of each part of a year. */
export const PERIOD_START: Record<"primo" | "medio" | "ultimo", string> = {
  primo: "01-01",
  medio: "05-01",
  ultimo: "09-01",
};

/** Seasons and halves some lists write instead (forår 2021, 2. halvår 2021), with their last day. */
export const SEASON_END: readonly { pattern: RegExp; end: string }[] = [
  { pattern: /forår|spring|1\.\s*halvår|første halvår|first half/i, end: "06-30" },
  { pattern: /sommer|summer/i, end: "08-31" },
  { pattern: /efterår|autumn|fall|2\.\s*halvår|andet halvår|second half/i, end: "11-30" },
  { pattern: /vinter|winter/i, end: "12-31" },
  { pattern: /1\.\s*kvartal|q1/i, end: "03-31" },
  { pattern: /2\.\s*kvartal|q2/i, end: "06-30" },
  { pattern: /3\.\s*kvartal|q3/i, end: "09-30" },
  { pattern: /4\.\s*kvartal|q4/i, end: "12-31" },
];

const ONGOING = /løbende|ongoing|hvert|hver |årligt|kvartalsvis|månedlig/i;

/** Standing agenda items every meeting has: not news about what is coming up. */
export const PROCEDURAL_TITLES =
  /^(godkendelse af (dagsorden|referat)|meddelelser|eventuelt|meddelelser\/eventuelt|underskrift|orientering fra formanden)\.?$/i;

export interface RowTiming {
  bucket: AnswerUpcoming["bucket"];
  /** First day the row can fall on, ISO; null when it has no time (ongoing, undated). */
  from: string | null;
  /** Last day the row can still be ahead of, ISO; null when it has no end (ongoing, undated). */
  until: string | null;
  /** Sort key within the bucket. */
  sort: string;
}

/** When a row is due: a date, a part of a year, ongoing, or undated. */
export function timingOf(row: UpcomingItem): RowTiming {
  const when = row.when?.trim() ?? "";
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(when);
  const date = row.date ?? (dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, "0")}-${dmy[1]?.padStart(2, "0")}` : null);
  if (date) return { bucket: "dated", from: date, until: date, sort: date };
  const periodMatch = /(primo|medio|ultimo)\s*(\d{4})/i.exec(when);
  const period =
    row.period ??
    (periodMatch
      ? { part: (periodMatch[1] ?? "").toLowerCase() as "primo" | "medio" | "ultimo", year: Number(periodMatch[2]) }
      : null);
  if (period) {
    const end = `${period.year}-${PERIOD_END[period.part]}`;
    return { bucket: "period", from: `${period.year}-${PERIOD_START[period.part]}`, until: end, sort: end };
  }
  if (!when) return { bucket: "undated", from: null, until: null, sort: "" };
  if (ONGOING.test(when)) return { bucket: "ongoing", from: null, until: null, sort: "" };
  const year = /(\d{4})/.exec(when)?.[1];
  if (year) {
    const season = SEASON_END.find((s) => s.pattern.test(when));
    const end = `${year}-${season?.end ?? "12-31"}`;
    return { bucket: "period", from: `${year}-01-01`, until: end, sort: end };
  }
  return { bucket: "undated", from: null, until: null, sort: "" };
}

/** True when the row may fall within the time the question names ("i februar 2021", "in 2021"). */
export function fitsAskedTime(row: UpcomingItem, dates: readonly DateMention[]): boolean {
  const t = timingOf(row);
  return dates.every((d) => {
    if (d.kind === "latest") return true;
    if (t.from === null || t.until === null) return false;
    if (d.kind === "period") return t.from <= d.to && t.until >= d.from;
    return t.bucket === "dated" ? dateMatches(d, t.from) : false;
  });
}

/** True when the row is still ahead of `today`. */
export function isAhead(row: UpcomingItem, today: string): boolean {
  const t = timingOf(row);
  return t.until === null || t.until >= today;
}

const BUCKET_ORDER: Record<AnswerUpcoming["bucket"], number> = {
  dated: 0,
  period: 1,
  agenda: 2,
  ongoing: 3,
  undated: 4,
};

/** The newest meeting with an upcoming list at or before today, per committee (and municipality). */
function newestLists(input: ComposeInput): number[] {
  const { catalog, retrieval, today } = input;
  const { meetings } = catalog;
  // The question's dates say when items are planned, not which list to read.
  const scope = meetingScope(retrieval, { ignoreDates: true });
  const found: { meeting: number; date: string; first: number }[] = [];
  for (const lists of catalog.upcomingLists) {
    // One committee of one municipality: the scope (place and committee) takes all of its lists or none.
    if (!inScope(scope, lists.meetings[0] ?? -1)) continue;
    let last = upperBound(lists.meetings, (m) => (meetings[m]?.date ?? "") <= today) - 1;
    if (last < 0) continue;
    const first = lists.lowestIndex[last] as number;
    const date = meetings[lists.meetings[last] as number]?.date ?? "";
    // Of the lists of that day, the first in index order.
    while (last > 0 && meetings[lists.meetings[last - 1] as number]?.date === date) last -= 1;
    found.push({ meeting: lists.meetings[last] as number, date, first });
  }
  // Newest first; lists of one day in the order their committees first appear in the index.
  const lists = found.sort((a, b) => b.date.localeCompare(a.date) || a.first - b.first).map((x) => x.meeting);
  // Without a committee named, a committee whose last list is far older than the newest one no longer meets
  // (renamed or dissolved): its undated rows are not news.
  if (input.u.bodies.length > 0) return lists;
  const newestDate = meetings[lists[0] ?? -1]?.date;
  if (!newestDate) return lists;
  const cutoff = shiftYears(newestDate, -STALE_LIST_YEARS);
  return lists.filter((i) => (meetings[i]?.date ?? "") >= cutoff);
}

/** The number of leading elements of `list` for which `test` holds (it holds for a prefix of the list). */
function upperBound<T>(list: readonly T[], test: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A committee's list this many years older than the newest list is left out when no committee is named. */
export const STALE_LIST_YEARS = 1;

function shiftYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Agendas (dagsordener) of meetings after today, in index order: their items are coming up too. */
function futureAgendas(input: ComposeInput): number[] {
  const { catalog, retrieval, today } = input;
  const { agendas, meetings } = catalog;
  const scope = meetingScope(retrieval, { ignoreDates: true });
  return agendas
    .slice(upperBound(agendas, (m) => (meetings[m]?.date ?? "") <= today))
    .filter((i) => {
      const date = meetings[i]?.date ?? "";
      return inScope(scope, i) && input.u.dates.every((d) => d.kind === "latest" || dateMatches(d, date));
    })
    .sort((a, b) => a - b);
}

interface Candidate {
  meeting: number;
  item: number;
  row: Omit<AnswerUpcoming, "citation">;
  ahead: boolean;
  sort: string;
  text: string;
}

function candidates(input: ComposeInput): Candidate[] {
  const { catalog, today } = input;
  const out: Candidate[] = [];
  for (const mi of newestLists(input)) {
    const m = catalog.meetings[mi] as Meeting;
    for (const row of m.upcoming) {
      if (!fitsAskedTime(row, input.u.dates)) continue;
      const t = timingOf(row);
      out.push({
        meeting: mi,
        item: row.item,
        row: {
          title: row.title,
          when: row.when,
          committee: m.committee,
          responsible: row.responsible,
          bucket: t.bucket,
        },
        ahead: isAhead(row, today),
        sort: t.sort,
        text: `${row.title}\n${row.responsible ?? ""}`,
      });
    }
  }
  for (const mi of futureAgendas(input)) {
    const m = catalog.meetings[mi] as Meeting;
    for (const item of m.items) {
      if (item.closed || PROCEDURAL_TITLES.test(item.title.trim())) continue;
      out.push({
        meeting: mi,
        item: item.number,
        row: { title: item.title, when: m.date, committee: m.committee, responsible: null, bucket: "agenda" },
        ahead: true,
        sort: m.date,
        text: `${item.title}\n${item.recommendation ?? ""}`,
      });
    }
  }
  return out;
}

export async function composeUpcoming(input: ComposeInput): Promise<Draft> {
  const { u, book, catalog } = input;
  // "What was planned for the meeting on 12 May 2021?": that day's rows and agenda, not today's list.
  const day = plannedDay(u.dates);
  if (day) return composePlanned(input, day);
  const draft = emptyDraft(book);
  let rows = candidates(input);
  if (u.topic.concepts.length > 0) {
    // One item asked about: the rows that carry the topic best.
    const { prepared } = input.retrieval;
    const scored = rows
      .map((c) => ({ c, s: scoreTopic(prepared, topicDoc(prepared, [{ text: c.text, weight: 1 }])) }))
      .filter((x) => x.s.coverage >= RETRIEVAL.minCoverage)
      .sort((a, b) => b.s.score - a.s.score);
    const best = scored[0]?.s.score ?? 0;
    rows = scored.filter((x) => x.s.score >= best * RETRIEVAL.closeToBest).map((x) => x.c);
    const passed = rows.filter((c) => !c.ahead);
    for (const c of passed) {
      draft.notes.push({
        kind: "upcoming-passed",
        title: c.row.title,
        when: c.row.when,
        citation: book.cite(c.meeting, c.item),
      });
    }
    rows = rows.filter((c) => c.ahead).slice(0, 5);
    if (rows.length === 0 && passed.length === 0) {
      // No list or agenda names it: the latest decision on the item it names may say when it comes back.
      const latest = await latestTreatment(input);
      if (latest) {
        draft.notes.push(latest);
        draft.status = "found";
      } else await addSuggestions(input, draft);
      return draft;
    }
  } else {
    // A list more than STALE_LIST_YEARS before today: its undated and ongoing rows are not what is coming now.
    const staleBefore = shiftYears(input.today, -STALE_LIST_YEARS);
    const stale = (c: Candidate) =>
      (c.row.bucket === "ongoing" || c.row.bucket === "undated") &&
      (catalog.meetings[c.meeting]?.date ?? "") < staleBefore;
    const staleLists = new Map<number, number>();
    for (const c of rows) if (stale(c)) staleLists.set(c.meeting, (staleLists.get(c.meeting) ?? 0) + 1);
    for (const [meeting, count] of staleLists) {
      const m = catalog.meetings[meeting] as Meeting;
      draft.notes.push({ kind: "upcoming-stale", committee: m.committee, date: m.date, count });
    }
    const past = rows.filter((c) => !c.ahead).length;
    if (past > 0) draft.notes.push({ kind: "upcoming-past", count: past });
    rows = rows.filter((c) => c.ahead && !stale(c));
  }
  rows.sort((a, b) => BUCKET_ORDER[a.row.bucket] - BUCKET_ORDER[b.row.bucket] || a.sort.localeCompare(b.sort) || 0);
  const lists = new Set<number>();
  const agendas = new Map<number, Extract<Note, { kind: "agenda-items" }>>();
  const single = u.topic.concepts.length > 0;
  for (const c of rows) {
    const m = catalog.meetings[c.meeting] as Meeting;
    if (c.row.bucket === "agenda") {
      // A future agenda is not a "Kommende sager" list: its items go in the text, citing the agenda (one item
      // when one is asked about, else the whole agenda once), never in `upcoming`.
      const citation = book.cite(c.meeting, single ? c.item : null);
      let note = agendas.get(c.meeting);
      if (!note) {
        note = { kind: "agenda-items", citation, committee: m.committee, date: m.date, items: [] };
        agendas.set(c.meeting, note);
        draft.notes.push(note);
      }
      note.items.push({ number: c.item, title: c.row.title });
      continue;
    }
    const citation = book.cite(c.meeting, c.item);
    if (!lists.has(c.meeting)) {
      lists.add(c.meeting);
      draft.notes.push({ kind: "upcoming-list", citation, committee: m.committee, date: m.date });
    }
    draft.upcoming.push({ ...c.row, citation });
  }
  const found = draft.upcoming.length > 0 || agendas.size > 0 || draft.notes.some((n) => n.kind === "upcoming-passed");
  draft.status = found ? "found" : "not_found";
  // "When is the next meeting?" with no coming agenda: say so, and when the last meeting was.
  if (agendas.size === 0 && NEXT_MEETING.test(u.question)) {
    const last = findMeetings(input.retrieval).find((i) => (catalog.meetings[i]?.date ?? "") <= input.today);
    const m = last === undefined ? undefined : catalog.meetings[last];
    if (last !== undefined && m)
      draft.notes.push({
        kind: "no-next-agenda",
        citation: book.cite(last, null),
        committee: m.committee,
        date: m.date,
      });
  }
  return draft;
}

/** A question about the next meeting itself, not about an item on it. */
const NEXT_MEETING =
  /(?<![\p{L}])(?:næste møde|det kommende møde|next meeting|when (?:is|does) (?:[\p{L}-]+ ){0,6}?(?:meet|meeting) next|hvornår mødes)(?![\p{L}])/iu;

/**
 * The latest decision on the items that answer the question's topic (by the decision's date, then the meeting's):
 * what the minutes last said of a case no coming list names. Null when no item answers the topic.
 */
async function latestTreatment(input: ComposeInput): Promise<Extract<Note, { kind: "latest-treatment" }> | null> {
  const { retrieval, book, u } = input;
  let best: { meeting: number; item: number; body: string; date: string; text: string } | null = null;
  for (const hit of answeringItems(retrieval, await rankItems(retrieval))) {
    for (const d of hit.doc.item.decisions) {
      const date = d.date;
      if (date > input.today || d.text.trim() === "") continue;
      if (!best || date > best.date)
        best = { meeting: hit.doc.meeting, item: hit.doc.item.number, body: d.body, date, text: d.text };
    }
  }
  if (!best) return null;
  return {
    kind: "latest-treatment",
    citation: book.cite(best.meeting, best.item),
    topic: u.topic.text,
    body: best.body,
    date: best.date,
    quote: decisiveExcerpt(best.text, 300),
  };
}
