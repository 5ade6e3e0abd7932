// "Forslaget blev forkastet." / "Indstillingen er dermed godkendt." — the outcome of what was just voted on.
import { phraseAlternation } from "../escape-regexp.ts";
import { OUTCOME_WORDS } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";

const outcomes = [...OUTCOME_WORDS].sort((a, b) => b.word.length - a.word.length);
const STATEMENT = new RegExp(
  `^(?:ændrings)?(?:forslaget|indstillingen|indstillingerne|sagen|resultatkravet)\\s+(?:blev|er|var)\\s+(?:hermed\\s+|dermed\\s+|således\\s+|derfor\\s+)?(${phraseAlternation(outcomes.map((o) => o.word))})\\b`,
  "iu",
);

export const outcomeStatement: Rule = {
  name: "outcome-statement",
  example: "Forslaget blev dermed forkastet.",
  scope: "sentence",
  read(sentence) {
    const m = STATEMENT.exec(sentence.trim());
    if (!m) return null;
    const word = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const outcome = outcomes.find((o) => o.word === word)?.outcome;
    return outcome ? { fragments: [{ kind: "outcome", outcome }] } : null;
  },
};
