// Scores how fully a text covers a question's topic: each concept weighted by rarity, exact words over parts of compounds.
import { analyze } from "../search/index.ts";
import type { TermDoc } from "./corpus.ts";
import { type TermSet, termSet } from "./term-set.ts";
import type { Topic } from "./understand/topic.ts";

/** How much a match counts by kind. */
export const MATCH_STRENGTH = {
  exact: 1,
  /** The question's word is the head or tail of a compound in the text ("veteran" in "veteranpolitik"). */
  part: 0.7,
} as const;

/** Weight share of an English word that neither the glossary nor the minutes know. */
export const UNBRIDGED_WEIGHT = 0.4;

/** A word must be this long to be found inside a compound (shorter heads and tails match too much). */
const MIN_HEAD = 5;
const MIN_TAIL = 4;

export interface TopicScore {
  /** 0..1: share of the topic's weight the text covers, field weights applied. */
  score: number;
  /** 0..1: share of the topic's weight found anywhere in the text, regardless of field. */
  coverage: number;
  /** Concepts found (by index into topic.concepts). */
  matched: number[];
}

/** The analysed terms of each concept's alternatives, computed once per question. */
export interface PreparedTopic {
  topic: Topic;
  concepts: { alternatives: string[][]; weight: number }[];
  compounds: { parts: [number, number]; alternatives: string[][] }[];
}

/** Rarity weight of a concept: rare words decide what an item is about; words the corpus lacks weigh most. */
export function prepareTopic(topic: Topic, df: ReadonlyMap<string, number>, docCount: number): PreparedTopic {
  const idf = (n: number) => Math.log(1 + docCount / (1 + n));
  const terms = (alt: string) => analyze(alt);
  const concepts = topic.concepts.map((c) => {
    const alternatives = c.alternatives.map(terms).filter((t) => t.length > 0);
    // The rarest alternative the corpus holds sets the weight; when none is in the corpus, the weight is highest.
    let best = Number.POSITIVE_INFINITY;
    for (const alt of alternatives) {
      const counts = alt.map((t) => df.get(t) ?? 0).filter((n) => n > 0);
      if (counts.length === alt.length && counts.length > 0) best = Math.min(best, Math.max(...counts));
    }
    const n = Number.isFinite(best) ? best : 0;
    // Bare numbers (years, amounts) narrow a topic but never carry it; an English word the glossary cannot
    // bridge and the minutes lack may be padding ("monthly"), so it decides less than the words that are found.
    const numeric = c.alternatives.every((a) => /^\d+$/.test(a));
    const unbridged = c.untranslated && n === 0;
    return { alternatives, weight: idf(n) * (numeric ? 0.5 : 1) * (unbridged ? UNBRIDGED_WEIGHT : 1) };
  });
  const compounds = topic.compounds.map((c) => ({
    parts: c.parts,
    alternatives: c.alternatives.map(terms).filter((t) => t.length > 0),
  }));
  return { topic, concepts, compounds };
}

function termStrength(term: string, terms: TermSet): number {
  if (terms.has(term)) return MATCH_STRENGTH.exact;
  if (/^\d+$/.test(term)) return 0;
  if (term.length >= MIN_HEAD && terms.hasLongerWithPrefix(term)) return MATCH_STRENGTH.part;
  if (term.length >= MIN_TAIL && terms.hasLongerWithSuffix(term)) return MATCH_STRENGTH.part;
  return 0;
}

/** Strength (0..1) of the best alternative in one set of terms; a phrase counts by its share of words found. */
function alternativeStrength(alternatives: readonly string[][], terms: TermSet): number {
  let best = 0;
  for (const alt of alternatives) {
    const strengths = alt.map((t) => termStrength(t, terms));
    const found = strengths.filter((s) => s > 0).length;
    if (found * 2 < alt.length) continue;
    const s = strengths.reduce((a, b) => a + b, 0) / alt.length;
    if (s > best) best = s;
  }
  return best;
}

/** Scores a document (fields of term sets) against a prepared topic. */
export function scoreTopic(prepared: PreparedTopic, doc: TermDoc): TopicScore {
  const n = prepared.concepts.length;
  if (n === 0) return { score: 0, coverage: 0, matched: [] };
  const fieldBest = new Array<number>(n).fill(0);
  const anyBest = new Array<number>(n).fill(0);
  for (const field of doc.fields) {
    prepared.concepts.forEach((c, k) => {
      const s = alternativeStrength(c.alternatives, field.terms);
      if (s * field.weight > (fieldBest[k] ?? 0)) fieldBest[k] = s * field.weight;
      if (s > (anyBest[k] ?? 0)) anyBest[k] = s;
    });
    for (const comp of prepared.compounds) {
      const s = alternativeStrength(comp.alternatives, field.terms);
      if (s === 0) continue;
      for (const k of comp.parts) {
        if (s * field.weight > (fieldBest[k] ?? 0)) fieldBest[k] = s * field.weight;
        if (s > (anyBest[k] ?? 0)) anyBest[k] = s;
      }
    }
  }
  const total = prepared.concepts.reduce((a, c) => a + c.weight, 0) || 1;
  let score = 0;
  let coverage = 0;
  const matched: number[] = [];
  prepared.concepts.forEach((c, k) => {
    score += c.weight * (fieldBest[k] ?? 0);
    coverage += c.weight * (anyBest[k] ?? 0);
    if ((anyBest[k] ?? 0) > 0) matched.push(k);
  });
  return { score: score / total, coverage: coverage / total, matched };
}

/** A term document made of plain strings (an upcoming row, a sentence). */
export function termDocOf(texts: readonly { text: string; weight: number }[]): TermDoc {
  return { fields: texts.map((t) => ({ weight: t.weight, terms: termSet(analyze(t.text)) })) };
}
