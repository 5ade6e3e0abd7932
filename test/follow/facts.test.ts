import { describe, expect, it } from "vitest";
import { coversTopic } from "../../src/follow/facts.ts";

// A followed topic is a list of concepts, each a list of alternative wordings; a fact matches when it covers
// every concept. Rows in Danish as Greve's minutes write decisions; the forms of one word must meet.
describe("coversTopic (what a topic subscription matches)", () => {
  it.each([
    [[["budget"]], "Byrådet godkendte budgettet for 2024-2027.", true],
    [[["budgettet"]], "Forslag til budget 2025 blev godkendt.", true],
    [[["budgetter"]], "Udvalget drøftede budgetterne for anlæg.", true],
    [[["budget"]], "Anlægsbudgettet blev sendt videre.", true],
    // Inside a three-part compound the word is neither head nor tail: answers do not find it there, nor does a
    // subscription (first written as a match; changed to answers' rule when the matcher became theirs).
    [[["budget"]], "Anlægsbudgetforslaget blev sendt videre.", false],
    [[["lokalplan"], ["skovhusene"]], "Lokalplanen for Skovhusene vedtages endeligt.", true],
    [[["lokalplan"], ["skovhusene"]], "Lokalplanen for Hundige Strand vedtages endeligt.", false],
    [[["skole"]], "Orientering om trafiksikkerhed.", false],
    [[["mad"]], "Mette Madsen (A) deltog ikke.", false],
  ])("%j in %j: %s", (terms, text, expected) => {
    expect(coversTopic(terms, text)).toBe(expected);
  });
});
