// SourceDocument -> Meeting: the one place where a reader's output meets the grammar.
//
// A document without items (text, PDF) goes through the text grammar: header, table of contents, item headings.
// A document whose format gives its items (FirstAgenda JSON, XML exports) keeps them as given. Either way every
// item's body goes through the same item-body, decision, vote and upcoming grammar, so the sentence rules are
// shared by all formats.

import {
  type AgendaItem,
  type Decision,
  type ItemProposal,
  type Meeting,
  type MeetingRole,
  MeetingSchema,
  type UpcomingItem,
} from "../domain/index.ts";
import type { Block, SourceDocument, SourceItem } from "../ingest/document.ts";
import { meetingIdOf } from "../ingest/meeting-id.ts";
import { firstIssue } from "./check-schema.ts";
import { findDate } from "./dates.ts";
import { joinParagraphs, type Line } from "./line.ts";
import { ParseError } from "./parse-error.ts";
import { recordsDecision, settleAttendance } from "./refine/attendance.ts";
import { bodyResolver } from "./refine/bodies.ts";
import { findMunicipality, mayNameMunicipality } from "./refine/municipality.ts";
import { titleProposal } from "./refine/title-proposal.ts";
import { readVotes, type VoteReading } from "./refine/votes.ts";
import { readAppointments } from "./rules/appointment.ts";
import { participantName } from "./rules/attendance.ts";
import { itemProposal } from "./rules/proposal.ts";
import { type Header, readHeader } from "./split/header.ts";
import { type ItemBody, type RawDecision, readItemBody } from "./split/item-body.ts";
import { findItems, itemTitle } from "./split/items.ts";
import { headingParts, trailingCaseNumber } from "./split/structure.ts";
import { matchToc, readToc, tocEnd, tocStart } from "./split/toc.ts";
import { readUpcoming } from "./split/upcoming.ts";

/** How far into a document the header and table of contents may reach, in lines. */
const HEADER_REACH = 600;

/** An item as found, before bodies are resolved against the committee. */
interface ItemDraft {
  number: number;
  title: string;
  kind: "Beslutning" | "Orientering" | null;
  closed: boolean;
  /** The case number given by the format or written at the end of the title. */
  caseNumber: string | null;
  page: number | null;
  sourcePage: number | null;
  id: string | null;
  url: string | null;
  body: ItemBody;
  /** The item's lines, for the "Kommende sager" tables. */
  lines: Line[];
  /** The publishing system gave the item and its content (not split from text by headings). */
  given?: boolean;
  /** Who the publishing system records as away from the item ("Fraværende"), when it keeps such a record. */
  recordedAbsent?: { name: string; reason: string }[];
}

/** The lines the grammar reads: one per block; a table row's cells separated by tabs. */
export function blockLines(blocks: readonly Block[]): Line[] {
  // A block without cells already is a line (text and page): reused, not copied, so a long document's lines exist once.
  return blocks.map((b) => (b.cells ? { text: b.cells.join("\t"), page: b.page } : b));
}

