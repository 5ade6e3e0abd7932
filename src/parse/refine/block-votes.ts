// Reads one decision block's fragments in order into votes: a table of what each kind of fragment does to the vote
// being gathered (a motion closes it and sets the context, a position line joins it, a tally closes the one before).

import type { Vote, VoteEntry } from "../../domain/index.ts";
import { pushAll } from "../arrays.ts";
import { MOST_VOTES_PER_DOCUMENT } from "../lexicon.ts";
import { ParseError } from "../parse-error.ts";
import { listedAbsentee } from "../rules/attendance.ts";
import type { Fragment, Proposer } from "../rules/fragment.ts";
import type { ItemScope } from "../rules/item-scope.ts";
import { eachReadParagraph, type ReadFragment, type ReadParagraph, readSentence } from "../rules/read-fragments.ts";
import { step } from "../work.ts";
import type { MotionContext } from "./motion.ts";
import { decideOutcome } from "./outcome.ts";
import type { Roster } from "./roster.ts";
import { PendingStatements } from "./unread-statements.ts";
import {
  addPosition,
  countsOf,
  emptyGroup,
  explainsIn,
  type Group,
  groupEntries,
  isEmptyGroup,
  isVote,
  repeatsIn,
} from "./vote-group.ts";

/** A vote read from a block, before its motion is worded and its members' letters filled in. */
export interface PendingVote {
  vote: Omit<Vote, "motion" | "proposedBy">;
  motion: MotionContext;
  tallyMotion: string | null;
}

/** What the blocks of a meeting add up to, beside the votes. */
export interface Attendance {
  referrals: { item: number; by: VoteEntry[] }[];
  substitutes: { name: string; party: string | null; for: string | null }[];
  /** Absent from the whole meeting, as the header's notes say. */
  absent: string[];
  /** Absences stated in an item's own decision block ("Fraværende: X" under the item's decision), with the sentence. */
  absentAt: { name: string; item: number; text: string }[];
  /** Members away for some items only, with the sentence that says so (items resolved once all items are known). */
  partial: PartialReading[];
  /** "X deltog i mødet og ikke Y": who attended instead of the one listed. */
  corrections: { present: { name: string; party: string | null }; notPresent: string }[];
}

/** "Fraværende: X (A), sag 129-138" as read: who, which items as written, and the sentence. */
export interface PartialReading {
  members: { name: string; party: string | null }[];
  scope: ItemScope;
  text: string;
}

/** A sentence with vote words that no rule read into a vote or a known non-vote. */
export interface UnreadStatement {
  item: number;
  decision: number;
  text: string;
  page: number | null;
}

/** One decision block as the vote reader sees it. */
export interface Block {
  item: number;
  /** Index of the block among the item's decisions. */
  decision: number;
  body: string;
  date: string;
  text: string;
  page: number | null;
  /** True for the meeting's own body on its date: attendance read here is this meeting's. */
  own: boolean;
}

/** The state of reading one block. */
interface BlockReading {
  block: Block;
  context: MotionContext;
  group: Group;
  votes: PendingVote[];
  proposals: { text: string; proposer: Proposer }[];
  attendance: Attendance;
  roster: Roster;
  /** After "Fraværende med afbud:" alone, the absentees follow one per paragraph: the label, else null. */
  absentList: string | null;
  /** Sentences that went into a vote or a known non-vote. */
  explained: Set<string>;
}

/** Ends the vote being gathered: kept when it shows a split. */
function close(r: BlockReading): void {
  const g = r.group;
  if (isVote(g)) {
    const entries = groupEntries(g);
    const counts = countsOf(g);
    const sides = g.positions
      .filter((p) => p.side !== null)
      .map((p) => ({ position: p.position, side: p.side as "majority" | "minority" }));
    const outcome = decideOutcome({ stated: g.tally?.outcome ?? g.stated, sides, counts, entries });
    const sentences = [...new Set(g.sentences)];
    for (const s of sentences) r.explained.add(s);
    r.votes.push({
      vote: {
        item: r.block.item,
        body: r.block.body,
        date: r.block.date,
        outcome,
        for: entries.for,
        against: entries.against,
        abstain: entries.abstain,
        counts,
        text: sentences.join(" "),
        decision: r.block.decision,
        page: r.block.page,
      },
      motion: pointsContext(r.context, g),
      tallyMotion: g.tally?.motion ?? null,
    });
  }
  // A block without votes closes an empty group at its end: kept, not replaced by eight new sets.
  if (!isEmptyGroup(g)) r.group = emptyGroup();
}

/** The motion context, with the points a position line names when no sub-point heading gave them. */
function pointsContext(context: MotionContext, group: Group): MotionContext {
  const points = group.positions.find((p) => p.points && p.points.length > 0)?.points;
  if (!points || context.subPoint || context.motion || context.target) return { ...context };
  return { ...context, subPoint: { label: `pkt. ${points.join(", ")}`, points, text: null } };
}

