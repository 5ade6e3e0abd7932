// The per-document limits of reading (issue 11: memory bounded by the largest accepted document). A document over
// either limit is refused by name, unread, before the grammar builds anything from it; both are raised on the command
// line (`--max-document-mb`, `--max-document-lines`).
//
// Sizes of real minutes, for scale: the largest document in ../shared/real is a Greve FirstAgenda meeting of 0.6 MB
// and 2,033 blocks; a council's minutes PDF of 300 pages at 60 lines a page is 18,000 lines.

/** Bytes of one document file (50 MB). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * Lines (blocks: paragraphs, headings, table rows) of one document. Every line costs the grammar a few objects
 * whatever its length, so a file of millions of short lines costs many times its size: the limit bounds that.
 */
export const DEFAULT_MAX_DOCUMENT_LINES = 100_000;

/**
 * Tags a markup document (HTML, XML, JSON holding HTML) may hold per line of the line limit: its readers build a tree
 * of every element before any line is counted, and a tree of a million tiny elements costs a gigabyte. The largest
 * real one, a Greve meeting of 0.6 MB, has 13,050 tags; the default allows 1,000,000.
 */
export const TAGS_PER_LINE = 10;

/**
 * Lines a PDF page counts for before its text is read: a PDF of more pages than the line limit allows at this many a
 * page is refused without reading any (pdfjs took about 5 ms a page here: 3,000 pages, 15 s). A council's minutes
 * with their appendices run to a few hundred pages; the default allows 10,000.
 */
export const LINES_PER_PAGE = 10;

/** The refusal of a file over the size limit. */
export function tooLarge(size: number, limit: number): string {
  const mb = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
  return `too large: ${mb(size)}, the limit is ${mb(limit)} per document (raise it with --max-document-mb)`;
}

/** The refusal of a document over the line limit; `where` says how far it was read ("by page 2,631 of 3,000"). */
export function tooManyLines(lines: number, limit: number, where?: string): string {
  const n = (k: number) => k.toLocaleString("en-US");
  const count = where ? `${n(lines)} ${where}` : n(lines);
  return `too many lines: ${count}, the limit is ${n(limit)} per document (raise it with --max-document-lines)`;
}

/** The refusal of a markup document with more tags than the line limit allows. */
export function tooMuchMarkup(tags: number, limit: number): string {
  const n = (k: number) => k.toLocaleString("en-US");
  return `too much markup: ${n(tags)} tags, the limit is ${n(limit)} per document (${TAGS_PER_LINE} a line; raise it with --max-document-lines)`;
}

/** The refusal of a PDF with more pages than the line limit allows. */
export function tooManyPages(pages: number, limit: number): string {
  const n = (k: number) => k.toLocaleString("en-US");
  return `too many pages: ${n(pages)}, the limit is ${n(limit)} per document (${LINES_PER_PAGE} lines a page; raise it with --max-document-lines)`;
}

/** Tags in markup bytes, counted as the bytes of "<" (a tag's first character), without decoding them. */
export function countTags(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x3c); i !== -1; i = bytes.indexOf(0x3c, i + 1)) n++;
  return n;
}

/** Lines of a text, counted without splitting it: line feeds, or carriage returns where no line feed is used. */
export function countLines(text: string): number {
  const count = (mark: string): number => {
    let n = 0;
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) n++;
    return n;
  };
  const feeds = count("\n");
  return (feeds > 0 ? feeds : count("\r")) + 1;
}
