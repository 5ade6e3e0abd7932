// The link an answer cites for a meeting or one of its items: the official source when known, else the viewer.
import type { LoadedIndex } from "./load-index.ts";

/**
 * The link for a meeting (item null) or one of its items, most precise first: the item's own official page (a
 * publishing system's item link); the meeting's official URL from sources.json or from its source (with `#page=N`
 * on a PDF when the item's page is known); else the built-in viewer's page for the meeting at `publicBaseUrl`,
 * anchored at the item. Null when the meeting is not in the index.
 */
export function citationUrl(
  index: LoadedIndex,
  meeting: number,
  item: number | null,
  publicBaseUrl: string,
): string | null {
  const found = index.meetings[meeting];
  if (!found) return null;
  const name = index.manifest.inputs[meeting]?.name ?? found.source;
  const agendaItem = item === null ? undefined : found.items.find((i) => i.number === item);
  if (agendaItem?.url) return agendaItem.url;
  const official = index.sources[name]?.url ?? found.sourceRef.url;
  if (official) {
    const page = agendaItem ? (agendaItem.sourcePage ?? agendaItem.page) : null;
    const isPdf = /\.pdf$/i.test(new URL(official).pathname) || /\.pdf$/i.test(name);
    return page && isPdf && !official.includes("#") ? `${official}#page=${page}` : official;
  }
  const base = publicBaseUrl.replace(/\/+$/, "");
  const anchor = item === null ? "" : `#punkt-${item}`;
  return `${base}/meetings/${encodeURIComponent(found.id)}${anchor}`;
}
