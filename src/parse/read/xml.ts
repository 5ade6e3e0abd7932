// XML exports (eDoc, Acadre) -> a small element tree, through saxes (a conformant streaming parser).
//
// Publishing systems export XML that is not always well-formed: eDoc writes form feeds as `&#xC;`, a character
// reference XML forbids. Such a fault inside a text is recoverable: the reference is dropped, the rest of the text
// kept, and the fault is reported by line in `problems`. A fault in the structure (a tag left open, a document cut
// short, text after the root) is not: it throws a ParseError that names the file, the line and the fault.
import { SaxesParser } from "saxes";
import { ParseError } from "../parse-error.ts";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlTree {
  root: XmlElement;
  /** Recovered faults, one line each ("line 8497: malformed character entity &#xC; dropped"). */
  problems: string[];
}

/** Faults inside character data that lose at most the offending reference or character. */
const RECOVERABLE = [
  /malformed character entity/iu,
  /disallowed character/iu,
  /character reference/iu,
  /undefined entity/iu,
  /invalid character/iu,
];

/** The reference written near a fault, for the message ("&#xC;"). */
function referenceNear(lines: readonly string[], line: number, column: number): string | null {
  const text = lines[line - 1] ?? "";
  const start = text.lastIndexOf("&", Math.max(0, column - 1));
  if (start < 0 || column - start > 16) return null;
  const end = text.indexOf(";", start);
  return end > start && end - start <= 12 ? text.slice(start, end + 1) : null;
}

/** Parses XML text; recoverable faults go to `problems`, structural ones throw a ParseError naming `file`. */
export function parseXml(text: string, file: string): XmlTree {
  const parser = new SaxesParser({ position: true });
  const problems: string[] = [];
  const fatal: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let sourceLines: string[] | null = null;
  /** References saxes reported and passed on literally: removed from the text they end up in. */
  const pendingDrops: string[] = [];

  parser.on("error", (error) => {
    const where = `line ${parser.line}`;
    const what = error.message.replace(/^(?:.*?:)?\d+:\d+: /u, "").replace(/\.$/u, "");
    if (RECOVERABLE.some((r) => r.test(what)) && root !== null) {
      sourceLines ??= text.split(/\r\n|\r|\n/u);
      const ref = referenceNear(sourceLines, parser.line, parser.column);
      if (ref) pendingDrops.push(ref);
      problems.push(
        ref ? `${where}: invalid character reference ${ref} dropped` : `${where}: ${what} (left as written)`,
      );
    } else fatal.push(`${where}: ${what}`);
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === "string" ? v : v.value;
    const element: XmlElement = { name: tag.name, attributes, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root === null) root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (raw: string) => {
    let t = raw;
    while (pendingDrops.length > 0) {
      const ref = pendingDrops[0] as string;
      const at = t.indexOf(ref);
      if (at < 0) break;
      t = t.slice(0, at) + t.slice(at + ref.length);
      pendingDrops.shift();
    }
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  try {
    parser.write(text).close();
  } catch (error) {
    fatal.push(`line ${parser.line}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (root === null) throw new ParseError(file, "not XML: no root element");
  if (fatal.length > 0) {
    const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more faults)` : "";
    throw new ParseError(file, `malformed XML, ${fatal[0]}${more}`);
  }
  return { root, problems };
}

/** The child elements named `name` (all child elements when no name is given). */
export function children(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name),
  );
}

/** The first child element named `name`, or null. */
export function child(element: XmlElement, name: string): XmlElement | null {
  return children(element, name)[0] ?? null;
}

/** The element's text (all descendant text), as written. */
export function textContent(element: XmlElement | null): string {
  if (element === null) return "";
  return element.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

/** The text of the element at a path of child names ("Document/Title"); "" when absent. */
export function textAt(element: XmlElement, path: string): string {
  let at: XmlElement | null = element;
  for (const name of path.split("/")) {
    if (at === null) return "";
    at = child(at, name);
  }
  return textContent(at);
}
