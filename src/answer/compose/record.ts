// Answers record questions from the vote records table: an aggregated line (counts for/against/abstained, in
// fixed wording) followed by the votes it counts, each cited. See understand/record.ts for the questions.
import type { AnswerVote, Language, Position } from "../../domain/index.ts";
import { POSITIONS, partyName } from "../../domain/index.ts";
import { bodyKey, type RecordedVote, type VoteRecord, type VoteRecords } from "../../records/vote-records.ts";
import { oneLine } from "../excerpt.ts";
import { prepareTopic, scoreTopic, topicDoc } from "../match.ts";
import { formatItemNumbers, formatList, MESSAGES } from "../messages.ts";
import { PAGE, pageOf } from "../page.ts";
import { sameName } from "../positions.ts";
import { formatDate } from "../render-text.ts";
import { RETRIEVAL } from "../retrieve.ts";
import type { RecordQuestion } from "../understand/record.ts";
import type { Topic } from "../understand/topic.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { INDEPENDENT_LABEL } from "./vote.ts";

/** What a record answer counts: the subject's positions, and the votes listed. */
export interface RecordResult {
  draft: Draft;
  /** The answer's text, in the question's language. */
  text: string;
  /** Votes listed after this page ("and N more"), 0 when the list is whole. */
  more: number;
  /** How far into the list this page reaches. */
  shown: number;
}

/** The page of a record's list of votes this answer shows (PAGE.vote, from the "more" offset). */
function votePage<T>(input: ComposeInput, list: readonly T[]): { rows: T[]; rest: number; shown: number } {
  return pageOf(list, input.offset ?? 0, PAGE.vote?.size ?? list.length);
}

// Words of record questions that are not their topic ("How has Ø voted on budgets since 2022?" → budgets).
const RECORD_WORDS = new Set(
  "vote votes voted voting record records split divided contested unanimous own party parties line ranks often times many absent absence absences missing away missed meetings meeting afstemning afstemninger afstemningerne stemt stemte stemmer stemmeafgivning delte splittede uenige kampafstemning kampafstemninger enstemmig enstemmige parti partier partiets partilinjen eget egne sit sin sine deres ofte gange fraværende fravær afbud møder møde fremmøde hvornår when which hvilke who hvem against imod abstained undlod for since siden".split(
    " ",
  ),
);

/** The question's topic without the record words. */
function recordTopic(topic: Topic): Topic {
  const concepts = topic.concepts.filter(
    (c) =>
      !c.written
        .toLowerCase()
        .split(/\s+/)
        .every((w) => RECORD_WORDS.has(w)),
  );
  return { concepts, compounds: [], text: concepts.map((c) => c.written).join(" ") };
}

/** The votes the question's filters leave: municipality, bodies, period and topic. */
function matchingVotes(input: ComposeInput, q: RecordQuestion, records: VoteRecords, topic: Topic): RecordedVote[] {
  const { u, catalog } = input;
  const bodies = u.bodies.map(bodyKey);
  const prepared = topic.concepts.length ? prepareTopic(topic, input.retrieval.rarity) : null;
  return records.votes.filter((v) => {
    if (u.municipality && (catalog.municipality[v.meeting] ?? v.municipality) !== u.municipality) return false;
    // The body that voted, not the minutes that quote the vote ("split in Klima-, Teknik- og Miljøudvalget").
    if (bodies.length && !bodies.includes(bodyKey(v.body))) return false;
    if (q.from && v.date < q.from) return false;
    if (q.to && v.date > q.to) return false;
    if (prepared) {
      const doc = topicDoc(prepared, [{ text: `${v.title}\n${v.motion}\n${v.evidence}`, weight: 1 }]);
      if (scoreTopic(prepared, doc).coverage < RETRIEVAL.minCoverage) return false;
    }
    return true;
  });
}

interface Stand {
  position: Position;
  basis: AnswerVote["positionBasis"];
  members: string[];
}

