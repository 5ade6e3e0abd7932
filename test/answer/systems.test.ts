// Questions over real minutes of three other publishing systems and municipalities (Aarhus' FirstAgenda HTML agenda,
// Ballerup's eDoc export, Syddjurs' Acadre export), written from the documents before the engine ran on them.
import { describeQuestionSet } from "./helpers/question-set.ts";

const real = "test/fixtures/real";
describeQuestionSet({
  title: "questions over other systems' real minutes",
  minutes: [
    `${real}/firstagenda/aarhus/aarhus-byraad-2025-10-08-dagsorden.html`,
    `${real}/edoc/ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.edoc.xml`,
    `${real}/acadre/syddjurs-puk-2013-06-20.acadre.xml`,
  ],
  set: "test/fixtures/answer/systems",
  minPassed: 53,
});
