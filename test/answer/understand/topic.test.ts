import { describe, expect, it } from "vitest";
import { extractTopic } from "../../../src/answer/understand/topic.ts";

const concepts = (q: string) => extractTopic(q, []).concepts.map((c) => c.alternatives);

describe("extractTopic", () => {
  it("drops question words, stop words and words that only frame the question", () => {
    expect(extractTopic("What was decided about Vapnagaard?", []).text).toBe("Vapnagaard");
    expect(extractTopic("hvad besluttede udvalget om veteranpolitikken?", []).text).toBe("veteranpolitikken");
    expect(extractTopic("Hvilke partier stemte imod lokalplanen?", []).text).toBe("lokalplanen");
    expect(extractTopic("Who substituted for her?", []).text).toBe("");
    // Asking for the items themselves: "sager" and "behandlede" say what is wanted, not what about.
    expect(extractTopic("Hvilke sager behandlede udvalget?", []).text).toBe("");
  });

  it.each([
    ["the employment plan", ["employment plan", "beskæftigelsesplan"]],
    ["the integration council", ["integration council", "integrationsråd"]],
    ["the refugees", ["refugees", "flygtninge"]],
    ["the veterans", ["veterans", "veteraner", "veteran"]],
    ["the result targets", ["result targets", "resultatkrav"]],
    ["the budget area", ["budget area", "budgetområde"]],
    ["the strategic conversion", ["strategic conversion", "strategisk omstilling"]],
  ])("bridges %j to Danish", (question, alternatives) => {
    expect(concepts(question)).toEqual([alternatives]);
  });

  it("drops a word one typo away from a question or frame word: it is that word mistyped", () => {
    const t = extractTopic("what did the committe decide on Vapnagaard?", [], "en");
    expect(t.concepts.map((c) => c.written)).toEqual(["Vapnagaard"]);
    expect(extractTopic("hvad besluttde udvalget om veteranpolitikken?", []).text).toBe("veteranpolitikken");
    // Words the glossary knows and short words are never read as mistyped.
    expect(extractTopic("budget", []).text).toBe("budget");
    expect(extractTopic("havn", []).text).toBe("havn");
  });

  it("drops the stop-word part of a hyphenated word ('Birkedalen-sagen' is about Birkedalen), keeps other hyphens", () => {
    expect(concepts("Hvem foreslog at udsætte Birkedalen-sagen?")).toEqual([["udsætte"], ["birkedalen"]]);
    expect(concepts("Europa-Parlamentet")).toEqual([["europa-parlamentet"]]);
  });

  it("offers Danish compounds of adjacent words", () => {
    const topic = extractTopic("the education pool", []);
    expect(topic.compounds).toHaveLength(1);
    expect(topic.compounds[0]?.alternatives).toContain("uddannelsespulje");
  });

  it("reads an ordinal written with digits as its number, as the minutes write it", () => {
    expect(concepts("the 2nd deputy mayor")[0]).toEqual(["2"]);
  });

  it("keeps numbers that narrow the topic", () => {
    expect(concepts("budget area 722")).toEqual([["budget area", "budgetområde"], ["722"]]);
  });

  it("leaves out claimed spans", () => {
    const q = "How did Ø vote on Integrationsrådet?";
    const at = q.indexOf("Ø");
    expect(extractTopic(q, [{ start: at, end: at + 1 }]).text).toBe("Integrationsrådet");
  });
});
