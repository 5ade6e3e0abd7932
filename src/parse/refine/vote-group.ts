// One vote being gathered from a decision block: its position lines, tally and stated outcome; whether it is a vote.
import type { Outcome, Position, VoteCounts, VoteEntry } from "../../domain/index.ts";
import { POSITIONS } from "../../domain/index.ts";
import type { Fragment } from "../rules/fragment.ts";
import { step } from "../work.ts";

export type PositionFragment = Extract<Fragment, { kind: "position" }>;
export type TallyFragment = Extract<Fragment, { kind: "tally" }>;

/** The lines of one vote being gathered. */
export interface Group {
  positions: PositionFragment[];
  tally: TallyFragment | null;
  stated: Outcome | null;
  sentences: string[];
  /** The sentences that are position lines (the others introduce or close the vote). */
  positionSentences: Set<string>;
  /** Entry keys per position, so a repeated member is found without rescanning the group. */
  keys: Record<Position, Set<string>>;
  /** Parties standing in each position (members' letters included), to tell an explanation from a new vote. */
  parties: Record<Position, Set<string>>;
  /** The point lists ("beslutningspunkt 5") the position lines are about, as written. */
  points: Set<string>;
}

/**
 * A group with nothing in it. Its sets are made when first asked for: most decision blocks hold no position line, and
 * eight sets for each of a block's groups were most of what reading a long document allocated.
 */
class LazyGroup implements Group {
  positions: PositionFragment[] = [];
  tally: TallyFragment | null = null;
  stated: Outcome | null = null;
  sentences: string[] = [];
  private made: {
    positionSentences?: Set<string>;
    keys?: Record<Position, Set<string>>;
    parties?: Record<Position, Set<string>>;
    points?: Set<string>;
  } = {};

  get positionSentences(): Set<string> {
    if (!this.made.positionSentences) this.made.positionSentences = new Set();
    return this.made.positionSentences;
  }
  get keys(): Record<Position, Set<string>> {
    if (!this.made.keys) this.made.keys = { for: new Set(), against: new Set(), abstain: new Set() };
    return this.made.keys;
  }
  get parties(): Record<Position, Set<string>> {
    if (!this.made.parties) this.made.parties = { for: new Set(), against: new Set(), abstain: new Set() };
    return this.made.parties;
  }
  get points(): Set<string> {
    if (!this.made.points) this.made.points = new Set();
    return this.made.points;
  }
}

export const emptyGroup = (): Group => new LazyGroup();

/** True for a group nothing was added to (its sets fill only through `addPosition`, which also adds a position). */
export const isEmptyGroup = (g: Group): boolean =>
  g.positions.length === 0 && g.tally === null && g.stated === null && g.sentences.length === 0;

/**
 * "bo dam|A|" for Bo Dam (A). Joined from an array, the key is one flat string: a template literal left three linked
 * pieces per key until the key was hashed, and a list of half a million members held all of them at once.
 */
export const entryKey = (e: VoteEntry) => [e.name?.toLowerCase() ?? "", e.party ?? "", e.count ?? ""].join("|");

/** Each position line's entry keys, in the order of its entries. */
const entryKeys = new WeakMap<PositionFragment, string[]>();
/**
 * The entry keys of a position line, made once per line: a line is checked against the group, added to it and gathered
 * from it, and making its keys at each step built five lower-cased strings per member of a long list.
 */
function keysOf(f: PositionFragment): string[] {
  let keys = entryKeys.get(f);
  if (!keys) {
    keys = f.entries.map(entryKey);
    entryKeys.set(f, keys);
  }
  return keys;
}
const pointsKey = (f: PositionFragment) => (f.points ?? []).join();

