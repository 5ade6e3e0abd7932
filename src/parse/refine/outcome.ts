// Decides a vote's outcome: the text's own word first, then the majority marker, then the numbers, then the sides' sizes.
import type { Outcome, Position, VoteCounts, VoteEntry } from "../../domain/index.ts";

export interface OutcomeEvidence {
  /** From a tally ("blev forkastet med …") or a closing statement ("Forslaget faldt"). */
  stated: Outcome | null;
  /** Positions marked "Et flertal" / "Et mindretal". */
  sides: { position: Position; side: "majority" | "minority" }[];
  counts: VoteCounts | null;
  entries: Record<Position, VoteEntry[]>;
}

/** Size of a side: party entries count their members when written, others count one. */
function size(entries: readonly VoteEntry[]): number {
  return entries.reduce((n, e) => n + (e.count ?? 1), 0);
}

/**
 * The outcome. A minority that "godkendte indstillingen" while "Et flertal … stemte imod" means rejected;
 * a tie rejects (a proposal needs a majority).
 */
export function decideOutcome(e: OutcomeEvidence): Outcome {
  if (e.stated) return e.stated;
  for (const s of e.sides) {
    if (s.position === "abstain") continue;
    const wins = s.side === "majority";
    if (s.position === "for") return wins ? "adopted" : "rejected";
    return wins ? "rejected" : "adopted";
  }
  if (e.counts) return e.counts.for > e.counts.against ? "adopted" : "rejected";
  // Minutes name the dissenters: only "against"/"abstain" named means the rest carried it; only "for" named, the reverse.
  const named = (p: Position) => e.entries[p].length > 0;
  if (!named("for") && (named("against") || named("abstain"))) return "adopted";
  if (named("for") && !named("against") && !named("abstain")) return "rejected";
  return size(e.entries.for) > size(e.entries.against) ? "adopted" : "rejected";
}
