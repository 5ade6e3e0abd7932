import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/answer/corpus.ts";
import { prepareTopic, scoreTopic, UNBRIDGED_WEIGHT } from "../../src/answer/match.ts";
import { extractTopic } from "../../src/answer/understand/topic.ts";
import { FIXTURE_MEETINGS } from "./fixture-index.ts";

const corpus = buildCorpus(FIXTURE_MEETINGS);
const prepared = (q: string, language: "da" | "en" = "en") =>
  prepareTopic(extractTopic(q, [], language), corpus.df, corpus.docs.length);
const doc = (meeting: number, item: number) => corpus.doc(meeting, item) as NonNullable<ReturnType<typeof corpus.doc>>;

describe("scoreTopic", () => {
  it("scores a title match above a match in the case text", () => {
    const p = prepared("integrationsrådet");
    expect(scoreTopic(p, doc(0, 2)).score).toBe(1);
    expect(scoreTopic(p, doc(0, 3)).coverage).toBe(0);
  });

  it("finds an English word through its Danish translation, and a word inside a compound", () => {
    expect(scoreTopic(prepared("the veterans"), doc(0, 4)).coverage).toBeGreaterThan(0.6);
    expect(scoreTopic(prepared("the employment plan"), doc(0, 3)).coverage).toBe(1);
  });

  it("covers only part of a topic when a rare word is missing", () => {
    const s = scoreTopic(prepared("integrationsrådet svømmehal", "da"), doc(0, 2));
    expect(s.coverage).toBeLessThan(0.6);
    expect(s.matched).toEqual([0]);
  });

  it("weighs an English word the glossary and the minutes do not know less than a Danish one", () => {
    const english = prepared("the wonderful integration council");
    const danish = prepared("den vidunderlige integrationsråd", "da");
    expect(english.concepts[0]?.weight).toBeCloseTo((danish.concepts[0]?.weight ?? 0) * UNBRIDGED_WEIGHT);
    expect(scoreTopic(english, doc(0, 2)).coverage).toBeGreaterThan(0.6);
    expect(scoreTopic(danish, doc(0, 2)).coverage).toBeLessThan(0.6);
  });
});
