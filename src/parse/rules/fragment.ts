// What the rules read from decision text: small typed fragments that the refiners assemble into votes.
import type { Member, Outcome, Position, VoteCounts, VoteEntry } from "../../domain/index.ts";
import type { ItemScope } from "./item-scope.ts";

/** Who made a proposal: a member, a party, or both. */
export interface Proposer {
  name?: string;
  party?: string | null;
}

export type Fragment =
  /** Members or parties who stood in one position; `strong` when the verb itself is a vote ("stemte imod"). */
  | {
      kind: "position";
      position: Position;
      entries: VoteEntry[];
      side: "majority" | "minority" | null;
      strong: boolean;
      /** A count for the whole group ("5 medlemmer (A+V+C)"). */
      total: number | null;
      /** Points of the recommendation the position is about ("indstillingens beslutningspunkt 5"). */
      points?: number[];
    }
  /** Vote numbers, with the outcome when the sentence gives it ("blev forkastet med 13 stemmer mod 11. 1 undlod"). */
  | { kind: "tally"; outcome: Outcome | null; counts: VoteCounts; motion: string | null }
  /** What is put to the vote next: a proposal, a ballot question, a sub-point of the recommendation, a named target, or the recommendation itself again. */
  | {
      kind: "motion";
      source: "proposal" | "ballot" | "subPoint" | "target" | "question" | "recommendation";
      /** The label as written ("Ad 2 og 3", "Resultatkrav 1"). */
      label: string | null;
      /** Sub-point numbers ("Ad 2 og 3" -> [2, 3]). */
      points: number[];
      text: string | null;
      proposer: Proposer | null;
      /** The proposal's text follows in the next paragraph ("stillede forslag om:"). */
      needsText: boolean;
    }
  /** "1 undlod." after a tally. */
  | { kind: "abstainCount"; count: number }
  /** A closing statement about the motion ("Forslaget blev forkastet."). */
  | { kind: "outcome"; outcome: Outcome }
  /** "X (Ø) begærede sagen i Byrådet". */
  | { kind: "referral"; by: VoteEntry[] }
  /** "Fraværende: X og Y"; `listFollows` for a label alone, the names in the paragraphs after it. */
  | { kind: "absent"; names: string[]; listFollows?: boolean }
  /** "Fraværende: X (A), sag 129-138", "X forlod mødet efter punkt 6": away for some items only. */
  | { kind: "partialAbsent"; members: { name: string; party: Member["party"] }[]; scope: ItemScope }
  /** "X (V) deltog i mødet og ikke Y (V) som angivet på dagsordenen": the listed attendance corrected. */
  | {
      kind: "attendedInstead";
      present: { name: string; party: string | null };
      notPresent: string;
      /** The body whose meeting it was, when named ("i mødet i Beskæftigelses- og Erhvervsudvalget"). */
      body: string | null;
    }
  /** "X (C) var mødt som stedfortræder for Y (C)". */
  | { kind: "substitute"; name: string; party: string | null; for: string | null }
  /**
   * A position on part of a proposal, with no vote stated ("X (Ø) er ikke imod et nyt vandværk, men mod placeringen"):
   * the reason of a vote the same members cast in the block, else a statement left unread.
   */
  | { kind: "stance"; entries: VoteEntry[] }
  /** A statement that looks like a position but is not a vote ("tog forbehold"). */
  | { kind: "noVote" };

/** What a rule found: fragments, and for paragraph rules the text left after the part they read. */
export interface RuleMatch {
  fragments: Fragment[];
  rest?: string;
}

/**
 * One phrasing family. `paragraph` rules look at the start of a paragraph (labels like "Ad 1", "Resultatkrav 1:")
 * and may leave a rest for the sentence rules; `sentence` rules read one sentence.
 */
export interface Rule {
  name: string;
  /** A real sentence of this family, as minutes write it. */
  example: string;
  scope: "paragraph" | "sentence";
  /**
   * Words every text the rule reads holds, one of them at least: tested first, so a sentence without any is passed
   * over at the cost of one scan instead of all the rule's patterns (most sentences are read by no rule at all).
   * A necessary condition only: it must match every text `read` reads, never decide one.
   */
  cue?: RegExp;
  read(text: string): RuleMatch | null;
}