type Handler<K extends Fragment["kind"]> = (r: BlockReading, f: Extract<Fragment, { kind: K }>, text: string) => void;

/** What each kind of fragment does; typed by kind, so a new kind does not compile until it has its line here. */
const HANDLERS: { [K in Fragment["kind"]]: Handler<K> } = {
  motion(r, f, text) {
    close(r);
    r.explained.add(text);
    if (f.source === "subPoint") r.context = { subPoint: f, target: null, motion: null };
    else if (f.source === "target") r.context = { ...r.context, target: f, motion: null };
    // Back to the recommendation (of the sub-point in context, if any) after a proposal was voted on.
    else if (f.source === "recommendation") r.context = { ...r.context, target: null, motion: null };
    else {
      r.context = { ...r.context, motion: { ...f } };
      if (f.source === "proposal" && f.proposer && f.text) r.proposals.push({ text: f.text, proposer: f.proposer });
      if (f.proposer) r.roster.add(f.proposer.name, f.proposer.party);
    }
    r.group.sentences.push(text);
  },
  position(r, f, text) {
    if (explainsIn(r.group, f)) {
      r.group.sentences.push(text);
      return;
    }
    if (repeatsIn(r.group, f)) {
      // A member standing again starts the next vote. Its intro ("Der blev stemt om forslaget:") carries over, but
      // not a one-off ballot question ("Udvalget stemte om X kunne deltage …"): the next vote is on the
      // recommendation. A position line is never carried into the next vote's evidence.
      const oneOff = r.context.motion?.source === "ballot" || r.context.motion?.source === "question";
      const first = r.group.sentences[0];
      const keep = first !== undefined && !oneOff && !r.group.positionSentences.has(first) ? [first] : [];
      close(r);
      if (oneOff) r.context = { ...r.context, motion: null };
      pushAll(r.group.sentences, keep);
    }
    for (const e of f.entries) r.roster.add(e.name, e.party);
    addPosition(r.group, f, text);
  },
  tally(r, f, text) {
    if (r.group.tally || r.group.positions.length > 0) close(r);
    r.group.tally = f;
    r.group.sentences.push(text);
  },
  abstainCount(r, f, text) {
    const t = r.group.tally;
    if (t && t.counts.abstain === 0) {
      r.group.tally = { ...t, counts: { ...t.counts, abstain: f.count } };
      r.group.sentences.push(text);
    }
  },
  outcome(r, f, text) {
    // Kept with the group; it counts only if the group turns out to be a vote. The tally's own outcome stands: a
    // later statement is about the next motion ("Ændringsforslaget blev forkastet …" then "Indstillingen blev
    // herefter godkendt").
    if (r.group.tally?.outcome || r.group.stated) return;
    r.group.stated = f.outcome;
    r.group.sentences.push(text);
  },
  referral(r, f, text) {
    for (const e of f.by) r.roster.add(e.name, e.party);
    r.attendance.referrals.push({ item: r.block.item, by: f.by });
    r.explained.add(text);
  },
  absent(r, f, text) {
    if (r.block.own) {
      for (const name of f.names) r.attendance.absentAt.push({ name, item: r.block.item, text });
    }
    if (f.listFollows) r.absentList = text;
    r.explained.add(text);
  },
  partialAbsent(r, f, text) {
    for (const m of f.members) r.roster.add(m.name, m.party);
    // "deltog ikke i sagens behandling": the item is the one whose decision block says it.
    const scope: ItemScope = f.scope.kind === "this" ? { kind: "items", items: [r.block.item] } : f.scope;
    if (r.block.own) r.attendance.partial.push({ members: f.members, scope, text });
    r.explained.add(text);
  },
  attendedInstead(r, f, text) {
    r.roster.add(f.present.name, f.present.party);
    // Only this meeting's: a block of its own body, and no other body's meeting named.
    const thisBody = f.body === null || r.block.body.toLowerCase().startsWith(f.body.toLowerCase());
    if (r.block.own && thisBody) r.attendance.corrections.push({ present: f.present, notPresent: f.notPresent });
    r.explained.add(text);
  },
  substitute(r, f, text) {
    r.roster.add(f.name, f.party);
    if (r.block.own) r.attendance.substitutes.push({ name: f.name, party: f.party, for: f.for });
    r.explained.add(text);
  },
  stance(r, f, text) {
    // The reason of a vote the same members cast just before ("X (Ø) stemte imod. X (Ø) er ikke imod …, men mod …").
    const key = (e: VoteEntry) => `${e.name ?? ""}|${e.party ?? ""}`;
    const open = r.group.positions.flatMap((p) => p.entries);
    const last = r.votes.at(-1)?.vote;
    const cast = new Set([...open, ...(last ? [...last.for, ...last.against, ...last.abstain] : [])].map(key));
    if (!f.entries.every((e) => cast.has(key(e)))) return;
    r.explained.add(text);
    if (open.length > 0) r.group.sentences.push(text);
  },
  noVote(r, _f, text) {
    r.explained.add(text);
  },
};

