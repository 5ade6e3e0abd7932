// Official FirstAgenda links: a meeting page is `<site>/vis?<slug>&id=<meetingId>`, an item `…/vis?id=<meetingId>&punktid=<itemId>`.
import type { SourceRef } from "../../ingest/document.ts";

/** The site and meeting id a document's address gives, or null when it gives no meeting id. */
export function meetingLinkParts(
  ref: Pick<SourceRef, "url" | "documentId">,
): { origin: string; meetingId: string } | null {
  if (ref.url === null) return null;
  let url: URL;
  try {
    url = new URL(ref.url);
  } catch {
    return null;
  }
  const meetingId = url.searchParams.get("id") ?? ref.documentId;
  return meetingId ? { origin: url.origin, meetingId } : null;
}

/** The official link of one item of a meeting. */
export function itemLink(origin: string, meetingId: string, itemId: string): string {
  return `${origin}/vis?id=${encodeURIComponent(meetingId)}&punktid=${encodeURIComponent(itemId)}`;
}