/** Builds the Meeting of one document; throws ParseError (naming the file) when it is not (complete) minutes. */
export function assembleMeeting(doc: SourceDocument): Meeting {
  const source = doc.ref.file;
  const lines = blockLines(doc.blocks);
  const read = doc.items === null ? readTextItems(lines, source) : readGivenItems(doc, lines, source);
  const { header, items } = read;
  const passages = "passages" in read && read.passages === true;
  if (passages) {
    // Passages have no header structure: the first body and date named in the text file them.
    const text = lines.map((l) => l.text).join("\n");
    header.committeeRaw ??= PASSAGE_BODY.exec(text)?.[1] ?? null;
    header.date ??= findDate(text);
  }
  if (items.length === 0)
    throw new ParseError(source, "does not look like minutes: the document holds no agenda items");
  const bodies = items.map((i) => i.body);
  // The bodies named over the decision blocks ("" for a bare "Beslutning"), listed once for all that counts them.
  const decisionBodies: string[] = [];
  for (const b of bodies) for (const d of b.decisions) decisionBodies.push(d.body ?? "");

  const committeeWritten =
    header.committeeRaw ?? mostCommon(decisionBodies) ?? mostCommon(bodies.map((b) => b.decidedIn ?? ""));
  if (!committeeWritten)
    throw new ParseError(source, "does not look like minutes: no committee or council is named in the header");
  const resolve = bodyResolver([
    committeeWritten,
    ...decisionBodies.filter((b) => b !== ""),
    ...bodies.map((b) => b.decidedIn ?? "").filter((b) => b !== ""),
  ]);
  const committee = resolve(committeeWritten);
  const date = header.date ?? mostCommon(bodies.flatMap((b) => b.decisions.map((d) => d.date ?? "")));
  if (!date) throw new ParseError(source, "does not look like minutes: no meeting date found in the header");

  // Body names in lower case, made once per name rather than once per decision.
  const lowered = new Map<string, string>();
  const lowerNames = (name: string): string => {
    let lower = lowered.get(name);
    if (lower === undefined) {
      lower = name.toLowerCase();
      lowered.set(name, lower);
    }
    return lower;
  };
  // Each decision's text, joined once: for telling repeated decisions apart and for the item.
  const decisionTexts = items.map((it) => {
    const seen = new DistinctTexts(lowerNames);
    const kept: RawDecision[] = [];
    const texts: string[] = [];
    for (const d of it.body.decisions) {
      const text = joinParagraphs(d.lines);
      const b = d.body === null ? committee.name : resolve(d.body).name;
      if (!seen.add(b, d.date ?? date, text)) continue;
      kept.push(d);
      texts.push(text);
    }
    it.body.decisions = kept;
    return texts;
  });

  // A closed item's content is dropped when the text was split into items by its headings (what follows a "Lukket"
  // heading there can be anything up to the next heading), but kept when the publishing system gave the item its own
  // content: Greve publishes the decision of many closed items.
  const hidden = (it: ItemDraft) => it.closed && it.given !== true;
  const agendaItems: AgendaItem[] = items.map((it, i) => {
    const decisions: Decision[] = hidden(it)
      ? []
      : it.body.decisions.map((d, j) => {
          const b = d.body === null ? { name: committee.name, period: committee.period } : resolve(d.body);
          const page = d.lines.find((l) => l.page !== null)?.page ?? null;
          return {
            body: b.name,
            electionPeriod: b.period,
            date: d.date ?? date,
            text: decisionTexts[i]?.[j] ?? "",
            page,
          };
        });
    return {
      number: it.number,
      id: it.id,
      url: it.url,
      title: it.title,
      kind: it.closed ? null : it.kind,
      closed: it.closed,
      caseNumber: it.body.caseNumber ?? it.caseNumber,
      page: it.page,
      sourcePage: it.sourcePage,
      decidedIn: hidden(it) || it.body.decidedIn === null ? null : resolve(it.body.decidedIn).name,
      recommendation: hidden(it) ? null : it.body.recommendation,
      text: hidden(it) ? "" : it.body.text,
      decisions,
      ...proposedBy(it, hidden(it)),
    };
  });
  const upcoming: UpcomingItem[] = items.flatMap((it) => (hidden(it) ? [] : readUpcoming(it.lines, it.number)));
  const votes = readVotes(agendaItems, bodies, {
    participants: header.participants,
    members: header.members,
    committee: committee.name,
    date,
    notes: header.notes,
    source,
  });

  // Staff the header names (secretary, minute-taker) are neither members nor absent, whatever list they stand near.
  const staff = (name: string) =>
    header.roles.some((r) => STAFF_ROLES.has(r.role) && r.party === null && sameName(r.name, name));
  // "X deltog i mødet og ikke Y": Y neither attended nor stood in, X did and is not absent.
  const notPresent = (name: string) => votes.corrections.some((c) => sameName(c.notPresent, name));
  const presentAfterAll = (name: string) => votes.corrections.some((c) => sameName(c.present.name, name));
  const attendance = settleAttendance({
    date,
    items: agendaItems.map((i) => i.number),
    votes: votes.votes,
    absent: unique([...header.absent, ...votes.absent]).filter((a) => !presentAfterAll(a) && !staff(a)),
    absentAt: votes.absentAt,
    recorded: items.flatMap((it) =>
      (it.recordedAbsent ?? []).map((a) => ({ name: a.name, item: it.number, text: `${a.reason}: ${a.name}` })),
    ),
    perItem: items.some((it) => it.recordedAbsent !== undefined),
    decided: () =>
      agendaItems
        .filter((i) => i.decisions.some((d) => d.date === date && recordsDecision(d.text)))
        .map((i) => i.number),
    partial: votes.partial,
    substitutes: [
      ...header.substitutes.filter((s) => !votes.substitutes.some((v) => sameName(v.name, s.name))),
      ...votes.substitutes,
    ].filter((s) => !notPresent(s.name)),
    members: votes.members,
  });

  // "Valgt blev: …", "X (A) blev valgt som formand for …": who the decision blocks elect or appoint.
  const appointments = agendaItems.flatMap((it) =>
    it.decisions.flatMap((d, j) => readAppointments(d.text).map((a) => ({ item: it.number, decision: j, ...a }))),
  );
  const documentType = doc.documentType ?? header.documentType ?? "referat";
  const municipality =
    doc.ref.municipality ?? (namesMunicipality(doc, lines) ? findMunicipality(documentText(doc, lines)) : null);
  const meeting: Meeting = {
    id: meetingIdOf(doc.ref, { municipality, committee: committee.name, date, documentType }),
    source,
    sourceRef: doc.ref,
    documentType,
    municipality,
    committee: committee.name,
    committeeRaw: committeeWritten,
    electionPeriod: header.electionPeriod ?? committee.period,
    date,
    startTime: header.startTime,
    location: header.location,
    participants: correctedParticipants(header.participants, votes.corrections).filter((p) => !staff(p)),
    absent: attendance.absent,
    substitutes: attendance.substitutes,
    partialAbsence: attendance.partialAbsence,
    ...(header.roles.length > 0 ? { roles: header.roles } : {}),
    members: votes.members.filter((m) => m.party !== null || !staff(m.name)),
    pageCount: doc.pageCount,
    items: agendaItems,
    votes: votes.votes,
    referredToCouncil: votes.referrals,
    upcoming,
    ...(appointments.length > 0 ? { appointments } : {}),
    unreadVoteStatements: votes.unread,
    ...(passages ? { quality: "passages" as const } : {}),
  };
  // Checked in parts (a long list of votes or decisions one at a time), with the issue zod reports first.
  const issue = firstIssue(MeetingSchema, meeting);
  if (issue) throw new ParseError(source, `could not be read as minutes (${issue.path.join(".")}: ${issue.message})`);
  // MeetingSchema has no defaults or transforms: the checked object is the one built here (not a second copy).
  return meeting;
}

