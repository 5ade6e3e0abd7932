// "1 undlod." — the number who abstained, written as its own sentence after a tally.
import type { Rule } from "./fragment.ts";

const ABSTAIN_COUNT =
  /^(\d{1,3})\s+(?:undlod(?:\s+at\s+stemme)?|stemte\s+hverken\s+for\s+eller\s+imod|stemte\s+blankt)\.?$/iu;

export const abstainCount: Rule = {
  name: "abstain-count",
  example: "1 undlod.",
  scope: "sentence",
  read(sentence) {
    const m = ABSTAIN_COUNT.exec(sentence.trim());
    return m ? { fragments: [{ kind: "abstainCount", count: Number(m[1]) }] } : null;
  },
};
