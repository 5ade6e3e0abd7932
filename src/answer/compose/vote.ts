// Answers "how did X vote on Y": every recorded vote on the matching items with the asked party's or member's position.
import type { AnswerVote, Decision, Vote, VoteEntry } from "../../domain/index.ts";
import { partyName } from "../../domain/index.ts";
import { subPoint } from "../../parse/rules/sub-point.ts";
import { bodyKey } from "../../records/vote-records.ts";
import { foldPhrase } from "../../search/index.ts";
import { decisiveExcerpt, oneLine, sentences } from "../excerpt.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { readPosition, type Subject } from "../positions.ts";
import { answeringItems, hasTopic, type RankedItem, RETRIEVAL, rankItems } from "../retrieve.ts";
import { exactDay } from "../understand/understand.ts";
import { blocksFor, composeDecision, decisionOutcomes, proposerOf, topicWanted } from "./decision.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { addSuggestions } from "./suggest.ts";

/** The subject of a vote question: the member when one is named, else the party. */
export function subjectOf(input: ComposeInput): Subject | null {
  const { u } = input;
  if (u.member) return { kind: "member", key: u.member.name, party: u.member.party };
  if (u.party) return { kind: "party", key: u.party, party: u.party };
  return null;
}

/**
 * What the minutes write for an entry with neither name nor party: a member outside the parties ("Imod stemte UP"),
 * the only kind of entry the parser keeps without either (see partyRef).
 */
export const INDEPENDENT_LABEL = "UP";

/** "Marlene Harpsøe (O)", a party group "C(9)", or "UP" for an unnamed member outside the parties. */
export function entryText(e: VoteEntry): string {
  if (e.name) return e.party ? `${e.name} (${e.party})` : e.name;
  return `${e.party ?? INDEPENDENT_LABEL}${e.count !== undefined ? `(${e.count})` : ""}`;
}

const same = (a: string, b: string) => a.localeCompare(b, "da", { sensitivity: "base" }) === 0;

/** Votes recorded under an item, narrowed to the asked body and day when the question names them. */
function votesOf(input: ComposeInput, meeting: number, item: number): Vote[] {
  const { u, catalog } = input;
  const m = catalog.meetings[meeting];
  if (!m) return [];
  let votes = m.votes.filter((v) => v.item === item);
  const bodies = u.bodies;
  if (bodies.length > 0) {
    const byBody = votes.filter((v) => bodies.some((b) => same(b, v.body)));
    // The body can name the meeting's committee rather than the voting body: keep all then.
    if (byBody.length > 0) votes = byBody;
  }
  const day = exactDay(u);
  if (day) {
    const onDay = votes.filter((v) => v.date === day);
    if (onDay.length > 0) votes = onDay;
  }
  return votes;
}

/**
 * Of an item's votes, the ones on the topic: all when the item's title carries the topic, else those whose motion
 * or sentences cover it (all again when none does).
 */
function votesOnTopic(input: ComposeInput, title: string, votes: Vote[]): Vote[] {
  const { retrieval } = input;
  if (retrieval.prepared.concepts.length === 0) return votes;
  const { prepared } = retrieval;
  const titleCoverage = scoreTopic(prepared, topicDoc(prepared, [{ text: title, weight: 1 }])).coverage;
  if (titleCoverage >= RETRIEVAL.minCoverage) return votes;
  const onTopic = votes.filter((v) => motionCoverage(input, v) >= RETRIEVAL.minCoverage);
  return onTopic.length > 0 ? onTopic : votes;
}

/** True when the item's decision blocks that hold its votes cover the question's topic. */
function decisionsCoverTopic(input: ComposeInput, x: RankedItem): boolean {
  const { prepared } = input.retrieval;
  const votes = votesOf(input, x.doc.meeting, x.doc.item.number);
  const blocks = new Set(votes.map((v) => v.decision));
  const text = x.doc.item.decisions
    .filter((_, k) => blocks.has(k))
    .map((d) => d.text)
    .join("\n");
  return (
    text !== "" && scoreTopic(prepared, topicDoc(prepared, [{ text, weight: 1 }])).coverage >= RETRIEVAL.minCoverage
  );
}

