// Turns meetings into the searchable documents of the three indexes (fields in ranking.ts order).
import { itemsByNumber, type Meeting, type Vote } from "../domain/index.ts";
import type { SearchDocument } from "./build-inverted-index.ts";

/** One document per agenda item: title, recommendation, decision texts (with any vote text not in them), case text. */
export function itemDocuments(meetings: readonly Meeting[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  meetings.forEach((meeting, m) => {
    const votesOf = new Map<number, Vote[]>();
    for (const vote of meeting.votes) {
      const list = votesOf.get(vote.item);
      if (list) list.push(vote);
      else votesOf.set(vote.item, [vote]);
    }
    for (const item of meeting.items) {
      const decisions = item.decisions.map((d) => d.text);
      const joined = decisions.join("\n");
      // Votes stand in their decisions in the order they were read: each is looked for from where the one before
      // stood, and the whole text is searched again only for one not found there (once per distinct text). Looking
      // through the whole text for every vote took hours on a block of a hundred thousand votes.
      let from = 0;
      const inText = new Map<string, boolean>();
      for (const vote of votesOf.get(item.number) ?? []) {
        let found = inText.get(vote.text);
        if (found === undefined) {
          let at = joined.indexOf(vote.text, from);
          if (at < 0 && from > 0) at = joined.indexOf(vote.text);
          else if (at >= 0) from = at;
          found = at >= 0;
          inText.set(vote.text, found);
        }
        if (!found) decisions.push(vote.text);
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
    const items = itemsByNumber(meeting);
    meeting.votes.forEach((vote, v) => {
      const title = items.get(vote.item)?.title ?? "";
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
