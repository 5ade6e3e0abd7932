// "Derefter fulgte følgende afstemning:" — the ballot question follows (after the colon or in the next paragraph).
import { BALLOT_INTROS } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";

export const ballotIntro: Rule = {
  name: "ballot-intro",
  example: "Derefter fulgte følgende afstemning:",
  scope: "sentence",
  // Every intro of BALLOT_INTROS puts something "til afstemning" or says it was "stemt" ("stemte") on.
  cue: /stemt|afstemning/iu,
  read(sentence) {
    for (const p of BALLOT_INTROS) {
      const m = p.exec(sentence);
      if (!m) continue;
      const text = (m.groups?.motion ?? sentence.slice(m[0].length)).trim().replace(/^["“”]+|["“”]+\.?$/gu, "");
      return {
        fragments: [
          {
            kind: "motion",
            source: "ballot",
            label: null,
            points: [],
            text: text === "" ? null : text,
            proposer: null,
            needsText: text === "",
          },
        ],
      };
    }
    return null;
  },
};