/** How fully a vote's motion and sentences cover the question's topic (0..1). */
function motionCoverage(input: ComposeInput, v: Vote): number {
  const { prepared } = input.retrieval;
  return scoreTopic(prepared, topicDoc(prepared, [{ text: `${v.motion}\n${v.text}`, weight: 1 }])).coverage;
}

export async function composeVote(input: ComposeInput): Promise<Draft> {
  const { u, catalog, retrieval, book } = input;
  const draft = emptyDraft(book);
  const subject = subjectOf(input);
  if (subject) {
    draft.subject = {
      kind: subject.kind,
      name: subject.kind === "member" ? subject.key : partyName(subject.key, u.language),
      party: subject.party,
    };
  }
  const hasVotes = (meeting: number, item: number) =>
    catalog.meetings[meeting]?.votes.some((v) => v.item === item) ?? false;
  const topic = hasTopic(retrieval);
  // Without a topic, a subject's votes are what is asked: only the items where the subject is named answer, and
  // the catalog knows which items' votes name them.
  const named = (meeting: number, item: number) =>
    subject !== null && votesOf(input, meeting, item).some((v) => readPosition(v, subject).position);
  const among = subject && !topic ? catalog.itemsWithVotesNaming(subject) : undefined;
  const ranked = await rankItems(
    retrieval,
    (doc) => hasVotes(doc.meeting, doc.item.number) && (!among || named(doc.meeting, doc.item.number)),
    { among },
  );
  // A vote item far weaker than the best item on the topic is about something else: then the best item's
  // decision (without a recorded vote) answers. A vote item that is weaker but not far weaker answers when its
  // votes themselves are on the topic (a motion to close the council the question names), not when only the
  // item's text shares words with it (the best item is then the one asked about, and it has no recorded vote).
  const bestOverall = topic ? (answeringItems(retrieval, await rankItems(retrieval), 1)[0]?.score ?? 0) : 0;
  // The votes are on the topic when their motions are, or when the decision that records them speaks of it (the
  // votes on two candidacies under a decision about the committee's reorganisation); not when only the item's case
  // text does.
  const votesCoverTopic = (x: RankedItem) =>
    votesOf(input, x.doc.meeting, x.doc.item.number).some((v) => motionCoverage(input, v) >= RETRIEVAL.minCoverage) ||
    decisionsCoverTopic(input, x);
  const answering = answeringItems(retrieval, ranked, 5).filter(
    (x) =>
      x.score >= bestOverall * RETRIEVAL.minShareOfBestForVotes &&
      (x.score >= bestOverall * RETRIEVAL.closeToBest || votesCoverTopic(x)),
  );

  if (answering.length === 0) {
    // Items on the topic without a split vote: say so, with their decisions.
    const decided = await composeDecision(input);
    if (decided.status === "found") {
      const citations = [...new Set(decided.decisions.map((d) => d.citation))];
      return {
        ...decided,
        subject: draft.subject,
        status: "not_found",
        notes: [{ kind: "no-recorded-vote", citations }],
      };
    }
    await addSuggestions(input, draft);
    return draft;
  }

  let withoutSubject = 0;
  const nullVotes: { vote: Omit<AnswerVote, "citation">; meeting: number; item: number; text: string }[] = [];
  // A vote quoted again in another body's minutes (a committee's vote in Økonomiudvalget's item) is one vote: it is
  // reported once, under the voting body's own meeting when that is among the answers, else where first found.
  const onTopic = answering.map((hit) => ({
    hit,
    votes: votesOnTopic(input, hit.doc.item.title, votesOf(input, hit.doc.meeting, hit.doc.item.number)).map((v) => ({
      v,
      key: sameVoteKey(v),
    })),
  }));
  // The meetings (body and day) the answering items stand in.
  const shownMeetings = new Set(
    answering.flatMap((x) => {
      const m = catalog.meetings[x.doc.meeting];
      return m ? [meetingKey(m.committee, m.date)] : [];
    }),
  );
  const owner = new Map<string, RankedItem>();
  for (const { hit, votes } of onTopic) {
    const m = catalog.meetings[hit.doc.meeting];
    for (const { v, key } of votes) {
      const own = m !== undefined && bodyKey(m.committee) === bodyKey(v.body) && m.date === v.date;
      if (!owner.has(key) || own) owner.set(key, hit);
    }
  }
  for (const { hit, votes } of onTopic) {
    const { meeting } = hit.doc;
    const reported: Vote[] = [];
    for (const { v } of votes.filter(({ key }) => owner.get(key) === hit)) {
      const reading = subject ? readPosition(v, subject) : { position: null, basis: null, members: [], split: null };
      const vote: Omit<AnswerVote, "citation"> = {
        body: v.body,
        date: v.date,
        motion: oneLine(v.motion || v.text, 160),
        outcome: v.outcome,
        position: reading.position,
        positionBasis: reading.basis,
        members: reading.members,
        counts: v.counts,
        ...(reading.split ? { split: reading.split } : {}),
      };
      if (subject && reading.position === null) {
        withoutSubject += 1;
        nullVotes.push({ vote, meeting, item: hit.doc.item.number, text: v.text });
        continue;
      }
      draft.votes.push({ ...vote, citation: book.cite(meeting, hit.doc.item.number, v.text || null) });
      reported.push(v);
      draft.notes.push({
        kind: "vote-detail",
        vote: draft.votes.length - 1,
        proposer: proposerOf(v),
        sides: subject
          ? null
          : { for: v.for.map(entryText), against: v.against.map(entryText), abstain: v.abstain.map(entryText) },
        quote: v.text || null,
      });
    }
    // The item's decisions without a split vote answer too ("the committee unanimously approved the budget wish").
    addUnanimousDecisions(input, draft, meeting, hit.doc.item.number, shownMeetings);
    // "Hvorfor stemte …?" / "why did … propose": the blocks holding the reported votes, quoted from the topic's and
    // the reasons' sentences (a proposal's reasons stand between it and its vote: "Alene i 2020 har rådet brugt …").
    if (ASKS_WHY.test(input.u.question)) addReasons(input, draft, meeting, hit.doc.item.number, reported);
  }
  if (subject && draft.votes.length === 0) {
    // The subject is in none of the votes: list them without a position, so the record is visible.
    for (const nv of nullVotes) {
      draft.votes.push({ ...nv.vote, citation: book.cite(nv.meeting, nv.item, nv.text || null) });
      draft.notes.push({
        kind: "vote-detail",
        vote: draft.votes.length - 1,
        proposer: null,
        sides: null,
        quote: nv.text || null,
      });
    }
    draft.notes.push({ kind: "subject-not-in-votes" });
  } else if (withoutSubject > 0) {
    draft.notes.push({ kind: "votes-without-subject", count: withoutSubject });
  }
  // Only items holding a reported vote were cited, in answering order.
  draft.status = "found";
  draft.citations = book.citations;
  return draft;
}

