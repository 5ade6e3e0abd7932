// An item's HTML (FirstAgenda `Felter[].Html`) as blocks: headings, paragraphs, list items and table rows, read with
// htmlparser2 (entities decoded, unclosed tags forgiven), never with regular expressions over markup.
import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import type { Block } from "../../ingest/document.ts";
import { collapseSpaces } from "../../parse/text-scan.ts";

type Node = ReturnType<typeof parseDocument>["children"][number];
type TextNode = Node & { data: string };
type ElementNode = Node & { name: string; children: Node[] };

const isText = (node: Node): node is TextNode => node.type === ElementType.Text;
const isElement = (node: Node): node is ElementNode =>
  node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Elements that start and end a block of text of their own. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "center",
  "address",
  "figure",
  "figcaption",
  "hr",
]);
/** Elements whose content is never text of the minutes. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "title"]);

const collapse = (text: string): string => collapseSpaces(text).trim();

/** Reads one HTML fragment into blocks, in document order; empty paragraphs are dropped. */
export function htmlBlocks(html: string): Block[] {
  const out: Block[] = [];
  let buffer = "";
  const flush = (role: Block["role"]) => {
    const text = collapse(buffer);
    buffer = "";
    if (text !== "") out.push({ role, text, page: null });
  };
  const walk = (node: Node, role: Block["role"]) => {
    if (isText(node)) {
      buffer += node.data;
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      flush(role);
      return;
    }
    if (HEADINGS.has(name)) {
      flush(role);
      buffer = DomUtils.textContent(node);
      flush("section-heading");
      return;
    }
    if (name === "tr") {
      flush(role);
      const cells = node.children
        .filter((c) => isElement(c) && (c.name === "td" || c.name === "th"))
        .map((c) => collapse(DomUtils.textContent(c)));
      if (cells.some((c) => c !== "")) out.push({ role: "table-row", text: cells.join("\t"), cells, page: null });
      return;
    }
    const inner: Block["role"] = name === "li" ? "list-item" : role;
    const block = name === "li" || BLOCKS.has(name);
    if (block) flush(role);
    for (const child of node.children) walk(child, inner);
    if (block) flush(inner);
  };
  for (const node of parseDocument(html, { decodeEntities: true }).children) walk(node, "paragraph");
  flush("paragraph");
  return out;
}
