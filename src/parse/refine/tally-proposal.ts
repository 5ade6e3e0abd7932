// A tally without a proposer ("Forslag om … blev forkastet med 13 stemmer mod 11") is the same proposal made earlier
// in the item: the proposal's words recognise it, and its proposer is the vote's.
import type { Proposer } from "../rules/fragment.ts";
import { step } from "../work.ts";
import type { PendingVote } from "./block-votes.ts";

/** Proposals looked back on per tally: the one voted on stands shortly before it. */
const LOOK_BACK = 32;

/** Content words of a motion, to recognise the same proposal voted on again by another body. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 8)),
  );
}

function sameProposal(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= 2 && shared >= Math.min(x.size, y.size) * 0.3;
}

/** Gives each tally of an item that names its motion the proposal it repeats, with its proposer. */
export function linkTallyProposals(
  votes: PendingVote[],
  proposals: readonly { text: string; proposer: Proposer }[],
): void {
  for (const p of votes) {
    // "Indstillingen blev godkendt med …" names no motion of its own: the point or target in context stays.
    if (p.motion.motion || !p.tallyMotion) continue;
    if (/^(?:indstillingen|indstillingerne|forslaget|ændringsforslaget|sagen|det)$/iu.test(p.tallyMotion.trim()))
      continue;
    const recent = proposals.slice(-LOOK_BACK);
    step("votes", recent.length);
    const earlier = recent.find((q) => sameProposal(q.text, p.tallyMotion ?? ""));
    p.motion = { ...p.motion, motion: { source: "tally", text: p.tallyMotion, proposer: earlier?.proposer ?? null } };
  }
}