/** Where a party stood in a vote: its party-level entry, else where most of its named members stood. */
export function partyStand(rows: readonly VoteRecord[], party: string, except?: string): Stand | null {
  const group = rows.find((r) => r.name === null && r.party === party);
  if (group) return { position: group.position, basis: "party", members: [] };
  const members = rows.filter((r) => r.name !== null && r.party === party && !(except && sameName(r.name, except)));
  if (members.length === 0) return null;
  const count = (p: Position) => members.filter((r) => r.position === p).length;
  const position = POSITIONS.reduce((best, p) => (count(p) > count(best) ? p : best));
  return { position, basis: "party-members", members: members.map((r) => r.name as string) };
}

/**
 * The party line a member voted against, or null: the party's own recorded position, or else the position a strict
 * majority of its members took. An even split (one V member for, one against) has no line to break.
 */
export function brokenPartyLine(rows: readonly VoteRecord[], row: VoteRecord): Stand | null {
  if (row.name === null || row.party === null) return null;
  const party = partyStand(rows, row.party, row.name);
  if (!party || party.position === row.position) return null;
  if (party.basis === "party") return party;
  const members = rows.filter((r) => r.name !== null && r.party === row.party);
  const count = (p: Position) => members.filter((r) => r.position === p).length;
  return count(party.position) > count(row.position) ? party : null;
}

function memberStand(rows: readonly VoteRecord[], name: string): Stand | null {
  const row = rows.find((r) => r.name !== null && sameName(r.name, name));
  return row ? { position: row.position, basis: "member", members: [name] } : null;
}

/** Answers a record question; null when it is not one this composer serves. */
export function composeRecord(input: ComposeInput, q: RecordQuestion): RecordResult {
  const records = input.corpus.records;
  const topic = recordTopic(input.u.topic);
  switch (q.kind) {
    case "positions":
      return positions(input, q, records, topic);
    case "split":
      return split(input, q, records, topic);
    case "dissent":
      return dissent(input, q, records, topic);
    case "absence":
      return absence(input, q, records);
  }
}

