// "Gert Wahl (Ø) stemte for forslaget" in an item titled "Forslag fra Gruppe Ø om …": that proposal is the motion.
import type { Proposer } from "../rules/fragment.ts";
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

/** The motion context with the item's own proposal when the vote names "forslaget" and nothing else is in context. */
export function withTitleProposal(context: MotionContext, title: string, voteText: string): MotionContext {
  if (context.motion || context.subPoint || context.target || !/\bforslaget\b/iu.test(voteText)) return context;
  const titled = titleProposal(title);
  return titled
    ? { ...context, motion: { source: "proposal", text: titled.text, proposer: titled.proposer } }
    : context;
}
