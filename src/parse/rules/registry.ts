// The ordered list of rules: paragraph rules first, then sentence rules; for a sentence the first rule that reads it wins.
import { abstainCount } from "./abstain-count.ts";
import { appointment } from "./appointment.ts";
import { absentees, attendedInstead, partialAbsence, substitute } from "./attendance.ts";
import { ballotIntro } from "./ballot-intro.ts";
import { ballotQuestion } from "./ballot-question.ts";
import type { Rule } from "./fragment.ts";
import { namedTarget } from "./named-target.ts";
import { notVote } from "./not-vote.ts";
import { outcomeStatement } from "./outcome-statement.ts";
import { partStance } from "./part-stance.ts";
import { passivePosition } from "./passive-position.ts";
import { positionLabel } from "./position-label.ts";
import { positionVerb } from "./position-verb.ts";
import { proposal } from "./proposal.ts";
import { recommendationTurn } from "./recommendation-turn.ts";
import { recommendedVerdict } from "./recommended-verdict.ts";
import { referral } from "./referral.ts";
import { subPoint } from "./sub-point.ts";
import { tally } from "./tally.ts";

export const RULES: readonly Rule[] = [
  // paragraph starts
  subPoint,
  namedTarget,
  ballotQuestion,
  // sentences
  // The substitute rule first: "Fraværende: X (V) - Y (V) mødte som stedfortræder" names both.
  substitute,
  attendedInstead,
  // before "absentees": "X var fraværende under punkt 4 og 5" is away for those items only
  partialAbsence,
  absentees,
  referral,
  ballotIntro,
  recommendationTurn,
  proposal,
  tally,
  abstainCount,
  positionLabel,
  recommendedVerdict,
  // before "positionVerb": "X er ikke imod A, men mod B, og stemte derfor imod" is one member's vote, not a list's
  partStance,
  positionVerb,
  passivePosition,
  // after the vote rules: an election written with its votes is a vote; "Valgt blev: X (A) og Y (V)" is none
  appointment,
  // after the vote rules: "5 medlemmer (A+V+C) anbefaler …, 2 medlemmer (N+Ø) tager forbehold" still casts votes
  notVote,
  outcomeStatement,
];