/**
 * Who put the item's proposal forward: the item's own words ("Forslaget er stillet af …", "(Stillet af Enhedslisten)"),
 * else its title ("Forslag fra V om …"), quoted as the evidence. Nothing for a closed item whose content is hidden.
 */
function proposedBy(it: ItemDraft, hidden: boolean): { proposedBy?: ItemProposal } {
  if (hidden) return {};
  const said = itemProposal([it.body.text, it.body.recommendation]);
  if (said) return { proposedBy: said };
  const titled = titleProposal(it.title);
  return titled
    ? {
        proposedBy: {
          by: [{ name: titled.proposer.name ?? null, party: titled.proposer.party ?? null }],
          text: it.title,
        },
      }
    : {};
}

type FullHeader = Header & { substitutes: Meeting["substitutes"] };

/** The text grammar: header, table of contents and item headings found in the lines. */
function readTextItems(lines: Line[], source: string): { header: FullHeader; items: ItemDraft[]; passages?: boolean } {
  if (lines.every((l) => l.text.trim() === "")) throw new ParseError(source, "the file is empty");
  const toc = tocStart(lines, HEADER_REACH);
  const itemsFrom = toc >= 0 ? tocEnd(lines, toc) : 0;
  const entries = toc >= 0 ? readToc(lines, toc, itemsFrom) : [];
  const raws = findItems(lines, itemsFrom, entries);
  const headerEnd = toc >= 0 ? toc : (raws[0]?.heading ?? Math.min(lines.length, 40));
  const header = readHeader(lines.slice(0, headerEnd));

  if (raws.length === 0 && entries.length > 0) {
    throw new ParseError(
      source,
      `the document seems truncated: the table of contents lists ${entries.length} items, but the text holds none`,
    );
  }
  // Markup read as text (an HTML or XML file no reader claimed) is not a document to file as passages.
  const markup = /^\s*</.test(lines.find((l) => l.text.trim() !== "")?.text ?? "");
  if (raws.length === 0 && header.documentType === null && !markup) {
    // Text with no recognisable items: searchable passages, marked as such, rather than a refusal.
    const passages = readPassages(lines);
    if (passages.length > 0) return { header: { ...header, substitutes: [] }, items: passages, passages: true };
  }
  if (raws.length === 0) {
    const what = header.documentType
      ? `a ${header.documentType} header but no agenda items`
      : "no meeting header and no agenda items";
    throw new ParseError(source, `does not look like minutes: ${what} ("Punkt 1: …") found`);
  }
  const firstTitles = raws.map((r) => itemTitle(r, null));
  const matched = matchToc(firstTitles, entries);
  const entryIndex = new Map(entries.map((e, k) => [e, k]));
  const lastMatched = matched.reduce((last, e) => (e ? Math.max(last, entryIndex.get(e) ?? -1) : last), -1);
  if (entries.length > raws.length && lastMatched >= 0 && lastMatched < entries.length - 1) {
    throw new ParseError(
      source,
      `the document seems truncated: the table of contents lists ${entries.length} items, but the text ends after item ${raws.at(-1)?.number}`,
    );
  }
  const items = raws.map((raw, k): ItemDraft => {
    const t = itemTitle(raw, matched[k] ?? null);
    const toc = matched[k] ?? null;
    const from = t.wrapped > 0 ? (raw.wrap[t.wrapped - 1]?.index ?? raw.start) + 1 : raw.start;
    const trailing = trailingCaseNumber(t.title);
    // The body is the item's lines after its heading: read in place, not from a second copy.
    const itemLines = lines.slice(raw.start, raw.end);
    return {
      number: raw.number,
      title: trailing.title === "" ? (toc?.title ?? "") : trailing.title,
      kind: t.kind,
      closed: t.closed,
      caseNumber: trailing.caseNumber,
      page: toc?.page && toc.page > 0 ? toc.page : null,
      sourcePage: lines[raw.heading]?.page ?? null,
      id: null,
      url: null,
      body: readItemBody(itemLines, from - raw.start),
      lines: itemLines,
    };
  });
  return { header: { ...header, substitutes: [] }, items };
}

