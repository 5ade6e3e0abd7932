// Answers "what happened to case X": every treatment of the case across bodies and meetings, in date order, one
// per body and day however many minutes quote it, each cited; then the latest step and what is scheduled next.

import { caseKey } from "../../domain/case-number.ts";
import type { Language } from "../../domain/index.ts";
import { titleSimilarity } from "../../parse/similarity.ts";
import { foldPhrase, type ItemRef } from "../../search/index.ts";
import { oneLine } from "../excerpt.ts";
import { formatDate } from "../render-text.ts";
import { answeringItems, createRetrieval, rankItems } from "../retrieve.ts";
import type { Topic } from "../understand/topic.ts";
import { decisionOutcomes } from "./decision.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";

/** Titles this alike (0–1) name one case when no case number ties the items together. */
export const SAME_CASE_TITLE = 0.8;

// Words of the question that ask for the history, not what the case is about.
const HISTORY_WORDS = new Set(
  "case cases matter sag sagen sager sagens sagsforløb sagsforløbet forløb forløbet history happened happen now nu status where hvor stand står through every all bodies committees udvalgene organerne gennem skete sket sker".split(
    " ",
  ),
);

export interface CaseStep {
  body: string;
  date: string;
  /** The decision's text; null for an item on an agenda without a decision yet. */
  text: string | null;
  meeting: number;
  item: number;
}

/** The items of the case the question names: by case number (any spelling), else the best item on the topic. */
export async function caseItems(input: ComposeInput): Promise<ItemRef[]> {
  const { u, catalog } = input;
  const place = (meeting: number) => catalog.municipality[meeting] ?? null;
  if (u.caseNumber) {
    return catalog
      .itemsWithCaseNumber(u.caseNumber)
      .filter((r) => !u.municipality || place(r.meeting) === u.municipality);
  }
  const concepts = u.topic.concepts.filter(
    (c) =>
      !c.written
        .toLowerCase()
        .split(/\s+/)
        .every((w) => HISTORY_WORDS.has(w)),
  );
  if (concepts.length === 0) return [];
  const topic: Topic = { concepts, compounds: [], text: concepts.map((c) => c.written).join(" ") };
  const retrieval = await createRetrieval(input.retrieval.backend, catalog, { ...u, topic }, input.today);
  const best = answeringItems(retrieval, await rankItems(retrieval), 1)[0];
  if (!best) return [];
  const key = caseKey(best.doc.item.caseNumber);
  if (key) {
    return catalog
      .itemsWithCaseNumber(best.doc.item.caseNumber as string)
      .filter((r) => place(r.meeting) === place(best.doc.meeting));
  }
  // No case number: the items titled like the best one, in the same municipality.
  const refs: ItemRef[] = [];
  catalog.meetings.forEach((m, meeting) => {
    if (place(meeting) !== place(best.doc.meeting)) return;
    for (const it of m.items) {
      if (titleSimilarity(it.title, best.doc.item.title) >= SAME_CASE_TITLE) refs.push({ meeting, item: it.number });
    }
  });
  return refs;
}

/** The treatments of the case: each decision block, and each agenda item without one, once per body and day. */
export function caseSteps(input: ComposeInput, refs: readonly ItemRef[]): CaseStep[] {
  const { catalog } = input;
  const steps = new Map<string, CaseStep & { own: boolean }>();
  // Oldest minutes first: a treatment is cited where it was first recorded, unless the body's own minutes hold it.
  const ordered = [...refs].sort(
    (a, b) =>
      (catalog.meetings[a.meeting]?.date ?? "").localeCompare(catalog.meetings[b.meeting]?.date ?? "") ||
      a.meeting - b.meeting ||
      a.item - b.item,
  );
  const add = (step: CaseStep, own: boolean) => {
    const key = `${foldPhrase(step.body)}|${step.date}`;
    const seen = steps.get(key);
    if (!seen || (own && !seen.own) || (seen.text === null && step.text !== null)) steps.set(key, { ...step, own });
  };
  for (const ref of ordered) {
    const m = catalog.meetings[ref.meeting];
    const item = catalog.item(ref.meeting, ref.item);
    if (!m || !item) continue;
    for (const d of item.decisions) {
      add(
        { body: d.body, date: d.date, text: d.text, meeting: ref.meeting, item: ref.item },
        foldPhrase(d.body) === foldPhrase(m.committee),
      );
    }
    if (!item.decisions.some((d) => foldPhrase(d.body) === foldPhrase(m.committee) && d.date === m.date)) {
      add({ body: m.committee, date: m.date, text: null, meeting: ref.meeting, item: ref.item }, true);
    }
  }
  return [...steps.values()]
    .map(({ own: _own, ...step }) => step)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.meeting - b.meeting || foldPhrase(a.body).localeCompare(foldPhrase(b.body)),
    );
}

/** An agenda step is scheduled when its meeting is ahead, or an agenda (dagsorden) not yet held. */
function isScheduled(input: ComposeInput, step: CaseStep): boolean {
  const m = input.catalog.meetings[step.meeting];
  return step.date > input.today || (step.text === null && m?.documentType === "dagsorden" && step.date >= input.today);
}

