// A meeting's stable id: from its publishing system when it has one, else from what the minutes say.
import type { SourceRef } from "../domain/index.ts";
import { fileRef } from "./source-ref.ts";

// Danish letters spelled out the way Danish URLs write them ("Helsingør" → "helsingor").
const SLUG_LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "aa" };

/**
 * "firstagenda:02e86ff6-…" for a document of a publishing system (so a file renamed, re-downloaded or turned from
 * agenda into minutes stays the same meeting); for a plain file a slug of municipality, body and date,
 * "helsingor-social-og-beskaeftigelsesudvalget-2020-12-09", agendas ending in "-dagsorden" (so the same minutes as
 * PDF and as text, or under two names, are one meeting).
 */
export function meetingIdOf(
  ref: Pick<SourceRef, "system" | "documentId">,
  meeting: { municipality: string | null; committee: string; date: string; documentType: "referat" | "dagsorden" },
): string {
  if (ref.system !== "file" && ref.documentId) return `${ref.system}:${ref.documentId}`;
  const parts = [meeting.municipality ?? "", meeting.committee, meeting.date];
  if (meeting.documentType === "dagsorden") parts.push("dagsorden");
  return slug(parts.join(" "));
}

/** Lower case ASCII letters and digits joined by hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => SLUG_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Id and SourceRef for a meeting made in memory (bench corpora, hand-made test meetings) as if read from a file
 * named `source`: there are no bytes, so the hash is of the name.
 */
export function inMemoryIdentity(
  source: string,
  meeting: { municipality: string | null; committee: string; date: string; documentType: "referat" | "dagsorden" },
): { id: string; sourceRef: SourceRef } {
  return {
    id: meetingIdOf({ system: "file", documentId: null }, meeting),
    sourceRef: fileRef(source, source),
  };
}