/** Adds the item's decision blocks that hold no split vote but settle something, as decisions of the answer. */
function addUnanimousDecisions(
  input: ComposeInput,
  draft: Draft,
  meeting: number,
  number: number,
  shownMeetings: ReadonlySet<string>,
): void {
  const item = input.catalog.item(meeting, number);
  const m = input.catalog.meetings[meeting];
  if (!item || !m) return;
  // A block quoted from another meeting whose own item answers too is shown there, under its own meeting.
  const quotedFromShown = (block: Decision) =>
    !(bodyKey(m.committee) === bodyKey(block.body) && m.date === block.date) &&
    shownMeetings.has(meetingKey(block.body, block.date));
  // Only the blocks of the body and day the question names, when it names them ("… in Byrådet?").
  const asked = new Set(blocksFor(input, item.decisions));
  item.decisions.forEach((block, index) => {
    if (!asked.has(block) || quotedFromShown(block)) return;
    const votes = m.votes.filter((v) => v.item === number && v.decision === index);
    // A block with votes may settle other points without one ("Ad 2 og 3: Indstillingerne godkendt."): those count.
    const text = votes.length === 0 ? block.text : withoutVoteText(block.text, votes);
    const outcomes = decisionOutcomes(text, []);
    if (outcomes.length === 0) return;
    // Quoted again in a later item's history, it is shown once.
    if (draft.decisions.some((d) => d.body === block.body && d.date === block.date)) return;
    const citation = input.book.cite(meeting, number);
    draft.decisions.push({ body: block.body, date: block.date, text: decisiveExcerpt(text), citation, outcomes });
  });
}

