// "X (V) tog forbehold." / "X deltog ikke i sagens behandling." — positions that are not votes.
import { NOT_VOTE_PHRASES } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";

const NOT_VOTE = new RegExp(
  `(?<![\\p{L}])(?:${NOT_VOTE_PHRASES.map((p) => p.replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu",
);

export const notVote: Rule = {
  name: "not-vote",
  example: "Det Konservative Folkeparti tog forbehold for sin endelige stillingtagen.",
  scope: "sentence",
  read(sentence) {
    return NOT_VOTE.test(sentence) ? { fragments: [{ kind: "noVote" }] } : null;
  },
};
