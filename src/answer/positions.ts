// Reads the asked party's or member's position from a recorded vote, saying how it is known; never infers one.
import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";
import type { AnswerVote, Position, Vote, VoteEntry } from "../domain/index.ts";
import { PARTIES, POSITIONS } from "../domain/index.ts";
import { escapeRegExp } from "../parse/escape-regexp.ts";
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
  /** Present when a party's members split: who stood where. */
  split: Partial<Record<Position, string[]>> | null;
}

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
  const sides: Partial<Record<Position, string[]>> = {};
  const members: string[] = [];
  for (const p of POSITIONS) {
    for (const e of entries(vote, p)) {
      if (e.name && e.party === subject.key) {
        sides[p] = [...(sides[p] ?? []), e.name];
        members.push(e.name);
      }
    }
  }
  const count = (p: Position) => sides[p]?.length ?? 0;
  const present = POSITIONS.filter((p) => count(p) > 0);
  if (present.length === 0) return { position: null, basis: null, members: [], split: null };
  // Members split: report where most of them stood (the earliest position on a tie), and who stood where.
  const position = present.reduce((best, p) => (count(p) > count(best) ? p : best));
  return { position, basis: "party-members", members, split: present.length > 1 ? sides : null };
}

/**
 * True when a text names the subject: the member by name, or the party by its ballot letter as the minutes write
 * it ("Marlene Harpsøe (O)", "(A, F)", "C(9)", "Gruppe A", "Liste F") or by its name or short form ("Dansk
 * Folkeparti", "SF"). The letter is matched in upper case only: "a" and "i" are words.
 */
export function namesSubject(text: string, subject: Subject): boolean {
  if (subject.kind === "member") return foldPhrase(text).includes(foldPhrase(subject.key));
  return partyPatterns(subject.key).some((re) => re.test(text));
}

const PARTY_PATTERNS = new Map<string, RegExp[]>();

/** The party's letter as the minutes write it (case kept), and its names (any case). */
function partyPatterns(letter: string): RegExp[] {
  let patterns = PARTY_PATTERNS.get(letter);
  if (!patterns) {
    const party = PARTIES.find((p) => p.letter === letter);
    const names = party
      ? [party.name, ...party.aliases, ...party.genitives, ...party.abbreviations.filter((a) => a.length > 1)]
      : [];
    const L = escapeRegExp(letter);
    const byLetter = [
      `\\(\\s*${L}\\s*[),]`,
      `,\\s*${L}\\s*\\)`,
      `(?<![\\p{L}\\p{N}])${L}\\s*\\(\\d+\\)`,
      `(?<![\\p{L}\\p{N}])(?:[Gg]ruppe|[Ll]iste|[Pp]artiet)\\s+${L}(?![\\p{L}\\p{N}])`,
    ];
    patterns = [new RegExp(byLetter.join("|"), "u")];
    if (names.length > 0)
      patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu"));
    PARTY_PATTERNS.set(letter, patterns);
  }
  return patterns;
}
