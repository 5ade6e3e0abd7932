import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemDocOf } from "../../src/answer/item-doc.ts";
import {
  type PreparedTopic,
  prepareTopic,
  scoreTopic,
  topicDoc,
  topicTermSet,
  UNBRIDGED_WEIGHT,
} from "../../src/answer/match.ts";
import { termSet } from "../../src/answer/term-set.ts";
import { extractTopic } from "../../src/answer/understand/topic.ts";
import { analyze, baseStem, stem, tokenize } from "../../src/search/index.ts";
import { FIXTURE_MEETINGS, fixtureIndex } from "./fixture-index.ts";

const index = fixtureIndex();
const rarity = {
  documentFrequency: (t: string) => index.documentFrequency?.(t) ?? 0,
  itemCount: index.itemCount ?? 0,
};
const prepared = (q: string, language: "da" | "en" = "en") => prepareTopic(extractTopic(q, [], language), rarity);
/** Scores item `item` (by number) of fixture meeting `meeting` against a prepared topic. */
const score = (p: PreparedTopic, meeting: number, item: number) => {
  const index = FIXTURE_MEETINGS[meeting]?.items.findIndex((x) => x.number === item) ?? -1;
  return scoreTopic(p, topicDoc(p, itemDocOf(FIXTURE_MEETINGS, meeting, index).fields));
};

describe("scoreTopic", () => {
  it("scores a title match above a match in the case text", () => {
    const p = prepared("integrationsrådet");
    expect(score(p, 0, 2).score).toBe(1);
    expect(score(p, 0, 3).coverage).toBe(0);
  });

  it("finds an English word through its Danish translation, and a word inside a compound", () => {
    expect(score(prepared("the veterans"), 0, 4).coverage).toBeGreaterThan(0.6);
    expect(score(prepared("the employment plan"), 0, 3).coverage).toBe(1);
  });

  it("covers only part of a topic when a rare word is missing", () => {
    const s = score(prepared("integrationsrådet svømmehal", "da"), 0, 2);
    expect(s.coverage).toBeLessThan(0.6);
    expect(s.matched).toEqual([0]);
  });

  it("weighs an English word the glossary and the minutes do not know less than a Danish one", () => {
    const english = prepared("the wonderful integration council");
    const danish = prepared("den vidunderlige integrationsråd", "da");
    expect(english.concepts[0]?.weight).toBeCloseTo((danish.concepts[0]?.weight ?? 0) * UNBRIDGED_WEIGHT);
    expect(score(english, 0, 2).coverage).toBeGreaterThan(0.6);
    expect(score(danish, 0, 2).coverage).toBeLessThan(0.6);
  });
});

describe("scoreTopic over the forms of a word", () => {
  // Vote texts from Greve's minutes (Klima-, Teknik- og Miljøudvalget 2 June 2022, Økonomiudvalget 13 June 2022,
  // Plan- og Tryghedsudvalget 12 August 2025).
  const definite = 'finansieres via den i budgettet afsatte "Pulje til klimaprojekter"';
  const base = "at der udarbejdes et udvidelsesforslag til budget 2023-26";
  const compound = "Sydkystens Boligselskab SYD-BO, afdeling Heimdals Kvarter, budgettvist";
  const coverage = (p: PreparedTopic, text: string) => scoreTopic(p, topicDoc(p, [{ text, weight: 1 }])).coverage;

  it("finds a word in the text whatever form the question and the text give it", () => {
    for (const [q, language] of [
      ["budgets", "en"],
      ["budget", "da"],
      ["budgettet", "da"],
      ["budgetterne", "da"],
    ] as const) {
      const p = prepared(q, language);
      expect([q, coverage(p, definite), coverage(p, base)]).toEqual([q, 1, 1]);
    }
  });

  it("lets every form of a word find the same compounds", () => {
    const found = ["budgets", "budgettet", "budgetterne"].map((q) => coverage(prepared(q, "da"), compound));
    expect(new Set(found).size).toBe(1);
  });
});

describe("topicTermSet", () => {
  const sample = readdirSync("index-data/minutes")
    .map((f) => readFileSync(join("index-data/minutes", f), "utf8"))
    .join("\n");

  it("relies on stems and base stems that are their words with letters taken off the end", () => {
    const words = new Set(tokenize(sample));
    expect(words.size).toBeGreaterThan(1000);
    const odd = [...words].filter((w) => !w.startsWith(stem(w)) || !w.startsWith(baseStem(stem(w))));
    expect(odd).toEqual([]);
  });

  it("answers questions about the topic's terms as the set of all the text's stems and base stems does", () => {
    const lines = sample.split("\n").filter((l) => l.trim().length > 20);
    const vocabulary = [...new Set(analyze(sample))].filter((t) => t.length >= 3);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length - 40 }),
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }),
        (start, picked) => {
          const text = lines.slice(start, start + 40).join("\n");
          // Heads and tails of words too, as a question's compound parts are.
          const terms = picked.flatMap((t) => [t, t.slice(0, 5), t.slice(-4)]).filter((t) => t.length >= 2);
          const topic = { ...prepared("x"), terms: [...new Set(terms)] };
          const some = topicTermSet(topic, text);
          const all = termSet(analyze(text).flatMap((s) => [s, baseStem(s)]));
          for (const t of topic.terms) {
            expect([t, some.has(t)]).toEqual([t, all.has(t)]);
            expect([t, some.hasLongerWithPrefix(t)]).toEqual([t, all.hasLongerWithPrefix(t)]);
            expect([t, some.hasLongerWithSuffix(t)]).toEqual([t, all.hasLongerWithSuffix(t)]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
