// HTML -> document blocks: headings, paragraphs, list items and table rows, in reading order, through htmlparser2's
// DOM (never regular expressions over markup). Shared by every reader whose format carries HTML: FirstAgenda pages,
// Acadre's bullet contents, item texts of API responses.
import { type AnyNode, type Document, DomHandler, type Element, isTag, isText } from "domhandler";
import { Parser, parseDocument } from "htmlparser2";
import type { Block } from "../../ingest/document.ts";

/** Parses an HTML document or fragment (forgiving, as browsers are). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

/** A DOM handler that notes whether the page closed its `<html>` element itself (a page cut short does not). */
class ClosingHandler extends DomHandler {
  opened = false;
  closed = false;
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (name === "html") this.opened = true;
    super.onopentag(name, attribs);
  }
  override onclosetag(name?: string, implied?: boolean): void {
    if (name === "html" && implied !== true) this.closed = true;
    super.onclosetag();
  }
}

/**
 * Parses a whole HTML page and tells whether it is complete: a page that opens `<html>` must close it; one that
 * ends before (a download cut short) is `complete: false`, though what arrived is parsed as well as it can be.
 */
export function parseHtmlPage(html: string): { dom: Document; complete: boolean } {
  const handler = new ClosingHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return { dom: handler.root, complete: !handler.opened || handler.closed };
}

/** The top-level elements of a parsed document, for css-select's queries. */
export function topElements(dom: Document): Element[] {
  return dom.children.filter(isTag);
}

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "button", "select", "input", "textarea"]);

/** Elements that end the running paragraph before and after them. */
const BLOCK_ELEMENTS = new Set([
  "p",
  "div",
  "section",
  "article",
  "aside",
  "header",
  "footer",
  "main",
  "nav",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "center",
  "address",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "hr",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "caption",
]);

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Collapses white space (NBSP included) to single spaces and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/** The text of a node as one line: block boundaries become spaces. */
export function textOf(node: AnyNode | readonly AnyNode[], skip?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (isText(n)) parts.push(n.data);
    else if (isTag(n)) {
      if (SKIPPED.has(n.name) || skip?.(n)) return;
      if (n.name === "br" || BLOCK_ELEMENTS.has(n.name) || HEADINGS.has(n.name) || n.name === "li") parts.push(" ");
      for (const c of n.children) walk(c);
      if (BLOCK_ELEMENTS.has(n.name) || HEADINGS.has(n.name) || n.name === "td" || n.name === "th") parts.push(" ");
    } else if ("children" in n) for (const c of (n as Document).children) walk(c);
  };
  for (const n of Array.isArray(node) ? node : [node as AnyNode]) walk(n);
  return collapse(parts.join(""));
}

export interface HtmlBlockOptions {
  /** The page the blocks stand on, when known. */
  page?: number | null;
  /** Elements (by predicate) left out entirely, e.g. a page's navigation or an item's attachment menu. */
  skip?: (element: Element) => boolean;
}

/**
 * The blocks of an HTML fragment in reading order: `h1`–`h6` become section headings, `li` list items, `tr` table
 * rows (cells in order), and the text between block boundaries (`p`, `div`, `br`, …) paragraphs. Empty blocks are
 * left out.
 */
export function htmlBlocks(nodes: AnyNode | readonly AnyNode[], options: HtmlBlockOptions = {}): Block[] {
  const page = options.page ?? null;
  const out: Block[] = [];
  let running: string[] = [];
  const flush = (): void => {
    const text = collapse(running.join(""));
    running = [];
    if (text !== "") out.push({ role: "paragraph", text, page });
  };
  const walk = (n: AnyNode): void => {
    if (isText(n)) {
      running.push(n.data);
      return;
    }
    if (!isTag(n)) {
      if ("children" in n) for (const c of (n as Document).children) walk(c);
      return;
    }
    if (SKIPPED.has(n.name) || options.skip?.(n)) return;
    if (n.name === "br") {
      flush();
      return;
    }
    if (HEADINGS.has(n.name)) {
      flush();
      const text = textOf(n, options.skip);
      if (text !== "") out.push({ role: "section-heading", text, page });
      return;
    }
    if (n.name === "li") {
      flush();
      const nested = n.children.filter((c) => isTag(c) && (c.name === "ul" || c.name === "ol"));
      const own = textOf(
        n.children.filter((c) => !nested.includes(c)),
        options.skip,
      );
      if (own !== "") out.push({ role: "list-item", text: own, page });
      for (const c of nested) walk(c);
      return;
    }
    if (n.name === "tr") {
      flush();
      const cells = n.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"));
      const texts = cells.map((c) => textOf(c, options.skip));
      if (texts.some((t) => t !== "")) {
        if (texts.filter((t) => t !== "").length === 1)
          out.push({ role: "paragraph", text: texts.join(" ").trim(), page });
        else out.push({ role: "table-row", text: texts.join("\t"), cells: texts, page });
      }
      return;
    }
    const block = BLOCK_ELEMENTS.has(n.name);
    if (block) flush();
    for (const c of n.children) walk(c);
    if (block) flush();
  };
  for (const n of Array.isArray(nodes) ? nodes : [nodes as AnyNode]) walk(n);
  flush();
  return out;
}
