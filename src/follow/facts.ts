// The facts of a meeting an alert can be about (each decision, vote and agenda item, under a stable key), and
// whether a subscription matches one.

import { sameName } from "../answer/positions.ts";
import { caseKey } from "../domain/case-number.ts";
import type { AgendaItem, Meeting, Vote } from "../domain/index.ts";
import { analyze } from "../search/index.ts";
import type { FollowQuery } from "./store.ts";

export interface Fact {
  /** Stable across rebuilds: meeting key, kind, item, and the decision's body and day or the vote's place. */
  key: string;
  kind: "decision" | "vote" | "agenda";
  item: AgendaItem;
  /** The decision's or vote's text; null for an agenda item. */
  text: string | null;
  body: string;
  date: string;
  vote: Vote | null;
}

/** Every decision, vote and (for agendas, or items without a decision yet) agenda item of a meeting. */
export function meetingFacts(meeting: Meeting, meetingKey: string): Fact[] {
  const facts: Fact[] = [];
  for (const item of meeting.items) {
    const votes = meeting.votes.filter((v) => v.item === item.number);
    for (const d of item.decisions) {
      // Only decisions of this meeting: earlier bodies' decisions quoted under Sagsforløb were new elsewhere.
      if (d.date !== meeting.date) continue;
      facts.push({
        key: `${meetingKey}|decision|${item.number}|${d.body}|${d.date}`,
        kind: "decision",
        item,
        text: d.text,
        body: d.body,
        date: d.date,
        vote: null,
      });
    }
    votes.forEach((v, i) => {
      if (v.date !== meeting.date) return;
      facts.push({
        key: `${meetingKey}|vote|${item.number}|${v.body}|${v.date}|${i}`,
        kind: "vote",
        item,
        text: v.text,
        body: v.body,
        date: v.date,
        vote: v,
      });
    });
    if (meeting.documentType === "dagsorden" || !item.decisions.some((d) => d.date === meeting.date)) {
      facts.push({
        key: `${meetingKey}|agenda|${item.number}`,
        kind: "agenda",
        item,
        text: null,
        body: meeting.committee,
        date: meeting.date,
        vote: null,
      });
    }
  }
  return facts;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** True when the subscription's query matches the fact (the municipality is checked by the caller). */
export function matches(query: FollowQuery, fact: Fact, meeting: Meeting): boolean {
  switch (query.kind) {
    case "case":
      return caseKey(fact.item.caseNumber) === query.key;
    case "body":
      return fold(fact.body) === fold(query.key) || fold(meeting.committee) === fold(query.key);
    case "party":
      if (fact.vote) return entries(fact.vote).some((e) => e.party === query.key);
      return fact.text !== null && new RegExp(`\\(${query.key}\\)`, "u").test(fact.text);
    case "member":
      if (fact.vote) return entries(fact.vote).some((e) => e.name !== null && sameName(e.name, query.key));
      return fact.text !== null && fold(fact.text).includes(fold(query.key));
    case "topic": {
      const body = query.key.split("|")[1];
      if (body && fold(fact.body) !== fold(body) && fold(meeting.committee) !== fold(body)) return false;
      return coversTopic(query.terms, `${fact.item.title}\n${fact.item.recommendation ?? ""}\n${fact.text ?? ""}`);
    }
  }
}

function entries(v: Vote) {
  return [...v.for, ...v.against, ...v.abstain];
}

/** Every topic concept has an alternative whose analysed terms all occur in the text (stems, compounds as parts). */
export function coversTopic(terms: readonly (readonly string[])[], text: string): boolean {
  if (terms.length === 0) return false;
  const words = analyze(text);
  const have = new Set(words);
  const joined = words.join(" ");
  return terms.every((alternatives) =>
    alternatives.some((alt) => {
      const parts = analyze(alt);
      return parts.length > 0 && parts.every((p) => have.has(p) || joined.includes(p));
    }),
  );
}
