// Answers an open question: the best matching items, each with the sentence that decides it quoted.

import { partyName } from "../../domain/index.ts";
import { stem, tokenize } from "../../search/index.ts";
import { DECISIVE_WORDS, decisiveExcerpt, sentences } from "../excerpt.ts";
import type { ItemDoc } from "../item-doc.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { namesSubject, type Subject } from "../positions.ts";
import { answeringItems, hasTopic, type RankedItem, rankItems } from "../retrieve.ts";
import { activitySpans, asksWhoAppointed, saysActivity } from "../understand/intent.ts";
import { findMembers } from "../understand/member.ts";
import { findParties } from "../understand/party.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { askedFor } from "./not-stated.ts";
import { addSuggestions } from "./suggest.ts";
import { subjectOf } from "./vote.ts";

/**
 * The sentence of an item that best carries the topic, decision sentences first; the decision when none does. In a
 * search scoped to a member or party, only sentences naming them are read (any of them when there is no topic).
 */
export function decisiveSentence(input: ComposeInput, hit: RankedItem, scope: Subject | null = null): string | null {
  const { item } = hit.doc;
  const sources: { text: string; weight: number }[] = [
    ...item.decisions.map((d) => ({ text: d.text, weight: 1.2 })),
    { text: item.recommendation ?? "", weight: 1 },
    { text: item.text, weight: 0.9 },
  ];
  let best: { s: string; score: number } | null = null;
  const asksWho = !scope && ASKS_WHO.test(input.u.question);
  const wanted = askedFor(input.u.question);
  // "Hvad bemærkede udvalget om X?": a sentence with the question's own activity verb in any form ("Udvalget
  // bemærker, at …") says what was asked for.
  const verbs = scope ? [] : activityStems(input.u.question);
  // Asked who, every sentence naming someone on the topic is a part of the answer ("SF tog forbehold …", "V og LA tog
  // forbehold"): they are kept in the order of the minutes, and the best ones quoted together.
  const named: { s: string; score: number }[] = [];
  for (const src of sources) {
    for (const s of sentences(src.text)) {
      if (s.length < 12) continue;
      if (scope && !namesSubject(s, scope)) continue;
      const { prepared } = input.retrieval;
      const topical = scoreTopic(prepared, topicDoc(prepared, [{ text: s, weight: 1 }])).score;
      const score = (scope && !hasTopic(input.retrieval) ? 1 : topical) * src.weight;
      const names = asksWho && score > 0 && namesSomeone(input, s);
      // Asked for one thing ("how much", "who won"), a sentence that states it comes first.
      // (The item carries the topic: the sentence need not.)
      const states = wanted.some((r) => r.named.test(s));
      const verb = verbs.length > 0 && usesVerb(s, verbs);
      // Scoped to a member or party, what they asked, wanted or proposed comes before how they voted; asked who
      // (or which parties), a sentence that names some party or member comes before one that names nobody.
      const bonus =
        (DECISIVE_WORDS.test(s) ? 0.05 : 0) +
        (scope && saysActivity(s) ? 0.5 : 0) +
        (names ? 1 : 0) +
        (states ? 2 : 0) +
        (verb ? 1.5 : 0);
      if (names && !named.some((n) => n.s === s)) named.push({ s, score: score + bonus });
      if ((score > 0 || scope || states || verb) && (!best || score + bonus > best.score))
        best = { s, score: score + bonus };
    }
  }
  if (best && named.length > 1) {
    const top = best.score;
    const kept = named.filter((n) => n.score >= top * WHO_CLOSE_TO_BEST).slice(0, WHO_MAX_SENTENCES);
    return decisiveExcerpt(kept.map((n) => n.s).join(" "), 420);
  }
  if (best) return decisiveExcerpt(best.s, 300);
  const first = item.decisions[0];
  return first ? decisiveExcerpt(first.text, 300) : null;
}

/** Asked who: sentences naming someone scoring at least this share of the best are quoted with it, at most this many. */
const WHO_CLOSE_TO_BEST = 0.8;
const WHO_MAX_SENTENCES = 3;

/** The stems of the activity verbs a question uses ("bemærkede" → "bemærk"). */
function activityStems(question: string): string[] {
  return activitySpans(question).flatMap((span) => tokenize(question.slice(span.start, span.end)).map(stem));
}

const MIN_VERB_STEM = 5;

/** The sentence uses one of the verbs, in any form (stems that are one the other's start: "bemaerked", "bemaerk"). */
function usesVerb(sentence: string, stems: readonly string[]): boolean {
  return tokenize(sentence).some((w) => {
    const x = stem(w);
    return x.length >= MIN_VERB_STEM && stems.some((st) => x.startsWith(st) || st.startsWith(x));
  });
}