/** A row of a list of coming items titled like the case, in the case's municipality. */
function upcomingRow(input: ComposeInput, title: string, meetingOfCase: number) {
  const { catalog } = input;
  const place = catalog.municipality[meetingOfCase] ?? null;
  let found: { meeting: number; title: string; when: string | null; committee: string; date: string } | null = null;
  for (const list of catalog.upcomingLists) {
    if (list.municipality !== place) continue;
    const newest = list.meetings[list.meetings.length - 1];
    const m = newest === undefined ? undefined : catalog.meetings[newest];
    if (!m || newest === undefined) continue;
    for (const row of m.upcoming) {
      if (titleSimilarity(row.title, title) < SAME_CASE_TITLE) continue;
      if (row.date && row.date <= input.today) continue;
      if (!found || m.date > found.date)
        found = { meeting: newest, title: row.title, when: row.when, committee: m.committee, date: m.date };
    }
  }
  return found;
}

export async function composeCaseHistory(input: ComposeInput): Promise<{ draft: Draft; text: string }> {
  const { u, book, catalog } = input;
  const L = u.language;
  const draft = emptyDraft(book);
  const refs = await caseItems(input);
  const steps = caseSteps(input, refs);
  const newestRef = [...refs].sort(
    (a, b) =>
      (catalog.meetings[b.meeting]?.date ?? "").localeCompare(catalog.meetings[a.meeting]?.date ?? "") ||
      b.meeting - a.meeting,
  )[0];
  const newestItem = newestRef ? catalog.item(newestRef.meeting, newestRef.item) : undefined;
  if (steps.length === 0 || !newestRef || !newestItem) {
    const what = u.caseNumber ? ` ${u.caseNumber}` : u.topic.text ? ` "${u.topic.text}"` : "";
    const text =
      L === "da"
        ? `Jeg fandt ingen sag${what} i de indekserede referater.`
        : `I found no case${what} in the indexed minutes.`;
    return { draft, text };
  }
  const done = steps.filter((s) => !isScheduled(input, s));
  const ahead = steps.filter((s) => isScheduled(input, s));
  // Named as the question wrote it, else as first recorded; titled as first recorded.
  const oldest = steps[0] ? catalog.item(steps[0].meeting, steps[0].item) : undefined;
  const first = oldest ?? newestItem;
  const caseNo = u.caseNumber ?? first.caseNumber;
  const bodies = [...new Set(done.map((s) => s.body))];
  const lines: string[] = [];
  const name = `${caseNo ? ` ${caseNo}` : ""} "${first.title}"`;
  lines.push(
    done.length === 0
      ? L === "da"
        ? `Sag${name}: endnu ingen behandling i referaterne.`
        : `Case${name}: no treatment recorded yet.`
      : L === "da"
        ? `Sag${name}: ${done.length} ${done.length === 1 ? "behandling" : "behandlinger"} i ${list(bodies, L)}, i datoorden:`
        : `Case${name}: ${done.length} ${done.length === 1 ? "treatment" : "treatments"} in ${list(bodies, L)}, in date order:`,
  );
  for (const step of done) lines.push(stepLine(input, draft, step));
  const latest = done[done.length - 1];
  if (latest) {
    lines.push(
      L === "da"
        ? `Seneste skridt: ${latest.body}, ${formatDate(latest.date, L)}.`
        : `Latest step: ${latest.body}, ${formatDate(latest.date, L)}.`,
    );
  }
  const next = ahead[0];
  const row = next ? null : upcomingRow(input, newestItem.title, newestRef.meeting);
  if (next) {
    const c = book.cite(next.meeting, next.item);
    lines.push(
      L === "da"
        ? `Næste: ${next.body}, ${formatDate(next.date, L)} (på dagsordenen) [${c + 1}].`
        : `Next: ${next.body}, ${formatDate(next.date, L)} (on the agenda) [${c + 1}].`,
    );
    for (const later of ahead.slice(1)) lines.push(stepLine(input, draft, later));
  } else if (row) {
    const c = book.cite(row.meeting, null);
    lines.push(
      L === "da"
        ? `Næste: på ${row.committee}s liste over kommende sager ("${row.title}", ${row.when ?? "uden dato"}) [${c + 1}].`
        : `Next: on ${row.committee}'s list of coming items ("${row.title}", ${row.when ?? "no date set"}) [${c + 1}].`,
    );
  } else {
    lines.push(
      L === "da"
        ? "Næste: intet er planlagt i de indekserede dagsordener eller lister over kommende sager."
        : "Next: nothing is scheduled in the indexed agendas or lists of coming items.",
    );
  }
  draft.status = "found";
  const sources = draft.citations.map(
    (c, i) =>
      `[${i + 1}] ${c.committee}, ${formatDate(c.meetingDate, L)}${c.item !== null ? `, ${L === "da" ? "punkt" : "item"} ${c.item}` : ""}${c.url ? ` – ${c.url}` : ""}`,
  );
  const text = [...lines, "", L === "da" ? "Kilder:" : "Sources:", ...sources].join("\n");
  return { draft, text };
}

function stepLine(input: ComposeInput, draft: Draft, step: CaseStep): string {
  const L = input.u.language;
  const c = input.book.cite(step.meeting, step.item, step.text ? oneLine(step.text, 300) : null);
  if (step.text !== null)
    draft.decisions.push({
      body: step.body,
      date: step.date,
      text: step.text,
      citation: c,
      outcomes: decisionOutcomes(step.text, []),
    });
  const what =
    step.text !== null
      ? `"${oneLine(step.text, 200)}"`
      : L === "da"
        ? isScheduled(input, step)
          ? "på dagsordenen"
          : "behandlet (intet referat af beslutningen)"
        : isScheduled(input, step)
          ? "on the agenda"
          : "treated (no decision recorded)";
  return `- ${formatDate(step.date, L)}, ${step.body}: ${what} [${c + 1}]`;
}

function list(names: readonly string[], L: Language): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${L === "da" ? "og" : "and"} ${names[names.length - 1]}`;
}
