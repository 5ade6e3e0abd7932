// The one registration table of document readers: which formats ingest reads, how each is recognised, read,
// and tested. `test/ingest/readers-contract.test.ts` runs every entry through the same contract.
import { ParseError } from "../parse/parse-error.ts";
import { readPdfDocument } from "../parse/read/pdf-reader.ts";
import { readTextDocument } from "../parse/read/text-reader.ts";
import { readAcadreXml } from "../sources/acadre/read-xml.ts";
import { readEdocXml } from "../sources/edoc/read-xml.ts";
import { readFirstAgendaJson } from "../sources/firstagenda/index.ts";
import { readFirstAgendaHtml } from "../sources/firstagenda/read-html.ts";
import type { SourceDocument, SourceRef } from "./document.ts";

export interface Reader {
  /** Short name, shown in messages ("pdf", "firstagenda-json", "text"). */
  name: string;
  /** File name endings read when a folder is indexed (a file named explicitly is always tried). */
  extensions: readonly string[];
  /** A real document of this format, from the project root: the contract test reads it into minutes. */
  example: string;
  /** A well-formed document of this format that is not minutes: the contract test expects a ParseError. */
  notMinutes: string;
  /** The format is markup (a tree of elements is built from it): its tags are counted against the limit first. */
  markup?: true;
  /** True when this reader takes the file, judged by its content (first bytes) and, failing that, its name. */
  accepts(file: string, head: Uint8Array): boolean;
  /**
   * The document as the format gives it; throws ParseError (naming `ref.file`) for input it cannot read. A reader
   * that can count its lines before building them refuses more than `limits.maxLines` early (readDocument checks
   * every reader's blocks after).
   */
  read(bytes: Uint8Array, ref: SourceRef, limits?: ReadLimits): SourceDocument | Promise<SourceDocument>;
}

/** What a reader may refuse early. */
export interface ReadLimits {
  maxLines: number;
}

/** How many bytes of a file `accepts` sees. */
export const HEAD_BYTES = 4096;

const latin1 = new TextDecoder("latin1");
const headText = (head: Uint8Array, n = 1024): string => latin1.decode(head.subarray(0, n));
const named = (file: string, ...ends: string[]): boolean => ends.some((e) => file.toLowerCase().endsWith(e));

export const pdfReader: Reader = {
  name: "pdf",
  extensions: [".pdf"],
  example: "test/fixtures/real/acadre/syddjurs-puk-2013-06-20.pdf",
  notMinutes: "test/fixtures/ingest/not-minutes.pdf",
  accepts: (file, head) => headText(head).includes("%PDF-") || named(file, ".pdf"),
  read(bytes, ref, limits) {
    if (!headText(bytes).includes("%PDF-"))
      throw new ParseError(ref.file, "not a PDF (no %PDF- header), though named .pdf");
    return readPdfDocument(bytes, ref, limits);
  },
};

/** The first bytes as text with a byte-order mark and leading white space removed, lower case. */
const start = (head: Uint8Array): string =>
  headText(head, HEAD_BYTES)
    .replace(/^(?:\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)/u, "")
    .trimStart()
    .toLowerCase();

/** FirstAgenda Publication's meeting pages (agenda or minutes); its listing page is refused by name as not minutes. */
export const firstAgendaHtmlReader: Reader = {
  name: "firstagenda-html",
  markup: true,
  extensions: [".html", ".htm"],
  example: "test/fixtures/real/firstagenda/aarhus/aarhus-byraad-2025-10-08-dagsorden.html",
  notMinutes: "test/fixtures/real/firstagenda/aarhus/aarhus-listing-2025.html",
  accepts: (file, head) => /^(?:<!doctype html|<html)/u.test(start(head)) || named(file, ".html", ".htm"),
  read: readFirstAgendaHtml,
};

/** eDoc's XML export of a meeting (`<Meeting>` with `MeetingAgendaTypes`). */
export const edocXmlReader: Reader = {
  name: "edoc-xml",
  markup: true,
  extensions: [".xml"],
  example: "test/fixtures/real/edoc/ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.edoc.xml",
  notMinutes: "test/fixtures/ingest/edoc-no-items.xml",
  accepts: (_file, head) => /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<meeting[\s>]/u.test(start(head)),
  read: readEdocXml,
};

/** Acadre's XML export (generic `table`/`field` records under `<root>`), and its publishing manifest (refused). */
export const acadreXmlReader: Reader = {
  name: "acadre-xml",
  markup: true,
  extensions: [".xml"],
  example: "test/fixtures/real/acadre/syddjurs-puk-2013-06-20.acadre.xml",
  notMinutes: "test/fixtures/real/acadre/syddjurs-puk-2013-06-20.manifest.xml",
  accepts: (file, head) => {
    const t = start(head);
    return (
      /^(?:<\?xml[^>]*>\s*)?<root>\s*<(?:table\s+name=|org>)/u.test(t) || (named(file, ".xml") && !t.startsWith("%pdf"))
    );
  },
  read: readAcadreXml,
};

/** Keys of a FirstAgenda meeting response, one of which stands in its first bytes. */
const FIRSTAGENDA_KEYS = ['"Dagsordenpunkter"', '"Moede"', '"Udvalg"'];

export const firstAgendaJsonReader: Reader = {
  name: "firstagenda-json",
  markup: true,
  extensions: [".json"],
  example: "test/fixtures/real/firstagenda/greve/greve-oekonomiudvalget-2022-03-28.json",
  notMinutes: "test/fixtures/ingest/not-minutes-firstagenda.json",
  accepts(file, head) {
    const text = new TextDecoder("utf-8")
      .decode(head)
      .replace(/^\uFEFF/, "")
      .trimStart();
    if (!text.startsWith("{")) return false;
    return FIRSTAGENDA_KEYS.some((k) => text.includes(k)) || named(file, ".json");
  },
  read: (bytes, ref) => readFirstAgendaJson(bytes, ref),
};

export const textReader: Reader = {
  name: "text",
  extensions: [".txt", ".md"],
  example: "index-data/minutes/001_03a16291dcfa58af.txt",
  notMinutes: "test/fixtures/ingest/not-minutes.txt",
  // The last resort: anything no other reader takes is tried as text (binary input is refused by the decoder).
  accepts: () => true,
  read: readTextDocument,
};

/** In order: the first reader that accepts a file reads it; the text reader, which takes anything, is last. */
export const READERS: readonly Reader[] = [
  pdfReader,
  firstAgendaJsonReader,
  firstAgendaHtmlReader,
  edocXmlReader,
  acadreXmlReader,
  textReader,
];

/** The reader for a file: the first in the table that accepts it. */
export function readerFor(file: string, head: Uint8Array): Reader {
  return READERS.find((r) => r.accepts(file, head)) ?? textReader;
}

/** Every file name ending some reader reads, for listing folders. */
export function readableExtensions(): string[] {
  return [...new Set(READERS.flatMap((r) => r.extensions))];
}
