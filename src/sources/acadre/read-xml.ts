// Acadre's XML export of a meeting (the "agenda" record) -> SourceDocument.
//
// Acadre writes generic records: `<table name="…"><fields><field name="…">value</field>…</fields>…</table>`, nested.
// `agenda` (name "Referat"/"Dagsorden") holds `committee` (members: `commember/member`) and `meeting` (date,
// location, attendance: `meetmember/member` with `absent`), then one `agendaitemparents` per item, whose `sort` is
// the item's number as printed (running across the year: "715.") and whose `agendaitem` has the title, the case
// number (`caseno`), access ("Åben"/"Lukket"), its sections as `bullet`s (`bulletname`, HTML `bulletcontent`, in
// `bulletsortorder`; decisions of successive meetings are bullets of their own, "Beslutning i <udvalg> den
// 20-06-2013") and attachments as `enclosure`s. Members are written "Jesper  Mathiesen (A)": the letter is the party.
import type { Block, SourceDocument, SourceItem, SourceParticipant, SourceRef } from "../../ingest/document.ts";
import { findDate, findTime } from "../../parse/dates.ts";
import { partyRef } from "../../parse/members.ts";
import { ParseError } from "../../parse/parse-error.ts";
import { decodeText } from "../../parse/read/decode-text.ts";
import { htmlBlocks, parseHtml } from "../../parse/read/html-blocks.ts";
import { child, children, parseXml, textContent, type XmlElement } from "../../parse/read/xml.ts";
import { collapseSpaces } from "../../parse/text-scan.ts";
import { documentTypeIn } from "../edoc/read-xml.ts";

/** A record's fields by name ("" for a field left empty). */
function fields(table: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of children(table, "fields"))
    for (const f of children(group, "field")) {
      const name = f.attributes.name;
      if (name !== undefined && !out.has(name)) out.set(name, textContent(f));
    }
  return out;
}

/** The child records named `name` ("member", "bullet"). */
function tables(parent: XmlElement, name: string): XmlElement[] {
  return children(parent, "table").filter((t) => t.attributes.name === name);
}

const table = (parent: XmlElement, name: string): XmlElement | null => tables(parent, name)[0] ?? null;
const clean = (text: string | undefined): string => collapseSpaces(text ?? "").trim();

/** "Jesper  Mathiesen (A)" -> name and party letter (null when the parentheses name no party). */
export function memberName(written: string): { name: string; party: string | null } {
  const text = clean(written);
  const m = /^(.*?)\s*\(([^()]{1,40})\)$/u.exec(text);
  if (!m) return { name: text, party: null };
  const party = partyRef(m[2] ?? "");
  return party === undefined ? { name: text, party: null } : { name: clean(m[1]), party };
}

function participants(meeting: XmlElement | null, committee: XmlElement | null): SourceParticipant[] | null {
  const attendance = meeting ? table(meeting, "meetmember") : null;
  const list = attendance ?? (committee ? table(committee, "commember") : null);
  if (!list) return null;
  const out = tables(list, "member").flatMap((m): SourceParticipant[] => {
    const f = fields(m);
    const { name, party } = memberName(f.get("name") ?? "");
    if (name === "") return [];
    const fromField = partyRef(f.get("party") ?? "");
    return [
      {
        name,
        party: party ?? (typeof fromField === "string" ? fromField : null),
        // Without a meeting's attendance list, the committee's members are listed and nobody is known absent.
        absent: attendance !== null && /^(?:1|true|ja)$/iu.test(clean(f.get("absent"))),
        substituteFor: null,
      },
    ];
  });
  return out.length > 0 ? out : null;
}

