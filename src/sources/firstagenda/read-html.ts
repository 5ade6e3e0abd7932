// FirstAgenda Publication's meeting page (`/vis?…&id=<meetingId>`, agenda or minutes) -> SourceDocument.
//
// The page lists the items as `tr.punktrow` rows: the number in a label, the title in `h2.overskrift`, the case
// number in `span.sagsnummer`, the item's text (sections as `h3`: Resume, Beslutningspunkter, Beslutninger,
// Sagsforløb, …) in `div.punkt`, the attachments after it, and the item's own id in the row (`punktrow_<id>`, and
// `data-id` of its "Hent som PDF" / "Kopier link" menu). The meeting's id is not on the page: it comes with the
// page's address (`ref.url`'s `id=` or `ref.documentId`), and with it every item gets its official link
// `<site>/vis?id=<meetingId>&punktid=<itemId>`.
import { selectAll, selectOne } from "css-select";
import { type Document, type Element, isTag } from "domhandler";
import { getAttributeValue } from "domutils";
import type { Block, SourceDocument, SourceItem, SourceRef } from "../../ingest/document.ts";
import { findDate, findTime } from "../../parse/dates.ts";
import { DOCUMENT_TYPES } from "../../parse/lexicon.ts";
import { ParseError } from "../../parse/parse-error.ts";
import { decodeText } from "../../parse/read/decode-text.ts";
import { collapse, htmlBlocks, parseHtmlPage, textOf, topElements } from "../../parse/read/html-blocks.ts";
import { itemLink, meetingLinkParts } from "./links.ts";
import { readListing } from "./listing.ts";

/** True when the HTML is a FirstAgenda page (a meeting page or the front page's listing). */
export function isFirstAgendaHtml(dom: Document): boolean {
  return (
    selectOne(
      "tr.punktrow, table.dagsordeninfo, #dagsordenDetaljer, a.searchresult, #resultaterplaceholder",
      topElements(dom),
    ) !== null
  );
}

/** "Dagsorden 8. oktober 2025 kl. 16.00" / "Referat …" -> the document type its first word names. */
function documentTypeOf(title: string): "referat" | "dagsorden" | null {
  const first = title.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  return DOCUMENT_TYPES.find((t) => t.word === first)?.type ?? null;
}

/** The item's own id: the "Hent som PDF"/"Kopier link" menu's data-id, else the row's `punktrow_<id>`. */
function itemId(row: Element): string | null {
  const menu = selectOne("[data-type=dagsordenpunkt][data-id], [data-type=kopier_punkt][data-id]", row);
  const fromMenu = menu ? getAttributeValue(menu, "data-id") : undefined;
  if (fromMenu) return fromMenu;
  const rowId = getAttributeValue(row, "id") ?? "";
  return rowId.startsWith("punktrow_") && rowId.length > "punktrow_".length ? rowId.slice("punktrow_".length) : null;
}

/** Blocks with no letter or digit ("." in an empty resume) carry nothing. */
const hasContent = (b: Block): boolean => /[\p{L}\p{N}]/u.test(b.text);

/** A list of attachment links (`a.bilag-link`): file names, not text of the minutes. */
const isAttachmentList = (e: Element | null): boolean =>
  e !== null && (e.name === "ul" || e.name === "ol") && selectOne("a.bilag-link, [data-type=bilag]", e) !== null;

/**
 * Parts of the row that are not the item's text: menus, labels, the case number (a field of its own) and the
 * attachment list with its heading. Attachments are left out because their names ("Indstilling", "Bilag 1: …")
 * read as section headings and recommendations to the grammar.
 */
const furniture = (e: Element): boolean => {
  const cls = getAttributeValue(e, "class") ?? "";
  if (/\b(?:dropdown|dropdown-menu|pdf-label|expand|sagsnummer|lydfiler-og-bilag|glyphicon)\b/u.test(cls)) return true;
  if (isAttachmentList(e)) return true;
  return /^h[1-6]$/u.test(e.name) && isAttachmentList(nextElement(e));
};

function nextElement(e: Element): Element | null {
  for (let n = e.next; n !== null; n = n.next) if (isTag(n)) return n;
  return null;
}

