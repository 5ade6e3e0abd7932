// "Lene Kopp (Ø) er ikke imod en ny daginstitution, men mod placeringen, og stemte derfor imod." — a position on part
// of a proposal: a vote only when the sentence also says how the member voted; else a stance, no vote.
import type { Position } from "../../domain/index.ts";
import { PART_STANCE, STANCE_THEN_VOTE } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

const POSITION_OF: Record<string, Position> = { imod: "against", nej: "against", for: "for", ja: "for" };

export const partStance: Rule = {
  name: "part-stance",
  example:
    "Mehmet Zeki Dogru (Ø) er ikke imod et nyt vandværk men mod placeringen, da man ønsker området udlagt til skovrejsning.",
  scope: "sentence",
  // PART_STANCE holds "ikke imod".
  cue: /ikke\s+imod/iu,
  read(sentence) {
    const m = PART_STANCE.exec(sentence);
    // The subject is all that stands before the stance (no search back over the sentence for where it starts).
    const subject = m ? readSubject(sentence.slice(0, m.index)) : null;
    if (!m || !subject || subject.entries.length === 0) return null;
    const tail = sentence.slice(m.index + m[0].length);
    const vote = STANCE_THEN_VOTE.exec(tail);
    // "…, men mod placeringen, og Ole Dam (V) stemte imod": another subject's vote, left to the position rules.
    if (!vote && /(?<![\p{L}])(?:stemte|stemmer)(?![\p{L}])/iu.test(tail)) return null;
    const position = vote ? POSITION_OF[(vote[1] ?? "").toLowerCase()] : undefined;
    if (position)
      return {
        fragments: [
          { kind: "position", position, entries: subject.entries, side: null, strong: true, total: subject.total },
        ],
      };
    return { fragments: [{ kind: "stance", entries: subject.entries }] };
  },
};
