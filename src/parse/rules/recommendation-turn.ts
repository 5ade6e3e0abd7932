// "Herefter blev indstillingen godkendt." / "Derefter anbefaler udvalget indstillingen." — the vote turns back to the recommendation.
import { OUTCOME_WORDS, RECOMMENDATION_TURN_VERBS, TURN_WORDS } from "../lexicon.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { tally } from "./tally.ts";

const outcomes = [...OUTCOME_WORDS].sort((a, b) => b.word.length - a.word.length);
const TURN = new RegExp(`(?<!\\w)(?:${TURN_WORDS.join("|")})\\b`, "iu");
const RECOMMENDATION = /(?<!\w)indstilling(?:en|erne)\b/iu;
const word = (w: string) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "iu");

export const recommendationTurn: Rule = {
  name: "recommendation-turn",
  example: "Herefter blev indstillingen godkendt.",
  scope: "sentence",
  // RECOMMENDATION must be found.
  cue: /indstilling/iu,
  read(sentence) {
    const s = sentence.trim();
    // Names or party letters in the sentence make it a position ("Herefter godkendte A (5) indstillingen"): not ours.
    if (/[()]/u.test(s) || !TURN.test(s) || !RECOMMENDATION.test(s)) return null;
    const fragments: Fragment[] = [
      {
        kind: "motion",
        source: "recommendation",
        label: null,
        points: [],
        text: null,
        proposer: null,
        needsText: false,
      },
    ];
    // "Herefter blev indstillingen godkendt med 5 stemmer mod 3.": the turn, then its numbers.
    const counted = tally.read(s);
    if (counted) return { fragments: [...fragments, ...counted.fragments] };
    const stated = outcomes.find((o) => word(o.word).test(s))?.outcome;
    const active = RECOMMENDATION_TURN_VERBS.some((v) => word(v).test(s)) ? "adopted" : undefined;
    const outcome = stated ?? active;
    if (outcome) fragments.push({ kind: "outcome", outcome });
    return { fragments };
  },
};