/** An item's sections: each non-empty bullet as a heading and its HTML content as blocks, then its attachments. */
function itemBlocks(item: XmlElement, f: Map<string, string>): Block[] {
  const out: Block[] = [];
  const absent = clean(f.get("absent"));
  if (absent !== "") out.push({ role: "paragraph", text: `Fraværende: ${absent}`, page: null });
  const bullets = tables(item, "bullet")
    .map((b) => fields(b))
    .sort((a, b) => Number(a.get("bulletsortorder") ?? 0) - Number(b.get("bulletsortorder") ?? 0));
  for (const b of bullets) {
    const content = htmlBlocks(parseHtml(b.get("bulletcontent") ?? "")).filter((x) => /[\p{L}\p{N}]/u.test(x.text));
    if (content.length === 0) continue;
    out.push({ role: "section-heading", text: clean(b.get("bulletname")), page: null }, ...content);
  }
  const enclosures = tables(item, "enclosure")
    .map((e) => fields(e))
    .filter((e) => clean(e.get("name")) !== "");
  if (enclosures.length > 0) {
    out.push({ role: "section-heading", text: "Bilag", page: null });
    for (const e of enclosures) out.push({ role: "list-item", text: clean(e.get("name")), page: null });
  }
  return out;
}

function readItem(parent: XmlElement): SourceItem | null {
  const item = table(parent, "agendaitem");
  if (!item) return null;
  const p = fields(parent);
  const f = fields(item);
  const sort = clean(p.get("sort"));
  const closed = /lukket/iu.test(f.get("accessname") ?? "");
  return {
    number: /^\d{1,5}$/u.test(sort) && Number(sort) > 0 ? Number(sort) : null,
    title: clean(f.get("name")),
    caseNumber: clean(f.get("caseno")) || null,
    closed,
    id: clean(f.get("sysid")) || null,
    url: null,
    page: null,
    blocks: closed ? [] : itemBlocks(item, f),
  };
}

/** True for Acadre's publishing manifest (which lists the produced documents, not the meeting's content). */
function isManifest(root: XmlElement): boolean {
  return child(root, "org") !== null || tables(root, "producedAgenda").length > 0;
}

/** Reads an Acadre meeting export; throws ParseError naming the file when it is not one or is broken. */
export function readAcadreXml(bytes: Uint8Array, ref: SourceRef): SourceDocument {
  const { root, problems } = parseXml(decodeText(bytes, ref.file), ref.file);
  if (isManifest(root))
    throw new ParseError(
      ref.file,
      "an Acadre publishing manifest, not minutes: it lists the produced documents; read the export it names",
      { recognisedAs: "an Acadre publishing manifest" },
    );
  const agenda = root.name === "table" && root.attributes.name === "agenda" ? root : table(root, "agenda");
  if (!agenda)
    throw new ParseError(
      ref.file,
      root.name === "root"
        ? `not an Acadre meeting export: no "agenda" record under <root>`
        : `does not look like minutes: XML whose root <${root.name}> is neither an eDoc nor an Acadre meeting export`,
    );
  const a = fields(agenda);
  const committee = table(agenda, "committee");
  const meeting = table(agenda, "meeting");
  const c = committee ? fields(committee) : new Map<string, string>();
  const m = meeting ? fields(meeting) : new Map<string, string>();
  const items = tables(agenda, "agendaitemparents")
    .map(readItem)
    .filter((i): i is SourceItem => i !== null);
  if (items.length === 0) throw new ParseError(ref.file, "an Acadre meeting export with no agenda items");
  const when = clean(m.get("date"));
  const header: Block[] = [a.get("name"), c.get("name"), m.get("name"), m.get("dateF3") ?? when]
    .map((t) => clean(t))
    .filter((t) => t !== "")
    .map((text) => ({ role: "title", text, page: null }));
  return {
    // As for eDoc: no documentId, so the export and the PDF of the same meeting get one id (municipality, body, date).
    ref: { ...ref, system: "acadre" },
    documentType: documentTypeIn(a.get("name") ?? ""),
    body: clean(c.get("name")) || null,
    date: findDate(when),
    startTime: findTime(when),
    location: clean(m.get("location")) || null,
    participants: participants(meeting, committee),
    items,
    blocks: header,
    pageCount: null,
    ...(problems.length > 0 ? { warnings: problems } : {}),
  };
}
