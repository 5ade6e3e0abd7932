// Reads the votes, referrals and attendance of all items' decision blocks, then refines them: tallies linked to the
// proposals they repeat, items that are one party's proposal, members' letters filled in from the whole document.

import type { AgendaItem, Member, Vote, VoteEntry } from "../../domain/index.ts";
import { pushAll } from "../arrays.ts";
import { remembered } from "../remembered.ts";
import type { Proposer } from "../rules/fragment.ts";
import { readFragments, rememberedParagraphs } from "../rules/read-fragments.ts";
import type { ItemBody } from "../split/item-body.ts";
import {
  type Attendance,
  type PartialReading,
  type PendingVote,
  readBlockVotes,
  type UnreadStatement,
  VoteBudget,
} from "./block-votes.ts";
import { motionText } from "./motion.ts";
import { Roster } from "./roster.ts";
import { linkTallyProposals } from "./tally-proposal.ts";
import { signedIn, withTitleProposal } from "./title-proposal.ts";

export type { UnreadStatement } from "./block-votes.ts";

export interface VoteReading {
  votes: Vote[];
  referrals: { item: number; by: VoteEntry[] }[];
  substitutes: { name: string; party: string | null; for: string | null }[];
  absent: string[];
  /** Absences stated in an item's own decision block, with the item and the sentence. */
  absentAt: Attendance["absentAt"];
  /** Members away for some items only, as read (items not yet resolved). */
  partial: PartialReading[];
  /** "X deltog i mødet og ikke Y": who attended instead of the one listed. */
  corrections: Attendance["corrections"];
  members: Member[];
  /** Sentences with vote words that no rule read, per item and block. */
  unread: UnreadStatement[];
}

/** The header's remarks ("Lisa Skov deltog for Steen Ørskov Larsen.") are about this meeting. */
function readNotes(notes: readonly string[], attendance: Attendance): void {
  for (const paragraph of readFragments(notes.join("\n\n"))) {
    for (const { fragment: f, text } of paragraph.fragments) {
      if (f.kind === "absent") pushAll(attendance.absent, f.names);
      if (f.kind === "substitute") attendance.substitutes.push({ name: f.name, party: f.party, for: f.for });
      if (f.kind === "partialAbsent") attendance.partial.push({ members: f.members, scope: f.scope, text });
      if (f.kind === "attendedInstead") attendance.corrections.push({ present: f.present, notPresent: f.notPresent });
    }
  }
}

/** Reads the votes, referrals and attendance of all items' decision blocks. */
export function readVotes(
  items: AgendaItem[],
  bodies: ItemBody[],
  ctx: {
    participants: string[];
    members: Member[];
    committee: string;
    date: string;
    notes?: string[];
    /** The document's name: a document of more votes than minutes hold is refused by it. */
    source?: string;
  },
): VoteReading {
  const budget = new VoteBudget(ctx.source ?? "minutes");
  const roster = new Roster();
  for (const m of ctx.members) roster.add(m.name, m.party);
  const attendance: Attendance = {
    referrals: [],
    substitutes: [],
    absent: [],
    absentAt: [],
    partial: [],
    corrections: [],
  };
  readNotes(ctx.notes ?? [], attendance);
  const pending: { item: AgendaItem; votes: PendingVote[] }[] = [];
  // Body names in lower case, made once per name rather than twice per decision block.
  const committee = ctx.committee.toLowerCase();
  const lowerName = remembered((name) => name.toLowerCase(), { maxLength: 200, maxSize: 1_000 });
  // The document's paragraphs read by the rules, the short ones remembered for the blocks that repeat them.
  const readParagraph = rememberedParagraphs();
  const unread: UnreadStatement[] = [];

  items.forEach((item, k) => {
    // A closed item has decisions only when its publisher gave them (see assemble): then its votes are read too.
    if (item.closed && item.decisions.length === 0) return;
    const body = bodies[k];
    const votes: PendingVote[] = [];
    const proposals: { text: string; proposer: Proposer }[] = [];
    item.decisions.forEach((decision, d) => {
      const read = readBlockVotes(
        {
          item: item.number,
          decision: d,
          body: decision.body,
          date: decision.date,
          text: decision.text,
          page: decision.page ?? null,
          // Attendance counts for this meeting only in its own blocks: another body's block ("Ikke til stede: …"
          // under "Beslutning fra Plan, Miljø og Teknik, 9. februar 2021") records that body's meeting.
          own: decision.date === ctx.date && lowerName(decision.body) === committee,
        },
        roster,
        attendance,
        readParagraph,
        budget,
      );
      pushAll(votes, read.votes);
      pushAll(proposals, read.proposals);
      pushAll(unread, read.unread);
    });
    if (body) roster.scan(body.text);
    linkTallyProposals(votes, proposals);
    pending.push({ item, votes });
  });

  const out: Vote[] = [];
  for (const { item, votes } of pending) {
    // The item's own texts are searched for a signed proposer at most once, not once per vote.
    let signed: Proposer | null | undefined;
    const signer = () => {
      if (signed === undefined) signed = signedIn([item.recommendation, item.text]);
      return signed;
    };
    for (const p of votes) {
      const motion = withTitleProposal(p.motion, item.title, p.vote.text, signer);
      const proposer = motion.motion?.proposer ?? null;
      const v = p.vote;
      // Written out field by field in the pending vote's order (not spread and overwritten): one object per vote.
      out.push({
        item: v.item,
        body: v.body,
        date: v.date,
        outcome: v.outcome,
        for: roster.resolve(v.for),
        against: roster.resolve(v.against),
        abstain: roster.resolve(v.abstain),
        counts: v.counts,
        text: v.text,
        decision: v.decision,
        page: v.page,
        motion: motionText(motion, item),
        proposedBy: proposer
          ? { ...proposer, ...(proposer.name && !proposer.party ? { party: roster.partyOf(proposer.name) } : {}) }
          : null,
      });
    }
  }
  return {
    votes: out,
    referrals: attendance.referrals.map((r) => ({ ...r, by: roster.resolve(r.by) })),
    substitutes: attendance.substitutes.map((s) => ({ ...s, party: s.party ?? roster.partyOf(s.name) })),
    absent: attendance.absent,
    absentAt: attendance.absentAt,
    partial: attendance.partial.map((p) => ({
      ...p,
      members: p.members.map((m) => ({ ...m, party: m.party ?? roster.partyOf(m.name) })),
    })),
    corrections: attendance.corrections,
    members: roster.members(),
    unread,
  };
}
