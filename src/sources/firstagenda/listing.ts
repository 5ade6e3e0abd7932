// FirstAgenda Publication's front-page listing -> the meetings it links to (date, body, agenda or minutes, id, link).
//
// Each meeting is an `a.searchresult` whose link is `/vis?<slug>&id=<meetingId>` and whose row holds, in order, the
// date ("08/10-2025"), the body and the document kind ("Dagsorden", "Referat"). Used by the sync connector to find
// meetings on sites whose API it cannot use, and by tests.
import { selectAll } from "css-select";
import { type Element, isTag } from "domhandler";
import { getAttributeValue } from "domutils";
import { z } from "zod";
import { findDate } from "../../parse/dates.ts";
import { DOCUMENT_TYPES } from "../../parse/lexicon.ts";
import { parseHtml, textOf, topElements } from "../../parse/read/html-blocks.ts";

export const ListingEntrySchema = z.object({
  /** The meeting's id in FirstAgenda (the `id=` of its link). */
  meetingId: z.string().min(1),
  /** Meeting date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The body as the listing names it. */
  body: z.string().min(1),
  /** What is published: the agenda or the minutes; null for another kind (the label says which). */
  documentType: z.enum(["referat", "dagsorden"]).nullable(),
  /** The kind as written ("Dagsorden", "Referat", "Tillæg"). */
  label: z.string(),
  /** Absolute link to the meeting page. */
  url: z.url({ protocol: /^https?$/ }),
});
export type ListingEntry = z.infer<typeof ListingEntrySchema>;

/** The texts of the row's cells: the element children of the link's `.row`, else of the link itself. */
function cells(link: Element): string[] {
  const row = selectAll(".row", link)[0] ?? link;
  const kids = row.children.filter(isTag);
  return (kids.length > 0 ? kids : [row]).map((k) => textOf(k)).filter((t) => t !== "");
}

/**
 * Reads the meetings a listing page links to, in page order, each once. `base` is the site's address, which the
 * page's relative links are resolved against. Rows without a meeting id or a readable date are skipped (they are not
 * meetings); the rest are validated.
 */
export function readListing(html: string, base: string): ListingEntry[] {
  const dom = parseHtml(html);
  const out: ListingEntry[] = [];
  const seen = new Set<string>();
  for (const a of selectAll("a.searchresult[href], #resultaterplaceholder a[href]", topElements(dom))) {
    const href = getAttributeValue(a, "href") ?? "";
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const meetingId = url.searchParams.get("id");
    if (!meetingId || seen.has(meetingId) || !/\/vis\/?$/u.test(url.pathname)) continue;
    const [dateText = "", body = "", label = ""] = cells(a);
    const date = findDate(dateText);
    if (!date || body === "") continue;
    seen.add(meetingId);
    const first = label.split(/\s+/u)[0]?.toLowerCase() ?? "";
    out.push(
      ListingEntrySchema.parse({
        meetingId,
        date,
        body,
        documentType: DOCUMENT_TYPES.find((t) => t.word === first)?.type ?? null,
        label,
        url: url.href,
      }),
    );
  }
  return out;
}
