// Answers "what was decided about X": the decision blocks of the matching items, quoted, per body and date.
import type { AgendaItem, Decision, DecisionOutcome, Vote } from "../../domain/index.ts";
import { OUTCOME_WORDS } from "../../parse/lexicon.ts";
import { bodyKey } from "../../records/vote-records.ts";
import { decisiveExcerpt, sentences } from "../excerpt.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { answeringItems, hasTopic, rankItems } from "../retrieve.ts";
import { asksWhoProposed } from "../understand/intent.ts";
import { exactDay } from "../understand/understand.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { addSuggestions } from "./suggest.ts";

const same = (a: string, b: string) => a.localeCompare(b, "da", { sensitivity: "base" }) === 0;

/** An item's decision blocks, narrowed to the asked body and day when the question names them and they exist. */
export function blocksFor(input: ComposeInput, decisions: readonly Decision[]): Decision[] {
  let blocks = [...decisions];
  const { bodies } = input.u;
  if (bodies.length > 0) {
    const byBody = blocks.filter((d) => bodies.some((b) => same(b, d.body)));
    if (byBody.length > 0) blocks = byBody;
  }
  const day = exactDay(input.u);
  if (day) {
    const onDay = blocks.filter((d) => d.date === day);
    if (onDay.length > 0) blocks = onDay;
  }
  return blocks.filter((d) => d.text.trim().length > 0);
}

export async function composeDecision(input: ComposeInput): Promise<Draft> {
  const { retrieval, book, catalog } = input;
  const draft = emptyDraft(book);
  // "Hvem stillede forslaget om X?": an item that is a member's or party's proposal answers with its proposers, also
  // before any decision (an agenda).
  const proposers = asksWhoProposed(input.u.question);
  const ranked = await rankItems(
    retrieval,
    (doc) =>
      doc.item.decisions.some((d) => d.text.trim().length > 0) || (proposers && doc.item.proposedBy !== undefined),
  );
  // Without a topic the question points at a meeting or an item: all its decisions in agenda order (the answer shows
  // a page of them and says how many more).
  const answering = hasTopic(retrieval)
    ? answeringItems(retrieval, ranked)
    : answeringItems(retrieval, ranked, ranked.length);
  if (answering.length === 0) {
    await addSuggestions(input, draft);
    return draft;
  }
  // A decision quoted again in a later item's history ("Sagens forløb": the committee's decision in Økonomiudvalget's
  // item) is one decision: shown once, under the deciding body's own meeting when that is among the answers, else
  // where first found.
  // (Blocks at their own meeting are always shown: two items of one meeting may both read "Godkendt.")
  const ownAt = (at: number, block: Decision) => {
    const m = catalog.meetings[answering[at]?.doc.meeting ?? -1];
    return m !== undefined && bodyKey(m.committee) === bodyKey(block.body) && m.date === block.date;
  };
  const shownAt = new Map<string, number>();
  answering.forEach((hit, at) => {
    for (const block of blocksFor(input, hit.doc.item.decisions)) {
      const key = sameDecisionKey(hit.doc.item, block);
      const seen = shownAt.get(key);
      if (seen === undefined || (ownAt(at, block) && !ownAt(seen, block))) shownAt.set(key, at);
    }
  });
  // In a long block, the sentences on the question's topic are quoted first ("Hvilket ekstra resultatkrav …?").
  const wanted = topicWanted(input);
  for (const [at, hit] of answering.entries()) {
    const m = catalog.meetings[hit.doc.meeting];
    if (!m) continue;
    const proposal = proposers ? hit.doc.item.proposedBy : undefined;
    if (proposal)
      draft.notes.push({
        kind: "item-proposers",
        citation: book.cite(hit.doc.meeting, hit.doc.item.number, proposal.text),
        by: proposal.by.map((e) => (e.name ? `${e.name}${e.party ? ` (${e.party})` : ""}` : (e.party ?? "?"))),
        quote: proposal.text,
      });
    for (const block of blocksFor(input, hit.doc.item.decisions)) {
      if (!ownAt(at, block) && shownAt.get(sameDecisionKey(hit.doc.item, block)) !== at) continue;
      const text = decisiveExcerpt(block.text, 420, wanted);
      const citation = book.cite(hit.doc.meeting, hit.doc.item.number, text);
      const index = hit.doc.item.decisions.indexOf(block);
      const votes = m.votes.filter((v) => v.item === hit.doc.item.number && v.decision === index);
      draft.decisions.push({
        body: block.body,
        date: block.date,
        text,
        citation,
        outcomes: decisionOutcomes(block.text, votes),
      });
    }
  }
  draft.status =
    draft.decisions.length > 0 || draft.notes.some((n) => n.kind === "item-proposers") ? "found" : "not_found";
  return draft;
}

/** How much a sentence is on the question's topic (0..1), for quoting a long block from what was asked. */
export function topicWanted(input: ComposeInput): (sentence: string) => number {
  const { prepared } = input.retrieval;
  if (prepared.concepts.length === 0) return () => 0;
  return (sentence) => scoreTopic(prepared, topicDoc(prepared, [{ weight: 1, text: sentence }])).coverage;
}

/** The same decision wherever it is quoted: its case (number, else the item's title), body, day and opening words. */
function sameDecisionKey(item: AgendaItem, block: Decision): string {
  const text = block.text.replace(/\s+/g, " ").trim().slice(0, 160).toLowerCase();
  return `${item.caseNumber ?? item.title.toLowerCase()}|${bodyKey(block.body)}|${block.date}|${text}`;
}

/** Who moved a vote: the member's name, else the party letter; null for the administration's recommendation. */
export function proposerOf(v: Vote): string | null {
  return v.proposedBy?.name ?? v.proposedBy?.party ?? null;
}

