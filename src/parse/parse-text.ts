// Minutes text -> Meeting: header, table of contents, items, decision blocks, votes, upcoming items; validated.
import { type AgendaItem, type Decision, type Meeting, MeetingSchema, type UpcomingItem } from "../domain/index.ts";
import type { Line } from "./line.ts";
import { joinParagraphs } from "./line.ts";
import { ParseError } from "./parse-error.ts";
import { cleanMarkdown } from "./read/clean-markdown.ts";
import { mergeWrappedLines } from "./read/merge-wrapped-lines.ts";
import { bodyResolver } from "./refine/bodies.ts";
import { findMunicipality } from "./refine/municipality.ts";
import { readVotes } from "./refine/votes.ts";
import { readHeader } from "./split/header.ts";
import { type ItemBody, readItemBody } from "./split/item-body.ts";
import { findItems, itemTitle } from "./split/items.ts";
import { trailingCaseNumber } from "./split/structure.ts";
import { matchToc, readToc, tocEnd, tocStart } from "./split/toc.ts";
import { readUpcoming } from "./split/upcoming.ts";

export interface ParseOptions {
  /** File name of the source, used in errors and as Meeting.source. */
  source: string;
  /** For PDFs: the page of every line of `text`. */
  pages?: number[];
  /** For PDFs: the number of pages. */
  pageCount?: number;
}

/** How far into a document the header and table of contents may reach, in lines. */
const HEADER_REACH = 600;

/** Splits text into cleaned lines with their pages. */
function toLines(text: string, pages: number[] | undefined): Line[] {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const lines = raw.map((t, i) => ({ text: cleanMarkdown(t), page: pages?.[i] ?? null }));
  return pages ? mergeWrappedLines(lines) : lines;
}

/** Parses the text of one minutes document; throws ParseError when it is not (complete) minutes. */
export function parseText(text: string, options: ParseOptions): Meeting {
  const { source } = options;
  if (text.trim() === "") throw new ParseError(source, "the file is empty");
  const lines = toLines(text, options.pages);

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

  const bodies: ItemBody[] = [];
  const titles = raws.map((raw, k) => {
    const t = itemTitle(raw, matched[k] ?? null);
    const from = t.wrapped > 0 ? (raw.wrap[t.wrapped - 1]?.index ?? raw.start) + 1 : raw.start;
    bodies.push(readItemBody(lines.slice(from, raw.end)));
    return t;
  });

  const committeeWritten =
    header.committeeRaw ??
    mostCommon(bodies.flatMap((b) => b.decisions.map((d) => d.body ?? ""))) ??
    mostCommon(bodies.map((b) => b.decidedIn ?? ""));
  if (!committeeWritten)
    throw new ParseError(source, "does not look like minutes: no committee or council is named in the header");
  const resolve = bodyResolver([
    committeeWritten,
    ...bodies.flatMap((b) => b.decisions.map((d) => d.body ?? "")).filter((b) => b !== ""),
    ...bodies.map((b) => b.decidedIn ?? "").filter((b) => b !== ""),
  ]);
  const committee = resolve(committeeWritten);
  const date = header.date ?? mostCommon(bodies.flatMap((b) => b.decisions.map((d) => d.date ?? "")));
  if (!date) throw new ParseError(source, "does not look like minutes: no meeting date found in the header");

  const items: AgendaItem[] = raws.map((raw, k) => {
    const t = titles[k] as (typeof titles)[number];
    const body = bodies[k] as ItemBody;
    const toc = matched[k] ?? null;
    const trailing = trailingCaseNumber(t.title);
    const decisions: Decision[] = t.closed
      ? []
      : body.decisions.map((d) => {
          const b = d.body === null ? { name: committee.name, period: committee.period } : resolve(d.body);
          const page = d.lines.find((l) => l.page !== null)?.page ?? null;
          return { body: b.name, electionPeriod: b.period, date: d.date ?? date, text: joinParagraphs(d.lines), page };
        });
    return {
      number: raw.number,
      title: trailing.title === "" ? (toc?.title ?? "") : trailing.title,
      kind: t.closed ? null : t.kind,
      closed: t.closed,
      caseNumber: body.caseNumber ?? trailing.caseNumber,
      page: toc?.page && toc.page > 0 ? toc.page : null,
      sourcePage: lines[raw.heading]?.page ?? null,
      decidedIn: t.closed || body.decidedIn === null ? null : resolve(body.decidedIn).name,
      recommendation: t.closed ? null : body.recommendation,
      text: t.closed ? "" : body.text,
      decisions,
    };
  });

  const upcoming: UpcomingItem[] = raws.flatMap((raw, k) =>
    titles[k]?.closed ? [] : readUpcoming(lines.slice(raw.start, raw.end), raw.number),
  );
  const votes = readVotes(items, bodies, {
    participants: header.participants,
    members: header.members,
    committee: committee.name,
    date,
    notes: header.notes,
  });

  const meeting: Meeting = {
    source,
    documentType: header.documentType ?? "referat",
    municipality: findMunicipality(text),
    committee: committee.name,
    committeeRaw: committeeWritten,
    electionPeriod: header.electionPeriod ?? committee.period,
    date,
    startTime: header.startTime,
    location: header.location,
    participants: header.participants,
    absent: unique([...header.absent, ...votes.absent]),
    substitutes: votes.substitutes,
    members: votes.members,
    pageCount: options.pageCount ?? null,
    items,
    votes: votes.votes,
    referredToCouncil: votes.referrals,
    upcoming,
    unreadVoteStatements: votes.unread,
  };
  const checked = MeetingSchema.safeParse(meeting);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ParseError(source, `could not be read as minutes (${issue?.path.join(".")}: ${issue?.message})`);
  }
  return checked.data;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

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