function handle<K extends Fragment["kind"]>(r: BlockReading, f: Extract<Fragment, { kind: K }>, text: string): void {
  step("votes");
  (HANDLERS[f.kind] as Handler<K>)(r, f, text);
}

/**
 * Under "Fraværende med afbud:" a paragraph that is one name is an absentee; under "Fraværende i mødet:" a paragraph
 * "Lene Bro til kl. 18.40 i punkt 3" is read as if the label stood before it (and quoted as written).
 */
function readListedAbsentee(r: BlockReading, paragraph: ReadParagraph): boolean {
  if (r.absentList === null || paragraph.fragments.length > 0) return false;
  // "Lene Bro til kl. 18.40 i punkt 3" (away for part), "Lene Borg, Kim Vad indkaldt" (away, and who came instead).
  const read = readSentence(`${r.absentList} ${paragraph.text}`);
  const scoped = read.some((f) => f.fragment.kind === "partialAbsent" || f.fragment.kind === "substitute") ? read : [];
  if (scoped.length > 0) {
    for (const { fragment } of scoped) handle(r, fragment, paragraph.text);
    return true;
  }
  const name = listedAbsentee(paragraph.text);
  if (!name) return false;
  if (r.block.own) {
    r.attendance.absentAt.push({ name, item: r.block.item, text: paragraph.text });
  }
  r.explained.add(paragraph.text);
  return true;
}

/** A proposal whose words follow ("stillede forslag om:") takes the next paragraph as its text. */
function takeProposalText(r: BlockReading, paragraph: ReadParagraph): boolean {
  const waiting = r.context.motion?.needsText && r.group.positions.length === 0 ? r.context.motion : null;
  if (!waiting || !paragraph.fragments.every((f) => f.fragment.kind === "motion" && f.fragment.source === "question"))
    return false;
  waiting.text = paragraph.text.replace(/^["“”]+|["“”]+$/gu, "");
  waiting.needsText = false;
  r.group.sentences.push(paragraph.text);
  r.explained.add(paragraph.text);
  return true;
}

/** Handles one paragraph of the block: a listed absentee, a proposal's words, or its fragments in order. */
function readParagraph(r: BlockReading, paragraph: ReadParagraph): void {
  if (readListedAbsentee(r, paragraph)) return;
  r.absentList = null;
  if (takeProposalText(r, paragraph)) return;
  if (paragraph.remark) r.explained.add(paragraph.text);
  for (const { fragment, text } of paragraph.fragments) handle(r, fragment, text);
}

/** Counts a document's votes as they are read and refuses the document, by name, once they pass the most read. */
export class VoteBudget {
  private used = 0;

  constructor(
    private readonly source: string,
    private readonly most = MOST_VOTES_PER_DOCUMENT,
  ) {}

  /** Throws ParseError when the votes read before and `more` now pass the most. */
  check(more: number): void {
    if (this.used + more > this.most)
      throw new ParseError(
        this.source,
        `too many votes: more than ${this.most.toLocaleString("en-US")} in one document (minutes hold a few hundred at most)`,
      );
  }

  spend(votes: number): void {
    this.check(votes);
    this.used += votes;
  }
}

/** Reads one block: its votes (in order), the proposals made in it, attendance, and the vote statements not read. */
export function readBlockVotes(
  block: Block,
  roster: Roster,
  attendance: Attendance,
  read?: (paragraph: string) => ReadFragment[],
  budget?: VoteBudget,
): { votes: PendingVote[]; proposals: { text: string; proposer: Proposer }[]; unread: UnreadStatement[] } {
  roster.scan(block.text);
  const r: BlockReading = {
    block,
    context: { subPoint: null, target: null, motion: null },
    group: emptyGroup(),
    votes: [],
    proposals: [],
    attendance,
    roster,
    absentList: null,
    explained: new Set(),
  };
  // Each paragraph is read, handled and noted for the unread statements in turn, then let go.
  const pending = new PendingStatements();
  for (const paragraph of eachReadParagraph(block.text, read)) {
    readParagraph(r, paragraph);
    budget?.check(r.votes.length);
    pending.add(paragraph, r.explained);
  }
  close(r);
  budget?.spend(r.votes.length);
  const unread = pending.unread(r.explained).map((text) => ({
    item: block.item,
    decision: block.decision,
    text,
    page: block.page,
  }));
  return { votes: r.votes, proposals: r.proposals, unread };
}
