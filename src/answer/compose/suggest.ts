// Offers the closest items when nothing answers: suggestions to look at, never claims.
import { rankItems, suggestionsFrom } from "../retrieve.ts";
import type { ComposeInput, Draft } from "./draft.ts";

/** Adds up to three partial matches to `draft.suggestions`. */
export async function addSuggestions(input: ComposeInput, draft: Draft): Promise<void> {
  const { retrieval, catalog, corpus } = input;
  if (retrieval.prepared.concepts.length === 0) return;
  for (const hit of suggestionsFrom(await rankItems(retrieval))) {
    const m = catalog.meetings[hit.doc.meeting];
    if (!m) continue;
    draft.suggestions.push({
      title: hit.doc.item.title,
      meetingDate: m.date,
      item: hit.doc.item.number,
      committee: m.committee,
      url: corpus.linkOf(hit.doc.meeting, hit.doc.item.number, input.publicBaseUrl),
    });
  }
}
