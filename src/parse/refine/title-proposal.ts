// "Gert Wahl (Ø) stemte for forslaget" in an item titled "Forslag fra Gruppe Ø om …": that proposal is the motion.
import type { Proposer } from "../rules/fragment.ts";
import { signedProposer } from "../rules/proposal.ts";
import { readSubject } from "../rules/subject.ts";
import type { MotionContext } from "./motion.ts";

/** "Forslag fra Gruppe Ø om gratis busser": an item that is one proposer's proposal, and what it proposes. */
export function titleProposal(title: string): { proposer: Proposer; text: string } | null {
  // "Forslag fra V om …", "Medlemsforslag fra Gruppe F - Forslag om, at …".
  const m =
    /^(?:medlems|beslutnings)?forslag\s+fra\s+(.{1,80}?)(?:\s+[-–:]\s+|\s+(?=(?:om|vedrørende|til)\b))(.+)$/iu.exec(
      title.trim(),
    );
  const subject = m ? readSubject(m[1] ?? "") : null;
  const only = subject?.entries.length === 1 ? subject.entries[0] : undefined;
  if (!m || !only) return null;
  const proposer: Proposer = only.name ? { name: only.name, party: only.party } : { party: only.party };
  return { proposer, text: (m[2] ?? "").trim() };
}

/** "forslaget", "Medlemsforslaget", "beslutningsforslaget": the vote names the item's own proposal (not an amendment). */
const OWN_PROPOSAL = /(?<![\p{L}])(?:medlems|beslutnings)?forslaget(?![\p{L}])/iu;
/** A tally's motion that is only such a word ("Medlemsforslaget blev forkastet …"). */
const OWN_WHOLE = /^(?:medlems|beslutnings)?forslaget$/iu;

/** The proposer signed under the proposal in the first of the item's texts that names one. */
export function signedIn(itemTexts: readonly (string | null)[]): Proposer | null {
  for (const text of itemTexts) {
    const proposer = text ? signedProposer(text) : null;
    if (proposer) return proposer;
  }
  return null;
}

/**
 * The motion context with the item's own proposal when the vote names "forslaget" and nothing else is in context: the
 * proposer from the title ("Forslag fra Gruppe Ø om …"), else from "(Stillet af Enhedslisten)" under the proposal in
 * the item's own text.
 */
export function withTitleProposal(
  context: MotionContext,
  title: string,
  voteText: string,
  /** The proposer signed in the item's own texts (`signedIn`), asked for only when needed and read once per item. */
  signed: () => Proposer | null = () => null,
): MotionContext {
  // "Medlemsforslaget blev forkastet med 12 stemmer imod 30" names the item's own proposal: its proposer is still open.
  const m = context.motion;
  const ownTally = m?.source === "tally" && !m.proposer && OWN_WHOLE.test(m.text?.trim() ?? "");
  if (ownTally) {
    const proposer = signed();
    return proposer ? { ...context, motion: { ...m, proposer } } : context;
  }
  if (m || context.subPoint || context.target) return context;
  const titled = /\bforslaget\b/iu.test(voteText) ? titleProposal(title) : null;
  if (titled) return { ...context, motion: { source: "proposal", text: titled.text, proposer: titled.proposer } };
  const proposer = OWN_PROPOSAL.test(voteText) ? signed() : null;
  return proposer ? { ...context, motion: { source: "proposal", text: null, proposer } } : context;
}
