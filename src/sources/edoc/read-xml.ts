// eDoc's XML export of a meeting -> SourceDocument.
//
// `<Meeting>` holds `Committee`, `MeetingDate` ("04-12-2012 13:00:00") and `MeetingState` ("Referat endeligt
// godkendt"), then one `MeetingAgendaType` per part of the meeting ("Åben dagsorden", "Lukket dagsorden"), each with
// the whole part's text (`FullText`: header, participants, table of contents, items) and its `MeetingAgendaItem`s:
// `AgendaItemNumber`, `Document` (its `documentid`, `Title`, `NeutralTitle` for closed items) and the item's own
// `FullText`, which the shared grammar reads (case number, sections, "<Udvalg>s beslutning den 04.12.2012 Punkt 2").
// The header (attendance) is the text before the table of contents. The export is often not well-formed (a `&#xC;`
// form feed): parseXml drops the reference and the document says so in `warnings`.
import type { Block, SourceDocument, SourceItem, SourceRef } from "../../ingest/document.ts";
import { isoDate } from "../../parse/dates.ts";
import { DOCUMENT_TYPES } from "../../parse/lexicon.ts";
import type { Line } from "../../parse/line.ts";
import { ParseError } from "../../parse/parse-error.ts";
import { decodeText } from "../../parse/read/decode-text.ts";
import { child, children, parseXml, textAt, textContent, type XmlElement } from "../../parse/read/xml.ts";
import { tocStart } from "../../parse/split/toc.ts";
import { collapseSpaces } from "../../parse/text-scan.ts";
import { exportBlocks, exportLines, publicUrl } from "../export-text.ts";

/** "04-12-2012 13:00:00" (eDoc's date-time field) -> date and start time. */
export function edocDateTime(text: string): { date: string | null; time: string | null } {
  const m = /^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2}))?/u.exec(text);
  if (!m) return { date: null, time: null };
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const h = m[4] === undefined ? null : Number(m[4]);
  const time =
    h === null || h > 23 || (h === 0 && m[5] === "00") ? null : `${String(h).padStart(2, "0")}:${m[5] ?? "00"}`;
  return { date, time };
}

/** The document type a state or name announces ("Referat endeligt godkendt", "Dagsorden"); null when none. */
export function documentTypeIn(text: string): "referat" | "dagsorden" | null {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return DOCUMENT_TYPES.find((t) => words.includes(t.word))?.type ?? null;
}

/** True for the part of a meeting closed to the public ("Lukket dagsorden", "Lukket referat"). */
const isClosedPart = (agendaType: string): boolean => /\blukket\b/iu.test(agendaType);

/** The item's text without its heading line ("2.\tBygningsvedligeholdelse …"), which the item fields carry. */
function itemLines(fullText: string, number: number | null): Line[] {
  const lines = exportLines(fullText);
  const first = lines.findIndex((l) => l.text.trim() !== "");
  if (first >= 0 && number !== null && new RegExp(`^${number}\\.?\\s`, "u").test(lines[first]?.text.trim() ?? ""))
    return lines.slice(first + 1);
  return lines;
}

function readItem(element: XmlElement, closed: boolean): SourceItem {
  const numberText = textAt(element, "AgendaItemNumber").trim();
  const number = /^\d{1,4}$/u.test(numberText) && Number(numberText) > 0 ? Number(numberText) : null;
  const document = child(element, "Document");
  const title = (closed ? textAt(element, "Document/NeutralTitle") : "") || textAt(element, "Document/Title");
  const caseNumber = textAt(element, "Document/CaseLogicIdentifier").trim() || null;
  return {
    number,
    title: collapseSpaces(title).trim(),
    caseNumber,
    closed,
    id: document?.attributes.documentid || null,
    url: closed ? null : publicUrl(textAt(element, "Document/UrlShowDocument")),
    page: null,
    blocks: closed ? [] : exportBlocks(itemLines(textAt(element, "FullText"), number)),
  };
}

/** The header: the open part's text before its table of contents (else before the first item's heading). */
function headerBlocks(parts: readonly XmlElement[], items: readonly SourceItem[]): Block[] {
  const part = parts.find((p) => !isClosedPart(textAt(p, "AgendaType"))) ?? parts[0];
  if (!part) return [];
  const lines = exportLines(textAt(part, "FullText"));
  const toc = tocStart(lines, 600);
  let end = toc;
  if (end < 0) {
    const first = items.find((i) => i.number !== null);
    end = first ? lines.findIndex((l) => new RegExp(`^${first.number}\\.?\\s`, "u").test(l.text.trim())) : -1;
  }
  return exportBlocks(end >= 0 ? lines.slice(0, end) : lines.slice(0, 80));
}

/** Reads an eDoc meeting export; throws ParseError naming the file when it is not one or is broken. */
export function readEdocXml(bytes: Uint8Array, ref: SourceRef): SourceDocument {
  const { root, problems } = parseXml(decodeText(bytes, ref.file), ref.file);
  if (root.name !== "Meeting" || child(root, "MeetingAgendaTypes") === null)
    throw new ParseError(ref.file, `not an eDoc meeting export (the root is <${root.name}>, not <Meeting>)`);
  const parts = children(child(root, "MeetingAgendaTypes") as XmlElement, "MeetingAgendaType");
  const items = parts
    .flatMap((part) => {
      const closed = isClosedPart(textAt(part, "AgendaType"));
      return children(child(part, "MeetingAgendaItems") ?? part, "MeetingAgendaItem").map((i) => readItem(i, closed));
    })
    .sort((a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER));
  if (items.length === 0) throw new ParseError(ref.file, "an eDoc meeting export with no agenda items");
  const { date, time } = edocDateTime(textAt(root, "MeetingDate"));
  const body = collapseSpaces(textContent(child(root, "Committee"))).trim();
  return {
    // The meeting id comes from municipality, body and date (documentId null), so the export and the PDF of the
    // same meeting are one meeting in the index.
    ref: { ...ref, system: "edoc" },
    documentType: documentTypeIn(textAt(root, "MeetingState")),
    body: body || null,
    date,
    startTime: time,
    location: null,
    participants: null,
    items,
    blocks: headerBlocks(parts, items),
    pageCount: null,
    ...(problems.length > 0 ? { warnings: problems } : {}),
  };
}
