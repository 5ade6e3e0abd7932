// Turns meetings into the searchable documents of the three indexes (fields in ranking.ts order).
import type { Meeting } from "../domain/index.ts";
import type { SearchDocument } from "./build-inverted-index.ts";

/** One document per agenda item: title, recommendation, decision texts (with any vote text not in them), case text. */
export function itemDocuments(meetings: readonly Meeting[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  meetings.forEach((meeting, m) => {
    for (const item of meeting.items) {
      const decisions = item.decisions.map((d) => d.text);
      const joined = decisions.join("\n");
      for (const vote of meeting.votes) {
        if (vote.item === item.number && !joined.includes(vote.text)) decisions.push(vote.text);
      }
      documents.push({
        meeting: m,
        key: item.number,
        fields: [item.title, item.recommendation ?? "", decisions.join("\n\n"), item.text],
      });
    }
  });
  return documents;
}

/** One document per vote: its sentences, its motion, and its item's title (the topic people name). */
export function voteDocuments(meetings: readonly Meeting[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  meetings.forEach((meeting, m) => {
    meeting.votes.forEach((vote, v) => {
      const title = meeting.items.find((item) => item.number === vote.item)?.title ?? "";
      documents.push({ meeting: m, key: v, fields: [vote.text, vote.motion, title] });
    });
  });
  return documents;
}

/** One document per row of a "Kommende sager" table. */
export function upcomingDocuments(meetings: readonly Meeting[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  meetings.forEach((meeting, m) => {
    meeting.upcoming.forEach((row, r) => {
      documents.push({ meeting: m, key: r, fields: [row.title, row.responsible ?? ""] });
    });
  });
  return documents;
}