/** A deciding body named in running text ("mødet i Økonomiudvalget"), to file passages under. */
const PASSAGE_BODY =
  /(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:udvalget|udvalg|byrådet|byråd|kommunalbestyrelsen|bestyrelsen|rådet|magistraten|repræsentationen))(?![\p{L}])/u;

/** Characters per passage: a few paragraphs, enough to answer from, small enough to cite. */
const PASSAGE_CHARS = 1200;

/** The lines as passages of whole paragraphs, numbered in order; each becomes an item without decisions. */
function readPassages(lines: readonly Line[]): ItemDraft[] {
  const chunks: Line[][] = [];
  let current: Line[] = [];
  let size = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" && size >= PASSAGE_CHARS) {
      chunks.push(current);
      current = [];
      size = 0;
      continue;
    }
    current.push(line);
    size += text.length;
  }
  if (current.some((l) => l.text.trim() !== "")) chunks.push(current);
  return chunks.map((chunk, k) => {
    const first = chunk.find((l) => l.text.trim() !== "")?.text.trim() ?? "";
    return {
      number: k + 1,
      title: first.length > 80 ? `${first.slice(0, 79)}…` : first,
      kind: null,
      closed: false,
      caseNumber: null,
      page: null,
      sourcePage: chunk[0]?.page ?? null,
      id: null,
      url: null,
      body: readItemBody(chunk),
      lines: chunk,
    };
  });
}

/** Items as the format gives them; the header from the format's fields, else read from the document's blocks. */
function readGivenItems(
  doc: SourceDocument,
  lines: Line[],
  source: string,
): { header: FullHeader; items: ItemDraft[] } {
  const read = readHeader(lines);
  const header: FullHeader = { ...read, substitutes: [] };
  if (doc.documentType) header.documentType = doc.documentType;
  if (doc.body) {
    header.committeeRaw = doc.body;
    header.committee = null;
  }
  if (doc.date) header.date = doc.date;
  if (doc.startTime) header.startTime = doc.startTime;
  if (doc.location) header.location = doc.location;
  if (doc.participants) {
    // "Cai Holm (Stedfortræder for Bo Dam)" as a name: the name, and the substitute note it carries.
    const participants = doc.participants.map((p) => {
      const listed = participantName(p.name);
      return { ...p, name: listed.name, substituteFor: p.substituteFor ?? listed.substituteFor };
    });
    header.participants = participants.map((p) => p.name);
    header.absent = participants.filter((p) => p.absent).map((p) => p.name);
    header.members = participants.flatMap((p) => (p.party ? [{ name: p.name, party: p.party }] : []));
    header.substitutes = participants.flatMap((p) =>
      p.substituteFor ? [{ name: p.name, party: null, for: p.substituteFor }] : [],
    );
  }
  const items = (doc.items ?? []).map((item, k) => givenItem(item, k, source));
  const numbers = new Set<number>();
  for (const it of items) {
    if (numbers.has(it.number)) throw new ParseError(source, `item number ${it.number} appears twice`);
    numbers.add(it.number);
  }
  return { header, items };
}

