// Vote questions over real Greve meetings whose decisions hold split votes written in several ways (party letters
// in lists, members on both sides of two candidacy votes, a proposal to postpone): expectations written from the
// JSON files before the engine was run on them. First run 6/12 (over the whole Greve archive, before the parser read
// the two candidacy votes apart and before the glossary knew "application" and "candidacy"); 8/12 after those; 10/12
// once votes recorded in a decision block that speaks of the topic count as on the topic. v-05 was amended after the
// first run: a second Venstre vote on Birkedalen (4 June 2025), which the first expectation had missed, is cited too.
// v-06 passed (12/12) once an item's earlier treatments (quoted blocks and votes of another day or body) weigh less
// than its own meeting's: the postponement was proposed on 5 May, and the 4 June item quotes it in its history.
// v-13 to v-22 (amounts, abstentions, absence, remarks, attendance over three more meetings) were added in a later
// round, also written before running. v-23/v-24 ("why did … vote against"): 22/24 before vote lines quoted a vote
// sentence that gives its reason, 24/24 after.
import { readdirSync } from "node:fs";
import { describeQuestionSet } from "./helpers/question-set.ts";

const own = "test/fixtures/answer/greve-votes/minutes";
describeQuestionSet({
  title: "vote questions over real Greve meetings",
  minutes: [
    ...readdirSync(own).map((f) => `${own}/${f}`),
    "test/fixtures/real/firstagenda/greve/greve-kultur-og-fritidsudvalget-2022-06-01.json",
  ],
  set: "test/fixtures/answer/greve-votes",
  minPassed: 24,
});