/** "Hvem …", "Which parties …": the question asks who. */
const ASKS_WHO =
  /(?<![\p{L}])(?:hvem|hvilke(?:t)?\s+(?:partier|parti|medlemmer|politikere|grupper)|which\s+(?:part(?:y|ies)|members?|politicians?|groups?)|who)(?![\p{L}])/iu;

/** The sentence names a party (by name or letter) or a member the minutes know. */
function namesSomeone(input: ComposeInput, sentence: string): boolean {
  const { lexicon, u } = input;
  return (
    findParties(sentence, u.language, lexicon.partyLetters).length > 0 ||
    findMembers(sentence, lexicon.members).length > 0
  );
}

export async function composeSearch(input: ComposeInput): Promise<Draft> {
  const { retrieval, book } = input;
  const draft = emptyDraft(book);
  // "What did Charlotte Munch ask about?", "Hvad ønskede gruppe A om X?": the items whose decisions or text name the
  // member or party, and in them the sentences that do.
  const asked = input.u.intentExplicit ? subjectOf(input) : null;
  // A member's group often speaks as the party ("(Ø) foreslog, at sagen udskydes"): when no item names the member,
  // the items naming their party answer, quoted as they stand.
  const partyOf = (s: Subject): Subject | null =>
    s.kind === "member" && s.party ? { kind: "party", key: s.party, party: s.party } : null;
  const textsOf = (doc: ItemDoc) => [
    ...doc.item.decisions.map((d) => d.text),
    doc.item.recommendation ?? "",
    doc.item.text,
  ];
  const names = (doc: ItemDoc, scope: Subject | null) =>
    scope === null || textsOf(doc).some((t) => namesSubject(t, scope));
  // Items where they are said to have asked, wanted or proposed something answer first; else any naming them.
  const acts = (doc: ItemDoc, scope: Subject | null) =>
    scope !== null &&
    textsOf(doc).some(
      (t) => namesSubject(t, scope) && sentences(t).some((x) => saysActivity(x) && namesSubject(x, scope)),
    );
  const rankScoped = async (scope: Subject | null): Promise<RankedItem[]> => {
    const acting = scope ? await rankItems(retrieval, (doc) => acts(doc, scope)) : [];
    return acting.length > 0 && answeringItems(retrieval, acting).length > 0
      ? acting
      : await rankItems(retrieval, (doc) => names(doc, scope));
  };
  let scope = asked;
  let ranked = await rankScoped(scope);
  const party = asked ? partyOf(asked) : null;
  if (party && hasTopic(retrieval) && answeringItems(retrieval, ranked).length === 0) {
    const byParty = await rankScoped(party);
    if (answeringItems(retrieval, byParty).length > 0) {
      scope = party;
      ranked = byParty;
    }
  }
  if (scope) {
    const L = input.u.language;
    let name = scope.kind === "member" ? scope.key : partyName(scope.key, L);
    // Found through the member's party: say whose party it is.
    if (scope !== asked && asked?.kind === "member")
      name += L === "da" ? `, ${asked.key}s parti` : `, ${asked.key}'s party`;
    draft.subject = { kind: scope.kind, name, party: scope.party };
  }
  // Without a topic the question names an item (or a meeting, or its closed items): show them all, in agenda order
  // (the answer shows a page of them and says how many more).
  const answering = hasTopic(retrieval)
    ? answeringItems(retrieval, ranked)
    : answeringItems(retrieval, ranked, ranked.length);
  if (answering.length === 0) {
    await addSuggestions(input, draft);
    return draft;
  }
  const appointed = asksWhoAppointed(input.u.question);
  for (const hit of answering) {
    const quote = decisiveSentence(input, hit, scope);
    draft.matches.push({ quote, citation: book.cite(hit.doc.meeting, hit.doc.item.number, quote) });
    if (appointed) addAppointments(input, draft, hit);
  }
  draft.status = "found";
  return draft;
}

/**
 * "Hvem blev valgt til Idrætsrådet?": the people the item's decision blocks record as elected or appointed, one fact per
 * sentence, each citing the item with that sentence.
 */
function addAppointments(input: ComposeInput, draft: Draft, hit: RankedItem): void {
  const m = input.catalog.meetings[hit.doc.meeting];
  const mine = (m?.appointments ?? []).filter((a) => a.item === hit.doc.item.number);
  for (const text of new Set(mine.map((a) => a.text))) {
    const same = mine.filter((a) => a.text === text);
    const first = same[0];
    if (!first) continue;
    draft.notes.push({
      kind: "appointments",
      citation: input.book.cite(hit.doc.meeting, hit.doc.item.number, text),
      people: same.map((a) => `${a.name}${a.party ? ` (${a.party})` : ""}`),
      role: first.role,
      to: first.to,
      quote: text,
    });
  }
}
