// Answers "link to …": the source of a meeting or of one item, as deep a link as the source allows.
import { citationOf } from "../cite.ts";
import { answeringItems, findMeetings, hasTopic, type RankedItem, rankItems } from "../retrieve.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { addSuggestions } from "./suggest.ts";

export async function composeSource(input: ComposeInput): Promise<Draft> {
  const { u, retrieval, book, catalog } = input;
  const draft = emptyDraft(book);
  const namesMeeting = u.dates.length > 0 || u.bodies.length > 0 || u.municipality !== null;
  if (u.item !== null || hasTopic(retrieval)) {
    // An item: by number in the named meeting, or by topic.
    const ranked = await rankItems(retrieval);
    const refs = hasTopic(retrieval)
      ? answeringItems(retrieval, ranked).map(refOf)
      : (itemOfNamedMeeting(input) ?? ranked.slice(0, 1).map(refOf));
    for (const hit of refs) {
      const citation = book.cite(hit.meeting, hit.item);
      draft.matches.push({ quote: null, citation });
    }
    if (draft.matches.length === 0) {
      const meetings = findMeetings(retrieval);
      const m = meetings[0];
      if (u.item !== null && m !== undefined) {
        const c = citationOf(input.corpus, m, null, null, input.publicBaseUrl);
        draft.notes.push({ kind: "no-item", item: u.item, committee: c.committee, date: c.meetingDate, url: c.url });
      } else if (namesMeeting && meetings.length === 0) {
        draft.notes.push({ kind: "no-meeting" });
      } else await addSuggestions(input, draft);
      return draft;
    }
    draft.status = "found";
    return draft;
  }
  const meetings = findMeetings(retrieval);
  if (meetings.length === 0) {
    draft.notes.push({ kind: "no-meeting" });
    return draft;
  }
  // A body's meetings when they are asked for (newest first; the answer shows a page of them); else a day names
  // one meeting per committee, and without one the newest meeting that fits answers.
  const chosen = u.listsMeetings
    ? meetings
    : u.dates.some((d) => d.kind === "day")
      ? meetings.slice(0, 3)
      : meetings.slice(0, 1);
  for (const m of chosen) {
    if (!catalog.meetings[m]) continue;
    draft.matches.push({ quote: null, citation: book.cite(m, null) });
  }
  draft.status = "found";
  return draft;
}

const refOf = (x: RankedItem) => ({ meeting: x.doc.meeting, item: x.doc.item.number });

/**
 * "Item 2 of Økonomiudvalget's meeting on 3 December 2024": the item of the meeting the question names itself (its
 * committee and day), before an item of another meeting that only records a decision block of that body and day.
 */
function itemOfNamedMeeting(input: ComposeInput): { meeting: number; item: number }[] | null {
  const { u, retrieval, catalog } = input;
  if (u.item === null) return null;
  for (const meeting of findMeetings(retrieval)) {
    const item = catalog.meetings[meeting]?.items.find((i) => i.number === u.item);
    if (item) return [{ meeting, item: item.number }];
  }
  return null;
}