function givenItem(item: SourceItem, k: number, source: string): ItemDraft {
  const parts = headingParts(item.title);
  const trailing = trailingCaseNumber(parts.title);
  const lines = blockLines(item.blocks);
  const title = trailing.title.trim();
  if (title === "" && !parts.closed) throw new ParseError(source, `item ${item.number ?? k + 1} has no title`);
  const closed = item.closed || parts.closed;
  const body = readSections(item.blocks, lines);
  // A closed item published with content but no sections ("Lukket: Salg af grunde" over "Økonomiudvalget anbefaler
  // …"): what a publisher shows of a closed item is its decision.
  if (closed && body.decisions.length === 0 && !item.blocks.some((b) => b.role === "section-heading")) {
    const content = lines.filter((l) => l.text.trim() !== "");
    if (content.length > 0) {
      body.decisions = [{ body: null, date: null, lines: content }];
      body.text = "";
      body.caseLines = [];
    }
  }
  return {
    number: item.number ?? k + 1,
    title: title === "" ? "Lukket" : title,
    kind: parts.kind,
    closed,
    caseNumber: item.caseNumber ?? trailing.caseNumber,
    page: null,
    sourcePage: item.page,
    id: item.id,
    url: item.url,
    body,
    lines,
    given: true,
    ...(item.absent ? { recordedAbsent: item.absent } : {}),
  };
}

/**
 * Reads an item's body one section at a time: each section heading the format marks starts a new run of the
 * item-body grammar, so a heading the lexicon does not know ("Fremstilling") still ends the decision above it.
 */
function readSections(blocks: readonly Block[], lines: readonly Line[]): ItemBody {
  const runs: Line[][] = [];
  blocks.forEach((b, i) => {
    const line = lines[i] as Line;
    if (b.role === "section-heading" || runs.length === 0) runs.push([line]);
    else runs[runs.length - 1]?.push(line);
  });
  const parts = runs.map((run) => readItemBody(run));
  const recommendations = parts.flatMap((p) => (p.recommendation === null ? [] : [p.recommendation]));
  const caseLines = parts.flatMap((p) => p.caseLines);
  return {
    caseNumber: parts.find((p) => p.caseNumber !== null)?.caseNumber ?? null,
    decidedIn: parts.find((p) => p.decidedIn !== null)?.decidedIn ?? null,
    recommendation: recommendations.length > 0 ? recommendations.join("\n\n") : null,
    text: joinParagraphs(caseLines),
    decisions: parts.flatMap((p) => p.decisions),
    caseLines,
  };
}

/**
 * One decision per body, date and text: a case history ("Sagens forløb") that repeats this meeting's own decision
 * under the item's "Beslutning" is the same decision, not a second one (nor a second vote). The texts are kept per
 * body and date rather than in one key with the text appended, which copied every decision's text once more.
 */
class DistinctTexts {
  /** Texts per body (lower case) and date: looked up by the names and dates themselves, no key built per decision. */
  private readonly byBody = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly lower: (name: string) => string) {}

  /** True when `text` is new for the body and date (and records it). */
  add(body: string, date: string, text: string): boolean {
    const key = this.lower(body);
    let dates = this.byBody.get(key);
    if (!dates) {
      dates = new Map();
      this.byBody.set(key, dates);
    }
    let texts = dates.get(date);
    if (!texts) {
      texts = new Set();
      dates.set(date, texts);
    }
    if (texts.has(text)) return false;
    texts.add(text);
    return true;
  }
}

/** True when some line or item text holds a word that names a municipality (all the patterns need one). */
function namesMunicipality(doc: SourceDocument, lines: readonly Line[]): boolean {
  if (lines.some((l) => mayNameMunicipality(l.text))) return true;
  return (doc.items ?? []).some(
    (i) => mayNameMunicipality(i.title) || i.blocks.some((b) => mayNameMunicipality(b.text)),
  );
}

/** All the document's text, for finding the municipality it is about. */
function documentText(doc: SourceDocument, lines: readonly Line[]): string {
  // One array of the texts in order, joined once (not a mapped copy spread into another).
  const texts = lines.map((l) => l.text);
  for (const item of doc.items ?? []) {
    texts.push(item.title);
    for (const b of item.blocks) texts.push(b.text);
  }
  return texts.join("\n");
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Roles held by the administration's staff, not by members. */
const STAFF_ROLES: ReadonlySet<MeetingRole> = new Set(["secretary", "minute-taker"]);

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = v.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

/** The listed participants with a correction applied ("X deltog i mødet og ikke Y"): Y out, X in Y's place. */
function correctedParticipants(listed: readonly string[], corrections: VoteReading["corrections"]): string[] {
  const out = [...listed];
  for (const c of corrections) {
    const at = out.findIndex((p) => sameName(p, c.notPresent));
    const already = out.some((p) => sameName(p, c.present.name));
    if (at >= 0) out.splice(at, 1, ...(already ? [] : [c.present.name]));
    else if (!already) out.push(c.present.name);
  }
  return out;
}