// "Indstillingen godkendt", "Anbefales godkendt", "godkendte indstillingen": the recommendation is what was settled.
const RECOMMENDATION = /(?<![\p{L}])(?:indstilling\p{L}*|anbefal(?:es|et|ede))(?![\p{L}])/iu;

/**
 * What a decision block settled: each recorded vote (a proposal or the recommendation, with its counts), or, when
 * the block holds no vote, its closing words ("Indstillingen godkendt": the recommendation, unanimously).
 */
export function decisionOutcomes(text: string, votes: readonly Vote[]): DecisionOutcome[] {
  const outcomes = outcomesOf(text, votes);
  // "1.-2. Anbefales.", "Økonomiudvalget anbefaler overfor Byrådet, at …": the body passed it on with its
  // recommendation; the council decides. Not when the body also decided in its own words ("godkendte …").
  return RECOMMENDS.test(text) && !DECIDES.test(text) ? outcomes.map((o) => ({ ...o, recommended: true })) : outcomes;
}

const RECOMMENDS = /(?<![\p{L}])anbefal(?:es|er|ede|et)(?![\p{L}])/iu;
const DECIDES = /(?<![\p{L}])(?:godkendte|vedtog|besluttede|forkastede|afviste|tiltrådte)(?![\p{L}])/iu;

function outcomesOf(text: string, votes: readonly Vote[]): DecisionOutcome[] {
  if (votes.length > 0) {
    const voted = votes.map((v): DecisionOutcome => {
      const proposer = proposerOf(v);
      // Named members are a vote each and party letters with numbers are their numbers; a bare party letter is a
      // group of unknown size ("Imod: A, C, Ø og M" is not four votes), so then no count is given. Nor when the
      // named votes cannot have carried the outcome: "godkendte … A og B stemte imod" names only the dissenters,
      // and the majority that adopted it is not counted anywhere (it is not "0–2").
      const sides = [v.for, v.against, v.abstain];
      const countable = sides.every((side) => side.every((e) => e.name !== null || e.count !== undefined));
      const [pro = 0, contra = 0, abstained = 0] = sides.map((side) => side.reduce((n, e) => n + (e.count ?? 1), 0));
      const carries = v.outcome === "adopted" ? pro > contra : contra >= pro;
      const counts = v.counts ?? (countable && carries ? { for: pro, against: contra, abstain: abstained } : null);
      return {
        what: proposer ? "proposal" : RECOMMENDATION.test(v.motion) ? "recommendation" : "motion",
        proposer,
        outcome: v.outcome,
        counts,
        unanimous: counts ? counts.against === 0 && counts.abstain === 0 : v.against.length + v.abstain.length === 0,
        ...(v.against.length > 0 && v.against.length <= FEW_AGAINST ? { against: v.against.map(entryLabel) } : {}),
      };
    });
    // "… stemte imod [a proposal]. Indstillingerne godkendt.": the recommendation's own outcome, stated beside the
    // votes without one of its own, belongs to the plain sentence too (without counts: none were given for it).
    if (voted.some((o) => o.what === "recommendation")) return voted;
    const evidence = votes.map((v) => `${v.text} ${v.motion}`.replace(/\s+/g, " "));
    const stated = sentences(text)
      .map((x) => x.replace(/\s+/g, " ").trim())
      .filter((x) => RECOMMENDATION.test(x) && !evidence.some((e) => e.includes(x)))
      .map(outcomeWordOf)
      .find((w) => w !== undefined);
    return stated
      ? [...voted, { what: "recommendation", proposer: null, outcome: stated.outcome, counts: null, unanimous: false }]
      : voted;
  }
  const word = outcomeWordOf(text);
  if (!word) return [];
  // Sub-points settled differently ("1. Anbefales. 2. Administrationens indstilling kan ikke anbefales."): no one
  // verb says it, and the quote that follows does.
  const settled = new Set(sentences(text).flatMap((x) => outcomeWordOf(x)?.outcome ?? []));
  if (settled.size > 1) return [];
  return [
    {
      what: RECOMMENDATION.test(text) ? "recommendation" : "motion",
      proposer: null,
      outcome: word.outcome,
      counts: null,
      // Closing words alone are unanimous; not when members or parties are named beside them with positions the
      // rules did not read ("John T. Olsen (A) følger Bjarke Abel (A) …", "Mehmet Zeki Dogru (Ø) anbefaler …").
      unanimous: !NAMES_A_PARTY.test(text),
    },
  ];
}

/** A party letter in parentheses: "(A)", "( Ø )". */
const NAMES_A_PARTY = /\(\s*[A-ZÆØÅ]{1,3}\s*\)/u;

/** A side this short is named in the plain first sentence ("godkendte indstillingen 4–1 (imod: Solveig Munk)"). */
const FEW_AGAINST = 3;

/** "Solveig Munk", "John T. Olsen (A)", "Ø": a vote entry as the minutes name it. */
const entryLabel = (e: Vote["for"][number]): string =>
  e.name ? `${e.name}${e.party ? ` (${e.party})` : ""}` : (e.party ?? "?");

/** The outcome word a text states; the lexicon lists negated words first ("ikke godkendt" before "godkendt"). */
function outcomeWordOf(text: string): (typeof OUTCOME_WORDS)[number] | undefined {
  const lower = text.toLowerCase();
  return OUTCOME_PATTERNS.find(({ pattern }) => pattern.test(lower))?.word;
}

// Compiled once: every decision block of every answer is read against them.
const OUTCOME_PATTERNS = OUTCOME_WORDS.map((word) => ({
  word,
  pattern: new RegExp(`(?<![\\p{L}])${word.word}(?![\\p{L}])`, "u"),
}));