function subjectLabel(input: ComposeInput): string {
  const { u } = input;
  if (u.member) return u.member.party ? `${u.member.name} (${u.member.party})` : u.member.name;
  const letter = u.party ?? "";
  const name = partyName(letter, u.language);
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${letter})` : `${name} (${letter})`;
}

function positions(input: ComposeInput, q: RecordQuestion, records: VoteRecords, topic: Topic): RecordResult {
  const { u, book } = input;
  const L = u.language;
  const draft = emptyDraft(book);
  if (u.member) draft.subject = { kind: "member", name: u.member.name, party: u.member.party };
  else if (u.party) draft.subject = { kind: "party", name: partyName(u.party, L), party: u.party };
  const stands: { vote: RecordedVote; stand: Stand }[] = [];
  for (const vote of matchingVotes(input, q, records, topic)) {
    const rows = records.byVote[vote.id] ?? [];
    const stand = u.member ? memberStand(rows, u.member.name) : u.party ? partyStand(rows, u.party) : null;
    if (stand) stands.push({ vote, stand });
  }
  const tally = { for: 0, against: 0, abstain: 0 };
  for (const s of stands) tally[s.stand.position] += 1;
  const listed = q.position ? stands.filter((s) => s.stand.position === q.position) : stands;
  const page = votePage(input, listed);
  for (const { vote, stand } of page.rows) {
    draft.votes.push({
      ...answerVote(vote),
      position: stand.position,
      positionBasis: stand.basis,
      members: stand.members,
      citation: cite(input, vote),
    });
  }
  const who = subjectLabel(input);
  const scope = scopeText(input, q, topic);
  const lines: string[] = [];
  if (stands.length === 0) {
    lines.push(
      L === "da"
        ? `Jeg fandt ingen registreret afstemning${scope}, hvor ${who} er nævnt.`
        : `I found no recorded vote${scope} in which ${who} is named.`,
    );
  } else {
    lines.push(summaryLine(L, who, stands.length, tally, scope));
    if (q.position) {
      lines.push(
        L === "da"
          ? `${who} ${POSITION_DA[q.position]} i ${listed.length} af dem${listed.length ? ":" : "."}`
          : `${who} ${POSITION_EN[q.position]} in ${listed.length} of them${listed.length ? ":" : "."}`,
      );
    }
    const several = sharedItems(listed.map((s) => s.vote));
    page.rows.forEach(({ vote }, k) => {
      const v = draft.votes[k] as AnswerVote;
      lines.push(voteLine(input, v, v.position, several.has(itemKey(vote))));
    });
    draft.status = listed.length > 0 || !q.position ? "found" : "not_found";
  }
  return finishRecord(draft, lines, L, page);
}

/** "Enhedslisten (Ø) in 12 recorded votes on "budgets" since 2022: 8 for, 3 against, 1 abstained." */
export function summaryLine(
  language: Language,
  who: string,
  total: number,
  tally: Record<Position, number>,
  scope: string,
): string {
  const subject = who.charAt(0).toUpperCase() + who.slice(1);
  return language === "da"
    ? `${subject} i ${total} ${total === 1 ? "registreret afstemning" : "registrerede afstemninger"}${scope}: ${tally.for} for, ${tally.against} imod, ${tally.abstain} undlod at stemme.`
    : `${subject} in ${total} recorded ${total === 1 ? "vote" : "votes"}${scope}: ${tally.for} for, ${tally.against} against, ${tally.abstain} abstained.`;
}

const POSITION_DA: Record<Position, string> = {
  for: "stemte for",
  against: "stemte imod",
  abstain: "undlod at stemme",
};
const POSITION_EN: Record<Position, string> = { for: "voted for", against: "voted against", abstain: "abstained" };
const OUTCOME: Record<Language, Record<RecordedVote["outcome"], string>> = {
  da: { adopted: "vedtaget", rejected: "forkastet" },
  en: { adopted: "adopted", rejected: "rejected" },
};

function split(input: ComposeInput, q: RecordQuestion, records: VoteRecords, topic: Topic): RecordResult {
  const { u, book } = input;
  const L = u.language;
  const draft = emptyDraft(book);
  const votes = matchingVotes(input, q, records, topic).filter((v) => v.split);
  const scope = scopeText(input, q, topic);
  const adopted = votes.filter((v) => v.outcome === "adopted").length;
  const lines = [
    votes.length === 0
      ? L === "da"
        ? `Jeg fandt ingen delt afstemning${scope}.`
        : `I found no split vote${scope}.`
      : L === "da"
        ? `${votes.length} ${votes.length === 1 ? "delt afstemning" : "delte afstemninger"}${scope}: ${adopted} vedtaget, ${votes.length - adopted} forkastet.`
        : `${votes.length} split ${votes.length === 1 ? "vote" : "votes"}${scope}: ${adopted} adopted, ${votes.length - adopted} rejected.`,
  ];
  const several = sharedItems(votes);
  const page = votePage(input, votes);
  for (const vote of page.rows) {
    const av: AnswerVote = { ...answerVote(vote), citation: cite(input, vote) };
    draft.votes.push(av);
    lines.push(
      `${voteLine(input, av, null, several.has(itemKey(vote)))} ${sidesText(records.byVote[vote.id] ?? [], L)}`,
    );
  }
  draft.status = votes.length > 0 ? "found" : "not_found";
  return finishRecord(draft, lines, L, page);
}

function dissent(input: ComposeInput, q: RecordQuestion, records: VoteRecords, topic: Topic): RecordResult {
  const { u, book } = input;
  const L = u.language;
  const draft = emptyDraft(book);
  const scope = scopeText(input, q, topic);
  const found: { vote: RecordedVote; row: VoteRecord; party: Stand }[] = [];
  for (const vote of matchingVotes(input, q, records, topic)) {
    const rows = records.byVote[vote.id] ?? [];
    for (const row of rows) {
      if (row.name === null || row.party === null) continue;
      if (u.party && row.party !== u.party) continue;
      if (u.member && !sameName(row.name, u.member.name)) continue;
      const party = brokenPartyLine(rows, row);
      if (party) found.push({ vote, row, party });
    }
  }
  const votes = [...new Set(found.map((f) => f.vote))];
  const several = sharedItems(votes);
  const lines = [
    votes.length === 0
      ? L === "da"
        ? `Jeg fandt ingen registreret afstemning${scope}, hvor et medlem stemte anderledes end sit eget parti.`
        : `I found no recorded vote${scope} in which a member voted otherwise than their own party.`
      : L === "da"
        ? `${votes.length} ${votes.length === 1 ? "afstemning" : "afstemninger"}${scope}, hvor et medlem stemte anderledes end sit eget parti:`
        : `${votes.length} ${votes.length === 1 ? "vote" : "votes"}${scope} in which a member voted otherwise than their own party:`,
  ];
  const page = votePage(input, votes);
  for (const vote of page.rows) {
    const av: AnswerVote = { ...answerVote(vote), citation: cite(input, vote) };
    draft.votes.push(av);
    const who = found
      .filter((f) => f.vote === vote)
      .map(({ row, party }) => {
        const p = row.party as string;
        return L === "da"
          ? `${row.name} (${p}) ${POSITION_DA[row.position]}, ${p} ${POSITION_DA[party.position]}`
          : `${row.name} (${p}) ${POSITION_EN[row.position]}, ${p} ${POSITION_EN[party.position]}`;
      });
    lines.push(`${voteLine(input, av, null, several.has(itemKey(vote)))} ${who.join("; ")}`);
  }
  draft.status = votes.length > 0 ? "found" : "not_found";
  return finishRecord(draft, lines, L, page);
}

function absence(input: ComposeInput, q: RecordQuestion, records: VoteRecords): RecordResult {
  const { u, book, catalog } = input;
  const L = u.language;
  const draft = emptyDraft(book);
  const bodies = u.bodies.map(bodyKey);
  const inScope = (meeting: number) => {
    const m = catalog.meetings[meeting];
    if (!m) return false;
    if (u.municipality && catalog.municipality[meeting] !== u.municipality) return false;
    if (bodies.length && !bodies.includes(bodyKey(m.committee))) return false;
    if (q.from && m.date < q.from) return false;
    if (q.to && m.date > q.to) return false;
    return true;
  };
  // The member asked about; a party's members; without either, everyone recorded absent within the scope.
  const names = u.member
    ? [u.member.name]
    : [
        ...new Set(
          records.absences.filter((a) => (u.party ? a.party === u.party : inScope(a.meeting))).map((a) => a.name),
        ),
      ].sort();
  const byDate = (a: number, b: number) =>
    (catalog.meetings[a]?.date ?? "").localeCompare(catalog.meetings[b]?.date ?? "") || a - b;
  const scope = scopeText(input, q, { concepts: [], compounds: [], text: "" });
  const lines: string[] = [];
  for (const name of names) {
    const seats = records.seats.filter((s) => inScope(s.meeting) && sameName(s.name, name));
    const listed = [...new Set(seats.map((s) => s.meeting))];
    const whole = [...new Set(seats.filter((s) => s.absent).map((s) => s.meeting))];
    // Absence from some items, one row a meeting (items merged), never for a meeting missed as a whole.
    const partial = new Map<number, { items: number[]; evidence: string }>();
    for (const a of records.absences) {
      if (a.items === null || !inScope(a.meeting) || !sameName(a.name, name) || whole.includes(a.meeting)) continue;
      const seen = partial.get(a.meeting);
      partial.set(a.meeting, {
        items: [...new Set([...(seen?.items ?? []), ...a.items])].sort((x, y) => x - y),
        evidence:
          seen && a.evidence && !seen.evidence.includes(a.evidence)
            ? `${seen.evidence} ${a.evidence}`
            : (seen?.evidence ?? a.evidence ?? ""),
      });
    }
    const parts = [...partial.keys()].sort(byDate);
    if (listed.length === 0) {
      lines.push(
        L === "da"
          ? `Referaterne lister ikke ${name} ved noget møde${scope}.`
          : `The minutes do not list ${name} at any meeting${scope}.`,
      );
      continue;
    }
    draft.status = "found";
    lines.push(
      absenceSummary(
        L,
        name,
        listed.length,
        whole.length,
        parts.map((m) => partial.get(m)?.items ?? []),
        scope,
      ),
    );
    for (const meeting of [...whole, ...parts].sort(byDate)) {
      const m = catalog.meetings[meeting];
      if (!m) continue;
      const part = partial.get(meeting);
      if (!part) {
        lines.push(`- ${m.committee}, ${formatDate(m.date, L)} [${book.cite(meeting, null) + 1}]`);
        continue;
      }
      const c = book.cite(meeting, part.items.length === 1 ? (part.items[0] as number) : null, part.evidence || null);
      const quote = part.evidence ? `: "${oneLine(part.evidence, 200)}"` : "";
      lines.push(`- ${m.committee}, ${formatDate(m.date, L)}, ${formatItemNumbers(part.items, L)}${quote} [${c + 1}]`);
    }
  }
  if (names.length === 0) {
    lines.push(L === "da" ? `Jeg fandt intet registreret fravær${scope}.` : `I found no recorded absence${scope}.`);
  }
  if (u.member) draft.subject = { kind: "member", name: u.member.name, party: u.member.party };
  return finishRecord(draft, lines, L);
}

/**
 * The fixed wording of an absence record: "The minutes list X at 12 meetings since 2022. Absent from 3 whole meetings
 * and from part of 2 meetings (items 4–6; item 9):" / "Referaterne lister X ved 12 møder siden 2022. Fraværende fra 3 hele
 * møder og fra dele af 2 møder (punkt 4–6; punkt 9):". `partial` holds the items missed, one list per meeting.
 */
export function absenceSummary(
  language: Language,
  name: string,
  listed: number,
  whole: number,
  partial: readonly (readonly number[])[],
  scope: string,
): string {
  const da = language === "da";
  const items = partial.map((p) => formatItemNumbers(p, language)).join("; ");
  const any = whole + partial.length > 0;
  const lead = da
    ? `Referaterne lister ${name} ved ${listed} ${listed === 1 ? "møde" : "møder"}${scope}.`
    : `The minutes list ${name} at ${listed} ${listed === 1 ? "meeting" : "meetings"}${scope}.`;
  if (!any)
    return `${lead} ${da ? "Ikke registreret som fraværende ved nogen af dem." : "Not recorded as absent from any of them."}`;
  // A count of zero is left out ("Absent from 3 whole meetings:"), not written as "part of none".
  const wholeText = da
    ? `${whole} ${whole === 1 ? "helt møde" : "hele møder"}`
    : `${whole} whole ${whole === 1 ? "meeting" : "meetings"}`;
  const partText = da
    ? `dele af ${partial.length} ${partial.length === 1 ? "møde" : "møder"} (${items})`
    : `part of ${partial.length} ${partial.length === 1 ? "meeting" : "meetings"} (${items})`;
  const clauses = [whole > 0 ? wholeText : null, partial.length > 0 ? partText : null].filter(Boolean);
  return `${lead} ${da ? "Fraværende fra" : "Absent from"} ${clauses.join(da ? " og fra " : " and from ")}:`;
}

function answerVote(vote: RecordedVote): Omit<AnswerVote, "citation"> {
  return {
    body: vote.body,
    date: vote.date,
    motion: oneLine(vote.motion || vote.evidence, 160),
    outcome: vote.outcome,
    position: null,
    positionBasis: null,
    members: [],
    counts: vote.counts,
  };
}

function cite(input: ComposeInput, vote: RecordedVote): number {
  return input.book.cite(vote.meeting, vote.item, vote.evidence || null);
}

/** "- 9. oktober 2023, Økonomiudvalget, punkt 4 "Budget 2024": stemte imod (vedtaget) [1]". */
const itemKey = (v: RecordedVote) => `${v.meeting}#${v.item}#${v.date}#${v.body}`;