/** A group is a vote when it shows a split: a vote verb, a majority marker, two sides, or numbers. */
export function isVote(g: Group): boolean {
  if (g.positions.length === 0) return g.tally !== null && (g.tally.counts.for > 0 || g.tally.counts.against > 0);
  const sides = new Set(g.positions.map((p) => p.position));
  return (
    g.tally !== null ||
    sides.size >= 2 ||
    g.positions.some(
      // A side naming nobody before a weak verb ("Et flertal anbefaler indstillingen") is no vote on its own.
      (p) =>
        p.strong ||
        (p.side !== null && p.entries.length > 0) ||
        p.total !== null ||
        p.entries.some((e) => e.count !== undefined),
    )
  );
}

/**
 * A member named twice in one position, a named member standing on another side than before ("Karen Holm (A)
 * stemte for …" then "Karen Holm (A) stemte imod …": one vote cannot hold both), or a statement about other points
 * of the recommendation ("… kunne ikke tiltræde indstillingens beslutningspunkt 2" after one about the whole),
 * starts a new vote. A party letter may stand on two sides (a group split), so only named members count there.
 */
export function repeatsIn(g: Group, f: PositionFragment): boolean {
  step("votes", f.entries.length);
  const keys = g.keys[f.position];
  const own = keysOf(f);
  if (own.some((k) => keys.has(k))) return true;
  if (g.points.size > 1 || (g.points.size === 1 && !g.points.has(pointsKey(f)))) return true;
  return f.entries.some(
    (e, i) =>
      e.name !== null &&
      POSITIONS.some((other) => other !== f.position && g.keys[other].has(own[i] as string) && samePoints(g, f)),
  );
}

/** The group's position lines are about the points this one is about (or none names any). */
const samePoints = (g: Group, f: PositionFragment) => g.points.size === 0 || g.points.has(pointsKey(f));

/**
 * "Liste F og Ø stemte imod af hensyn til …" after "Imod: 6 (… Hanne Berg (F), … (Ø))": parties already counted in
 * that position, named again to give a reason, add no second vote.
 */
export function explainsIn(g: Group, f: PositionFragment): boolean {
  if (g.positions.length === 0 || f.side !== null || f.total !== null) return false;
  const parties = g.parties[f.position];
  return (
    f.entries.length > 0 &&
    f.entries.every((e) => e.name === null && e.count === undefined && e.party !== null && parties.has(e.party))
  );
}

/** Adds a position line to the group. */
export function addPosition(g: Group, f: PositionFragment, text: string): void {
  g.positions.push(f);
  g.sentences.push(text);
  g.positionSentences.add(text);
  g.points.add(pointsKey(f));
  const own = keysOf(f);
  f.entries.forEach((e, i) => {
    g.keys[f.position].add(own[i] as string);
    if (e.party) g.parties[f.position].add(e.party);
  });
}

/** The group's entries per position, each member or party once. */
export function groupEntries(g: Group): Record<Position, VoteEntry[]> {
  const entries: Record<Position, VoteEntry[]> = { for: [], against: [], abstain: [] };
  for (const pos of POSITIONS) {
    const seen = new Set<string>();
    for (const p of g.positions) {
      if (p.position !== pos) continue;
      const keys = keysOf(p);
      p.entries.forEach((e, i) => {
        const k = keys[i] as string;
        if (seen.has(k)) return;
        seen.add(k);
        entries[pos].push(e);
      });
    }
  }
  return entries;
}

/** Counts when the text states numbers: the tally, or party counts / group totals on the position lines. */
export function countsOf(g: Group): VoteCounts | null {
  if (g.tally) return g.tally.counts;
  const numbered = g.positions.some((p) => p.total !== null || p.entries.some((e) => e.count !== undefined));
  // A side of unknown size ("Et borgerligt flertal stemte for") leaves the numbers unknown.
  if (!numbered || g.positions.some((p) => p.total === null && p.entries.length === 0)) return null;
  const sum = (pos: Position) =>
    g.positions
      .filter((p) => p.position === pos)
      .reduce((n, p) => n + (p.total ?? p.entries.reduce((k, e) => k + (e.count ?? 1), 0)), 0);
  return { for: sum("for"), against: sum("against"), abstain: sum("abstain") };
}
