// Stable, URL-safe ids for meetings: the viewer's page names and the fallback citation links.
import type { Meeting } from "../domain/index.ts";

// Danish letters spelled out the way Danish URLs write them ("Helsingør" → "helsingor").
const SLUG_LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "aa" };

/** "helsingor-social-og-beskaeftigelsesudvalget-2020-12-09" (agendas end in "-dagsorden"). */
export function meetingId(meeting: Meeting): string {
  const parts = [meeting.municipality ?? "", meeting.committee, meeting.date];
  if (meeting.documentType === "dagsorden") parts.push("dagsorden");
  return slug(parts.join(" "));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => SLUG_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
