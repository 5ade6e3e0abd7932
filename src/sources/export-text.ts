// Text fields of XML exports (eDoc's FullText, Acadre's fields) as lines and blocks, and which of their links to cite.
import type { Block } from "../ingest/document.ts";
import type { Line } from "../parse/line.ts";

/**
 * A text field's lines, right-trimmed; one blank line kept between paragraphs (the grammar reads paragraph breaks
 * from them), none at the start or the end.
 */
export function exportLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.replace(/\f/gu, "\n").split(/\r\n|\r|\n/u)) {
    const t = raw.replace(/[ \u00a0]+$/u, "");
    if (t.trim() === "" && (out.length === 0 || out[out.length - 1]?.text === "")) continue;
    out.push({ text: t.trim() === "" ? "" : t, page: null });
  }
  while (out.length > 0 && out[out.length - 1]?.text === "") out.pop();
  return out;
}

/** One block per line, as the text reader makes them: tab-separated lines are table rows. */
export function exportBlocks(lines: readonly Line[]): Block[] {
  return lines.map((line) =>
    line.text.includes("\t")
      ? { role: "table-row", text: line.text, cells: line.text.split("\t"), page: line.page }
      : { role: "paragraph", text: line.text, page: line.page },
  );
}

/**
 * A link from an export worth citing: http(s) on a public host. Exports also carry links to the system's internal
 * server ("http://edocfarm/…"), which no reader can open: those, and anything that is not a URL, give null.
 */
export function publicUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname;
  if (!host.includes(".") || host === "localhost" || /^(?:127|10|192\.168)\./u.test(host) || host.endsWith(".local"))
    return null;
  return url.href;
}