function readItem(row: Element, link: ReturnType<typeof meetingLinkParts>): SourceItem {
  const label = selectOne("td span.label", row);
  const numberText = label ? textOf(label) : "";
  const number = /^\d{1,4}$/u.test(numberText) ? Number(numberText) : null;
  const heading = selectOne("h2.overskrift, .overskrift", row);
  const title = heading ? textOf(heading) : "";
  const caseElement = selectOne("span.sagsnummer", row);
  const caseNumber = caseElement ? textOf(caseElement) || null : null;
  const id = itemId(row);
  const details = selectOne(".details", row) ?? row;
  const blocks = htmlBlocks(details.children, { skip: furniture }).filter(hasContent);
  const cls = getAttributeValue(row, "class") ?? "";
  const closed = /\b(?:lukket|closed)\b/iu.test(cls) || selectOne(".lukket, .closed-item", row) !== null;
  const url = id && link ? itemLink(link.origin, link.meetingId, id) : null;
  return {
    number,
    title,
    caseNumber,
    closed,
    id,
    url,
    page: null,
    blocks,
  };
}

/** The header rows ("Udvalg:", "Mødedato:", "Mødested:", "Mødedeltagere:") as "label value" lines. */
function headerBlocks(dom: Document): Block[] {
  const out: Block[] = [];
  const h1 = selectOne("h1", topElements(dom));
  if (h1) out.push({ role: "title", text: textOf(h1), page: null });
  for (const tr of selectAll("table.dagsordeninfo tr", topElements(dom))) {
    if (getAttributeValue(tr, "hidden") !== undefined) continue;
    const cells = selectAll("td", tr).map((td) => textOf(td));
    const [name = "", ...rest] = cells;
    const value = collapse(rest.join(" "));
    if (name !== "" && value !== "") out.push({ role: "paragraph", text: `${name} ${value}`, page: null });
  }
  return out;
}

/** Reads a FirstAgenda meeting page; throws ParseError naming the file when it is not one. */
export function readFirstAgendaHtml(bytes: Uint8Array, ref: SourceRef): SourceDocument {
  const text = decodeText(bytes, ref.file);
  const { dom, complete } = parseHtmlPage(text);
  const rows = selectAll("tr.punktrow", topElements(dom));
  if (!complete)
    throw new ParseError(ref.file, "the page seems cut short: it ends before its closing </html> (download it again)");
  if (rows.length === 0) {
    const listing = selectOne("a.searchresult", topElements(dom)) ? readListing(text, "https://example.invalid") : [];
    if (listing.length > 0)
      throw new ParseError(
        ref.file,
        `a FirstAgenda listing of ${listing.length} meetings, not minutes: read the meetings it links to`,
        { recognisedAs: "a FirstAgenda listing of meetings" },
      );
    if (isFirstAgendaHtml(dom)) throw new ParseError(ref.file, "a FirstAgenda page with no agenda items");
    throw new ParseError(ref.file, "does not look like minutes: an HTML page without FirstAgenda agenda items");
  }
  const titleElement = selectOne("h1", topElements(dom));
  const title = titleElement ? textOf(titleElement) : "";
  const bodyElement = selectOne("table.dagsordeninfo span.udvalg, .title span.udvalg, span.udvalg", topElements(dom));
  const body = bodyElement ? textOf(bodyElement) || null : null;
  const dateElement = selectOne("table.dagsordeninfo span.dato, span.dato", topElements(dom));
  const when = dateElement ? textOf(dateElement) : title;
  const placeElement = selectOne("table.dagsordeninfo span.sted, span.sted", topElements(dom));
  const link = meetingLinkParts(ref);
  const items = rows.map((row) => readItem(row, link));
  return {
    ref: { ...ref, system: "firstagenda", documentId: ref.documentId ?? link?.meetingId ?? null },
    documentType: documentTypeOf(title),
    body,
    date: findDate(when) ?? findDate(title),
    startTime: findTime(when) ?? findTime(title),
    location: placeElement ? textOf(placeElement) || null : null,
    participants: null,
    items,
    blocks: headerBlocks(dom),
    pageCount: null,
  };
}
