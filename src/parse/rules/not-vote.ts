// "X (V) tog forbehold." / "X deltog ikke i sagens behandling." — positions that are not votes.
import { phraseAlternation } from "../escape-regexp.ts";
import { BODY_WORDS, NOT_VOTE_PHRASES } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";

const NOT_VOTE = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(NOT_VOTE_PHRASES)})(?![\\p{L}])`, "iu");

/** "Magistraten kunne tiltræde indstillingen.": the body itself adopts; a decision, not a split. */
const BODY_ADOPTS = new RegExp(
  `^(?:[\\d.,\\s-]+)?(?:det\\s+samlede\\s+|et\\s+enigt\\s+)?\\p{L}*(?:${BODY_WORDS.join("|")})\\s+(?:(?:kunne|kan)\\s+tiltræde|undlod|undlader|stemte\\s+om)\\b`,
  "iu",
);

/** "Undlader." / "Undlod at tage stilling." with no subject: the body as a whole left the decision to the next body. */
const BARE_ABSTENTION =
  /^(?:\d[\d.\s,-]*\s+)?(?:undlader|undlod)(?:\s+at\s+tage\s+stilling|\s+stillingtagen)?\s*\.?$/iu;

export const notVote: Rule = {
  name: "not-vote",
  example: "Det Konservative Folkeparti tog forbehold for sin endelige stillingtagen.",
  scope: "sentence",
  read(sentence) {
    return NOT_VOTE.test(sentence) || BODY_ADOPTS.test(sentence.trim()) || BARE_ABSTENTION.test(sentence.trim())
      ? { fragments: [{ kind: "noVote" }] }
      : null;
  },
};
