// FirstAgenda API JSON (one `/api/agenda/dagsorden/{id}` response) -> SourceDocument: header, attendance and items
// from the JSON fields, each item's HTML sections as blocks for the shared grammar.
import type { Block, SourceDocument, SourceItem, SourceRef } from "../../ingest/document.ts";
import { pushAll } from "../../parse/arrays.ts";
import { HEADER_LABELS } from "../../parse/lexicon.ts";
import { ParseError } from "../../parse/parse-error.ts";
import { datedEntry } from "../../parse/split/structure.ts";
import { collapseSpaces } from "../../parse/text-scan.ts";
import { htmlBlocks } from "./html-blocks.ts";
import { type AgendaItemResponse, type MeetingResponse, MeetingResponseSchema } from "./schema.ts";

export interface FirstAgendaOptions {
  /** The site the response came from ("https://dagsordener.greve.dk"); else taken from the document's own links. */
  siteUrl?: string;
}

/** Reads a response given as bytes (UTF-8 JSON) or as parsed JSON; throws ParseError naming `ref.file`. */
export function readFirstAgendaJson(
  input: Uint8Array | unknown,
  ref: SourceRef,
  options: FirstAgendaOptions = {},
): SourceDocument {
  const json = input instanceof Uint8Array ? parseJson(input, ref.file) : input;
  const checked = MeetingResponseSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.join(".") || "the top level";
    throw new ParseError(ref.file, `not a FirstAgenda meeting response (${where}: ${issue?.message})`);
  }
  return toDocument(checked.data, ref, options);
}

function parseJson(bytes: Uint8Array, file: string): unknown {
  if (bytes.length === 0) throw new ParseError(file, "the file is empty");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ParseError(file, "broken encoding: the JSON is not valid UTF-8");
  }
  if (text.trim() === "") throw new ParseError(file, "the file is empty");
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const truncated = /end of (?:JSON )?input|Unterminated/i.test(why);
    throw new ParseError(file, truncated ? `the JSON seems truncated (${why})` : `not valid JSON (${why})`);
  }
}

function toDocument(r: MeetingResponse, given: SourceRef, options: FirstAgendaOptions): SourceDocument {
  const site = siteOf(options.siteUrl ?? null, r);
  const ref: SourceRef = {
    ...given,
    system: "firstagenda",
    documentId: r.Id,
    url: given.url ?? (site ? `${site}/vis?id=${encodeURIComponent(r.Id)}` : null),
  };
  const when = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(r.Moede.Dato);
  const time = when?.[2] && when[2] !== "00:00" ? when[2] : null;
  const sorted = [...r.Dagsordenpunkter].sort((a, b) => (a.Sorting ?? 0) - (b.Sorting ?? 0));
  const items = sorted.map((item) => sourceItem(item, r.Id, site));
  const participants = r.Moede.Moededeltagere?.map((p) => ({
    name: collapseSpaces(p.Name).trim(),
    party: null,
    absent: p.Absent === true || p.ParticipationCancelled === true,
    substituteFor: null,
  }));
  return {
    ref,
    documentType: r.Moede.Afsluttet === true ? "referat" : "dagsorden",
    body: collapseSpaces(r.Udvalg.Navn).trim(),
    date: when?.[1] ?? null,
    startTime: time,
    location: r.Moede.Sted?.trim() || null,
    participants: participants?.filter((p) => p.name !== "") ?? null,
    items,
    blocks: [],
    pageCount: null,
  };
}

/**
 * One agenda item. Open or closed is read from the title ("Lukket: …") by the grammar: the API's `IsOpen` is false
 * for every item of some sites, open ones included, so it says nothing.
 */
function sourceItem(item: AgendaItemResponse, meetingId: string, site: string | null): SourceItem {
  const number = Number(String(item.Punktnummer ?? item.Number ?? "").trim());
  const blocks: Block[] = [];
  for (const field of item.Felter ?? []) {
    const caption = field.Navn ? collapseSpaces(field.Navn).trim() : "";
    if (caption) blocks.push({ role: "section-heading", text: caption, page: null });
    if (field.Html) pushAll(blocks, htmlBlocks(field.Html));
  }
  dropUnreleased(blocks);
  const caseNumber = (item.SagsNummer ?? item.CaseNumber ?? "").trim();
  return {
    number: Number.isInteger(number) && number > 0 ? number : null,
    title: collapseSpaces(item.Navn ?? item.Caption ?? "").trim(),
    caseNumber: caseNumber === "" ? null : caseNumber,
    closed: false,
    id: item.Id,
    url: site ? `${site}/vis?id=${encodeURIComponent(meetingId)}&punktid=${encodeURIComponent(item.Id)}` : null,
    page: null,
    blocks,
    absent: awayFrom(item),
  };
}

/**
 * Who the system records as away from the item (`ExternalAgendaItemAttendees` with a Reason that is an absence label,
 * "Fraværende"): the record the minutes' own "Fraværende: X" lines under a decision are written from, kept also where
 * the minutes print no such line.
 */
function awayFrom(item: AgendaItemResponse): { name: string; reason: string }[] {
  return (item.ExternalAgendaItemAttendees ?? []).flatMap((a) => {
    const name = collapseSpaces(a.Name ?? "").trim();
    const reason = collapseSpaces(a.Reason ?? "").trim();
    return name !== "" && HEADER_LABELS.absent.includes(reason.toLowerCase()) ? [{ name, reason }] : [];
  });
}

/** What the site writes in a case history under a body that has not yet decided (a later meeting). */
const NOT_RELEASED = /^beslutning\s+ikke\s+frigivet\.?$/iu;

/**
 * Removes the case history's entries for meetings still to come ("28-03-2022 Økonomiudvalget 2022" over
 * "Beslutning ikke frigivet"): no decision was made there yet.
 */
function dropUnreleased(blocks: Block[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (!NOT_RELEASED.test(blocks[i]?.text ?? "")) continue;
    const entry = i > 0 && datedEntry(blocks[i - 1]?.text ?? "") !== null;
    blocks.splice(entry ? i - 1 : i, entry ? 2 : 1);
    if (entry) i -= 1;
  }
}

/**
 * The site's base URL: the one given, else the origin of the document's own links into the publication site
 * (attachments are served from `<site>/vis/pdf/…`). Null when neither says: no link is guessed.
 */
function siteOf(given: string | null, r: MeetingResponse): string | null {
  if (given) return given.replace(/\/+$/, "");
  const links = r.Dagsordenpunkter.flatMap((i) => [
    ...(i.Felter ?? []).map((f) => f.Link),
    ...(i.Bilag ?? []).map((b) => b.Link),
  ]);
  const origins = new Set<string>();
  for (const link of links) {
    if (!link) continue;
    try {
      const url = new URL(link);
      if (/^https?:$/.test(url.protocol) && /^\/vis\/pdf\//i.test(url.pathname)) origins.add(url.origin);
    } catch {
      // Not a URL: it says nothing about the site.
    }
  }
  return origins.size === 1 ? ([...origins][0] ?? null) : null;
}
