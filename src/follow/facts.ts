// The facts of a meeting an alert can be about (each decision, vote and agenda item, under a stable key), and
// whether a subscription matches one.

import { prepareTopic, scoreTopic, topicDoc } from "../answer/match.ts";
import { sameName } from "../answer/positions.ts";
import { caseKey } from "../domain/case-number.ts";
import type { AgendaItem, Meeting, Vote } from "../domain/index.ts";
import { foldPhrase } from "../search/index.ts";
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

/** True when the subscription's query matches the fact (the municipality is checked by the caller). */
export function matches(query: FollowQuery, fact: Fact, meeting: Meeting): boolean {
  switch (query.kind) {
    case "case":
      return caseKey(fact.item.caseNumber) === query.key;
    case "body":
      return foldPhrase(fact.body) === foldPhrase(query.key) || foldPhrase(meeting.committee) === foldPhrase(query.key);
    case "party":
      if (fact.vote) return entries(fact.vote).some((e) => e.party === query.key);
      return fact.text !== null && new RegExp(`\\(${query.key}\\)`, "u").test(fact.text);
    case "member":
      if (fact.vote) return entries(fact.vote).some((e) => e.name !== null && sameName(e.name, query.key));
      return fact.text !== null && foldPhrase(fact.text).includes(foldPhrase(query.key));
    case "topic": {
      const body = query.key.split("|")[1];
      if (body && foldPhrase(fact.body) !== foldPhrase(body) && foldPhrase(meeting.committee) !== foldPhrase(body))
        return false;
      return coversTopic(query.terms, `${fact.item.title}\n${fact.item.recommendation ?? ""}\n${fact.text ?? ""}`);
    }
  }
}

function entries(v: Vote) {
  return [...v.for, ...v.against, ...v.abstain];
}

/** Every concept counts alike: a subscription asks for all of them. */
const EVEN_RARITY = { documentFrequency: () => 1, itemCount: 1 };

/**
 * Every topic concept is found in the text, the way answers find a topic (match.ts): a word in any of its forms,
 * or as the head or tail of a compound ("budget" in "anlægsbudgettet"), never inside another word ("mad" in
 * "Madsen").
 */
export function coversTopic(terms: readonly (readonly string[])[], text: string): boolean {
  const concepts = terms.map((alternatives) => ({
    written: alternatives[0] ?? "",
    alternatives: [...alternatives],
    untranslated: false,
  }));
  const prepared = prepareTopic({ concepts, compounds: [], text: "" }, EVEN_RARITY);
  const searchable = prepared.concepts.filter((c) => c.alternatives.length > 0).length;
  if (searchable === 0) return false;
  return scoreTopic(prepared, topicDoc(prepared, [{ text, weight: 1 }])).matched.length === searchable;
}