/** A question asking for the reason of a vote or proposal. */
const ASKS_WHY = /(?<![\p{L}])(?:hvorfor|why|begrundelse\p{L}*|begrundede|reason\p{L}*)(?![\p{L}])/iu;

/** Sentences that give a reason ("…, da …", "fordi", "med henvisning til"), wanted after the topic's own. */
const REASON_WORDS =
  /(?<![\p{L}])(?:da|fordi|idet|derfor|begrund\p{L}*|med henvisning til|af hensyn til|bemærkning)(?![\p{L}])/iu;

/** Adds the blocks that hold the reported votes of an item, quoted from the sentences that give reasons. */
function addReasons(input: ComposeInput, draft: Draft, meeting: number, number: number, votes: readonly Vote[]): void {
  const item = input.catalog.item(meeting, number);
  if (!item || votes.length === 0) return;
  const topic = topicWanted(input);
  for (const index of new Set(votes.map((v) => v.decision))) {
    const block = item.decisions[index];
    if (!block || draft.decisions.some((d) => d.body === block.body && d.date === block.date)) continue;
    // From a proposal to its vote stand its reasons ("X foreslog, at …. Alene i 2020 har rådet brugt …. Et flertal …
    // stemte for forslaget."): the vote's own sentences and those between them are wanted most.
    const all = sentences(block.text).map((x) => x.toLowerCase());
    const argued = new Set<string>();
    for (const v of votes.filter((x) => x.decision === index)) {
      const own = sentences(v.text).map((x) => x.toLowerCase());
      const from = all.indexOf(own[0] ?? "\u0000");
      const to = from < 0 ? -1 : all.indexOf(own[own.length - 1] ?? "\u0000", from);
      for (const x of from >= 0 && to >= from ? all.slice(from, to + 1) : own) argued.add(x);
    }
    const wanted = (x: string) =>
      argued.has(x.toLowerCase()) ? 1 : Math.max(topic(x) * 0.5, REASON_WORDS.test(x) ? 0.4 : 0);
    const citation = input.book.cite(meeting, number);
    const text = decisiveExcerpt(block.text, 420, wanted);
    draft.decisions.push({ body: block.body, date: block.date, text, citation, outcomes: [] });
  }
}

/** A body's meeting on a day, as a key: "Byråd" and "Byrådet" are one body. */
const meetingKey = (body: string, date: string) => `${bodyKey(body)}|${date}`;

const flat = (t: string) => t.replace(/\s+/g, " ").trim();

/**
 * A decision block's paragraphs that are no part of its votes (the proposal, the position lines), each short label
 * ("Ad 2 og 3") joined to the paragraph it heads; empty when every paragraph belongs to a vote.
 */
function withoutVoteText(text: string, votes: readonly Vote[]): string {
  const evidence = votes.map((v) => flat(`${v.text} ${v.motion}`));
  const paragraphs = text
    .split(/\n\s*\n/)
    .map(flat)
    .filter((p) => p !== "" && !/^[-–_=*]{3,}$/.test(p));
  const kept: string[] = [];
  let label: string | null = null;
  for (const p of paragraphs) {
    const bare = p.replace(/^[*_"“”]+|[*_"“”]+$/gu, "");
    // A sub-point label alone ("Ad 2 og 3"), as the parser's sub-point rule reads it.
    const sub = subPoint.read(p);
    if (sub && sub.rest === "") {
      label = p.replace(/:$/, "");
      continue;
    }
    if (evidence.some((e) => e.includes(bare)) || /stillede\s+(?:følgende\s+)?forslag/iu.test(p)) {
      label = null;
      continue;
    }
    kept.push(label ? `${label}: ${p}` : p);
    label = null;
  }
  return kept.join("\n\n");
}

/** Body, day, motion, outcome and who stood where: what makes two quotations of a vote the same vote. */
function sameVoteKey(v: Vote): string {
  const side = (entries: readonly VoteEntry[]) =>
    entries.map((e) => `${e.party ?? ""}:${e.name ?? ""}:${e.count ?? ""}`).join(",");
  return [
    bodyKey(v.body),
    v.date,
    foldPhrase(v.motion || v.text),
    v.outcome,
    side(v.for),
    side(v.against),
    side(v.abstain),
  ].join("|");
}
