// Answers "what was planned for the meeting on <day>": the "Kommende sager" rows dated that day (every list that
// carries them, newest list first) and the agenda of a meeting held that day, whatever today is.
import type { Meeting } from "../../domain/index.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { inScope, meetingScope, RETRIEVAL } from "../retrieve.ts";
import { type DateMention, dateMatches, isoOf } from "../understand/dates.ts";
import { type ComposeInput, type Draft, emptyDraft, type Note } from "./draft.ts";
import { PROCEDURAL_TITLES, timingOf } from "./upcoming.ts";

type Day = Extract<DateMention, { kind: "day" }>;

/** The one day an upcoming question names ("12-05-2021", "12 May 2021"), or null when it names none or several. */
export function plannedDay(dates: readonly DateMention[]): Day | null {
  const days = dates.filter((d): d is Day => d.kind === "day");
  return days.length === 1 && dates.length === 1 ? (days[0] as Day) : null;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

interface PlannedRow {
  meeting: number;
  item: number;
  title: string;
  when: string | null;
  responsible: string | null;
  committee: string;
  date: string;
  text: string;
}

interface PlannedAgenda {
  meeting: number;
  items: { number: number; title: string; text: string }[];
}

/** Lists (issued on or before today) of the asked place and committee, newest first. */
function listsInScope(input: ComposeInput): number[] {
  const { catalog, today } = input;
  const scope = meetingScope(input.retrieval, { ignoreDates: true });
  const out: number[] = [];
  for (const lists of catalog.upcomingLists) {
    if (!inScope(scope, lists.meetings[0] ?? -1)) continue;
    for (const m of lists.meetings) if ((catalog.meetings[m]?.date ?? "") <= today) out.push(m);
  }
  const date = (i: number) => catalog.meetings[i]?.date ?? "";
  return out.sort((a, b) => date(b).localeCompare(date(a)) || a - b);
}

/** Meetings of the asked place and committee: an agenda, or minutes when no agenda of that meeting is indexed. */
function meetingsInScope(input: ComposeInput): number[] {
  const { meetings } = input.catalog;
  const scope = meetingScope(input.retrieval, { ignoreDates: true });
  const all = meetings.map((_, i) => i).filter((i) => inScope(scope, i));
  const key = (m: Meeting) => `${m.municipality ?? ""}|${m.committee}|${m.date}`;
  const withAgenda = new Set(
    all
      .map((i) => meetings[i] as Meeting)
      .filter((m) => m.documentType === "dagsorden")
      .map(key),
  );
  return all.filter((i) => {
    const m = meetings[i] as Meeting;
    return m.documentType === "dagsorden" || !withAgenda.has(key(m));
  });
}

function rowsOn(input: ComposeInput, day: Day): PlannedRow[] {
  const { catalog } = input;
  const seen = new Set<string>();
  const out: PlannedRow[] = [];
  for (const mi of listsInScope(input)) {
    const m = catalog.meetings[mi] as Meeting;
    for (const row of m.upcoming) {
      const t = timingOf(row);
      if (t.bucket !== "dated" || t.from === null || !dateMatches(day, t.from)) continue;
      // A row repeated by an older list of the same committee is the same plan: the newest list states it.
      const key = `${m.municipality ?? ""}|${m.committee}|${t.from}|${fold(row.title)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        meeting: mi,
        item: row.item,
        title: row.title,
        when: row.when,
        responsible: row.responsible,
        committee: m.committee,
        date: t.from,
        text: `${row.title}\n${row.responsible ?? ""}`,
      });
    }
  }
  return out;
}

function agendasOn(input: ComposeInput, day: Day): PlannedAgenda[] {
  const { meetings } = input.catalog;
  return meetingsInScope(input)
    .filter((i) => dateMatches(day, meetings[i]?.date ?? ""))
    .map((i) => ({
      meeting: i,
      items: (meetings[i] as Meeting).items
        .filter((item) => !item.closed && !PROCEDURAL_TITLES.test(item.title.trim()))
        .map((item) => ({
          number: item.number,
          title: item.title,
          text: `${item.title}\n${item.recommendation ?? ""}`,
        })),
    }))
    .filter((a) => a.items.length > 0);
}

/** The nearest days before and after `iso` on which a list row or a meeting of the asked scope falls. */
function nearestDays(input: ComposeInput, iso: string): { before: string | null; after: string | null } {
  const { meetings } = input.catalog;
  const days = new Set<string>();
  for (const mi of listsInScope(input))
    for (const row of (meetings[mi] as Meeting).upcoming) {
      const t = timingOf(row);
      if (t.bucket === "dated" && t.from) days.add(t.from);
    }
  for (const i of meetingsInScope(input)) days.add(meetings[i]?.date ?? "");
  let before: string | null = null;
  let after: string | null = null;
  for (const d of days) {
    if (!d || d === iso) continue;
    if (d < iso && (before === null || d > before)) before = d;
    if (d > iso && (after === null || d < after)) after = d;
  }
  return { before, after };
}

/** The rows and agenda items planned for `day`, cited; a not-found answer names the nearest days that have some. */
export function composePlanned(input: ComposeInput, day: Day): Draft {
  const { u, book, catalog } = input;
  const draft = emptyDraft(book);
  let rows = rowsOn(input, day);
  let agendas = agendasOn(input, day);
  if (u.topic.concepts.length > 0) {
    // One matter asked about ("was the budget planned for 12 May?"): the rows and items that carry it.
    const { prepared } = input.retrieval;
    const fits = (text: string) =>
      scoreTopic(prepared, topicDoc(prepared, [{ text, weight: 1 }])).coverage >= RETRIEVAL.minCoverage;
    rows = rows.filter((r) => fits(r.text));
    agendas = agendas
      .map((a) => ({ ...a, items: a.items.filter((x) => fits(x.text)) }))
      .filter((a) => a.items.length > 0);
  }
  const single = u.topic.concepts.length > 0;
  const lists = new Set<number>();
  for (const r of rows) {
    const citation = book.cite(r.meeting, r.item);
    if (!lists.has(r.meeting)) {
      lists.add(r.meeting);
      const m = catalog.meetings[r.meeting] as Meeting;
      draft.notes.push({ kind: "upcoming-list", citation, committee: m.committee, date: m.date, plannedFor: r.date });
    }
    draft.upcoming.push({
      title: r.title,
      when: r.when,
      committee: r.committee,
      responsible: r.responsible,
      bucket: "dated",
      citation,
    });
  }
  for (const a of agendas) {
    const m = catalog.meetings[a.meeting] as Meeting;
    const first = a.items[0];
    const note: Extract<Note, { kind: "agenda-items" }> = {
      kind: "agenda-items",
      citation: book.cite(a.meeting, single && first ? first.number : null),
      committee: m.committee,
      date: m.date,
      items: a.items.map(({ number, title }) => ({ number, title })),
    };
    draft.notes.push(note);
  }
  if (draft.upcoming.length > 0 || agendas.length > 0) {
    draft.status = "found";
    return draft;
  }
  const iso = isoOf(day.year ?? Number(input.today.slice(0, 4)), day.month, day.day);
  const near = nearestDays(input, iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  draft.notes.push({
    kind: "no-plan-on-day",
    day: day.year === null ? `--${pad(day.month)}-${pad(day.day)}` : iso,
    ...near,
  });
  return draft;
}
