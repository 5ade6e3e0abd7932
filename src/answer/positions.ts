// Reads the asked party's or member's position from a recorded vote, saying how it is known; never infers one.
import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";
import type { AnswerVote, Position, Vote, VoteEntry } from "../domain/index.ts";
import { foldPhrase } from "../search/index.ts";

export interface Subject {
  kind: "party" | "member";
  /** Party letter, or the member's name. */
  key: string;
  /** The member's party letter, when known. */
  party: string | null;
}

export interface PositionReading {
  position: Position | null;
  basis: AnswerVote["positionBasis"];
  /** Members behind a party position read from member entries. */
  members: string[];
  /** Present when a party's members split: how many stood where. */
  split: Partial<Record<Position, number>> | null;
}

const POSITIONS: readonly Position[] = ["for", "against", "abstain"];

/** Two spellings of one name: the minutes glue or split names ("Allan Berg Mortensen(Ø)"), so compare loosely. */
export function sameName(a: string, b: string): boolean {
  const x = foldPhrase(a);
  const y = foldPhrase(b);
  return x === y || JaroWinklerDistance(x, y, {}) >= 0.96;
}

function entries(vote: Vote, position: Position): VoteEntry[] {
  return vote[position];
}

/** The subject's position in one vote, or null with basis null when the record does not name them. */
export function readPosition(vote: Vote, subject: Subject): PositionReading {
  if (subject.kind === "member") {
    for (const p of POSITIONS) {
      if (entries(vote, p).some((e) => e.name && sameName(e.name, subject.key))) {
        return { position: p, basis: "member", members: [subject.key], split: null };
      }
    }
    return { position: null, basis: null, members: [], split: null };
  }
  // A party-level record (C(9)) is the party's own position.
  for (const p of POSITIONS) {
    if (entries(vote, p).some((e) => e.name === null && e.party === subject.key)) {
      return { position: p, basis: "party", members: [], split: null };
    }
  }
  // Otherwise the positions of the party's named members, labelled as such.
  const counts: Partial<Record<Position, number>> = {};
  const members: string[] = [];
  for (const p of POSITIONS) {
    for (const e of entries(vote, p)) {
      if (e.name && e.party === subject.key) {
        counts[p] = (counts[p] ?? 0) + 1;
        members.push(e.name);
      }
    }
  }
  const present = POSITIONS.filter((p) => (counts[p] ?? 0) > 0);
  if (present.length === 0) return { position: null, basis: null, members: [], split: null };
  // Members split: report where most of them stood (the earliest position on a tie) and say it was split.
  const position = present.reduce((best, p) => ((counts[p] ?? 0) > (counts[best] ?? 0) ? p : best));
  return { position, basis: "party-members", members, split: present.length > 1 ? counts : null };
}
