// The user-style question set over the bundled sample minutes (index-data/minutes): typos, chat markup, date forms,
// follow-ups and not-found cases in both languages, written before the code was run on them. Prints its score.
import { describeQuestionSet } from "./helpers/question-set.ts";

describeQuestionSet({
  title: "user-style questions over the bundled samples",
  minutes: "index-data/minutes",
  set: "test/fixtures/answer/samples",
  gold: "test/fixtures/parse/gold",
  minPassed: 126,
});