/** The items (of one body's meeting) that hold more than one of the listed votes. */
function sharedItems(votes: readonly RecordedVote[]): Set<string> {
  const seen = new Map<string, number>();
  for (const v of votes) seen.set(itemKey(v), (seen.get(itemKey(v)) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

/**
 * One listed vote: date, body, item, position, outcome, citation. When the list holds several votes of the same item
 * (a proposal, then the recommendation), each line names its motion, so that they do not read as one vote twice.
 */
function voteLine(input: ComposeInput, v: AnswerVote, position: Position | null, shared = false): string {
  const L = input.u.language;
  const c = input.book.citations[v.citation];
  const item = c?.item ? `, ${L === "da" ? "punkt" : "item"} ${c.item}${c.title ? ` "${c.title}"` : ""}` : "";
  const stood = position ? ` ${L === "da" ? POSITION_DA[position] : POSITION_EN[position]}` : "";
  const motion = shared && v.motion ? ` – "${oneLine(v.motion, 90)}"` : "";
  return `- ${formatDate(v.date, L)}, ${v.body}${item}:${stood}${motion} (${OUTCOME[L][v.outcome]}) [${v.citation + 1}]`;
}

function sidesText(rows: readonly VoteRecord[], L: Language): string {
  const label: Record<Position, string> =
    L === "da"
      ? { for: "for", against: "imod", abstain: "undlod" }
      : { for: "for", against: "against", abstain: "abstained" };
  return POSITIONS.map((p) => {
    const names = rows
      .filter((r) => r.position === p)
      .map((r) =>
        r.name
          ? r.party
            ? `${r.name} (${r.party})`
            : r.name
          : `${r.party ?? INDEPENDENT_LABEL}${r.count !== null ? `(${r.count})` : ""}`,
      );
    return names.length ? `${label[p]}: ${names.join(", ")}` : "";
  })
    .filter(Boolean)
    .join("; ");
}

/** " on "budget" in Økonomiudvalget since 2022" — what the counts cover. */
function scopeText(input: ComposeInput, q: RecordQuestion, topic: Topic): string {
  const { u } = input;
  const L = u.language;
  const parts: string[] = [];
  if (topic.text) parts.push(`${L === "da" ? "om" : "on"} "${topic.text}"`);
  // "Byrådet" and "Byråd" are one body (bodyKey): named once, as the question's reading first gave it.
  const named = u.bodies.filter((b, i) => u.bodies.findIndex((o) => bodyKey(o) === bodyKey(b)) === i);
  if (named.length) parts.push(`${L === "da" ? "i" : "in"} ${formatList(named, L)}`);
  if (u.municipality && !u.bodies.length) parts.push(`${L === "da" ? "i" : "in"} ${u.municipality}`);
  if (
    q.from &&
    q.to &&
    q.from.slice(0, 4) === q.to.slice(0, 4) &&
    q.from.endsWith("-01-01") &&
    q.to.endsWith("-12-31")
  ) {
    parts.push(`${L === "da" ? "i" : "in"} ${q.from.slice(0, 4)}`);
  } else if (q.from && q.to && q.to === input.today) {
    parts.push(
      `${L === "da" ? "siden" : "since"} ${q.from.endsWith("-01-01") ? q.from.slice(0, 4) : formatDate(q.from, L)}`,
    );
  } else if (q.from && q.to) {
    parts.push(
      `${L === "da" ? "fra" : "from"} ${formatDate(q.from, L)} ${L === "da" ? "til" : "to"} ${formatDate(q.to, L)}`,
    );
  } else if (q.from) {
    parts.push(`${L === "da" ? "siden" : "since"} ${formatDate(q.from, L)}`);
  } else if (q.to) {
    parts.push(`${L === "da" ? "til" : "until"} ${formatDate(q.to, L)}`);
  }
  return parts.length ? ` ${parts.join(" ")}` : "";
}

/** The answer's text: the lines, then the sources with their links. */
function finishRecord(
  draft: Draft,
  lines: string[],
  L: Language,
  page: { rest: number; shown: number } = { rest: 0, shown: 0 },
): RecordResult {
  // A long list shows one page, then says how many more there are and how to see them.
  if (page.rest > 0) lines.push(`${MESSAGES[L].more(page.rest, "votes")}. ${MESSAGES[L].moreHint}`);
  const sources = draft.citations.map(
    (c, i) =>
      `[${i + 1}] ${c.committee}, ${formatDate(c.meetingDate, L)}${c.item !== null ? `, ${L === "da" ? "punkt" : "item"} ${c.item}` : ""}${c.url ? ` – ${c.url}` : ""}`,
  );
  const text = [...lines, ...(sources.length ? ["", L === "da" ? "Kilder:" : "Sources:", ...sources] : [])].join("\n");
  return { draft, text, more: page.rest, shown: page.shown };
}
