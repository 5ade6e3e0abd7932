// Scores how fully a text covers a question's topic: each concept weighted by rarity, exact words over parts of compounds.
import { escapeRegExp } from "../parse/escape-regexp.ts";
import { analyze, baseStem, stem, tokenize } from "../search/index.ts";
import { type TermSet, termSet } from "./term-set.ts";
import { isNumberWord, type Topic } from "./understand/topic.ts";

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
  /** Every analysed term of the concepts and compounds and its base stem, once: what a text is searched for. */
  terms: string[];
}

/** A text scored against a topic: fields of term sets, each weighted by what a match there says. */
export interface TermDoc {
  fields: { weight: number; readonly terms: TermSet }[];
}

/** A field of text to score; a function is called only when the field is read. */
export interface TextField {
  weight: number;
  text: string | (() => string);
}

/** How common a term is in the indexed items: what weighs a topic's words by rarity. */
export interface Rarity {
  /** Items holding the analysed term (0 when none). */
  documentFrequency(term: string): number;
  /** Items in all. */
  itemCount: number;
}

/** Rarity weight of a concept: rare words decide what an item is about; words the index lacks weigh most. */
export function prepareTopic(topic: Topic, rarity: Rarity): PreparedTopic {
  const idf = (n: number) => Math.log(1 + rarity.itemCount / (1 + n));
  const terms = (alt: string) => analyze(alt);
  const concepts = topic.concepts.map((c) => {
    const alternatives = c.alternatives.map(terms).filter((t) => t.length > 0);
    // The rarest alternative the index holds sets the weight; when none is in the index, the weight is highest.
    let best = Number.POSITIVE_INFINITY;
    for (const alt of alternatives) {
      const counts = alt.map((t) => rarity.documentFrequency(t)).filter((n) => n > 0);
      if (counts.length === alt.length && counts.length > 0) best = Math.min(best, Math.max(...counts));
    }
    const n = Number.isFinite(best) ? best : 0;
    // Bare numbers (years, amounts) narrow a topic but never carry it; an English word the glossary cannot
    // bridge and the minutes lack may be padding ("monthly"), so it decides less than the words that are found.
    const numeric = c.alternatives.every(isNumberWord);
    const unbridged = c.untranslated && n === 0;
    // A word the index cannot hold ("2" in "Budgetopfølgning 2": single digits are not indexed) cannot be found:
    // it must not count as a word the minutes lack.
    if (alternatives.length === 0) return { alternatives, weight: 0 };
    // A word hidden behind spoiler marks that the minutes lack is a warning, not a subject ("||spoiler||").
    if (c.hidden && n === 0) return { alternatives, weight: 0 };
    return { alternatives, weight: idf(n) * (numeric ? 0.5 : 1) * (unbridged ? UNBRIDGED_WEIGHT : 1) };
  });
  const compounds = topic.compounds.map((c) => ({
    parts: c.parts,
    alternatives: c.alternatives.map(terms).filter((t) => t.length > 0),
  }));
  const all = [...concepts, ...compounds].flatMap((c) => c.alternatives.flat());
  return { topic, concepts, compounds, terms: [...new Set(all.flatMap((t) => [t, baseStem(t)]))] };
}

/**
 * How a question's term is found in a text's terms (stems and their base stems, see topicTermSet). Forms of one
 * word meet at the base stem ("budgetterne" → "budget" → "budg" = "budget" → "budg"), so the term is found exactly
 * when the text holds it or its base; and the base decides whether it is the head or tail of a compound, so every
 * form of a word finds the same compounds ("budgets" and "budgetterne" alike are too short a head for
 * "budgettvist").
 */
function termStrength(term: string, terms: TermSet): number {
  const base = baseStem(term);
  if (terms.has(term) || terms.has(base)) return MATCH_STRENGTH.exact;
  if (/^\d+$/.test(term)) return 0;
  if (base.length >= MIN_HEAD && terms.hasLongerWithPrefix(base)) return MATCH_STRENGTH.part;
  if (base.length >= MIN_TAIL && terms.hasLongerWithSuffix(base)) return MATCH_STRENGTH.part;
  return 0;
}

/** Strength (0..1) of the best alternative in one set of terms; a phrase counts by its share of words found. */
function alternativeStrength(alternatives: readonly string[][], terms: TermSet): number {
  let best = 0;
  // Loops, not map/filter/reduce: this runs for every concept, field and candidate item, and the arrays were the
  // largest share of what an answer allocated.
  for (const alt of alternatives) {
    let found = 0;
    let sum = 0;
    for (const t of alt) {
      const s = termStrength(t, terms);
      if (s > 0) found++;
      sum += s;
    }
    if (found * 2 < alt.length) continue;
    const s = sum / alt.length;
    if (s > best) best = s;
  }
  return best;
}

/** The strongest match a field can give (an exact word; a phrase of exact words). */
const MAX_STRENGTH = MATCH_STRENGTH.exact;

/**
 * Scores a document (fields of term sets) against a prepared topic. A field that cannot raise any concept's score
 * (every concept already found exactly, in a field weighing at least as much) is never read, so its terms are
 * never analysed: an item naming the topic in its title is scored without its long case text. With `fieldsAbove`,
 * only the fields weighing more than that are scored (a bound on what the lighter ones could add is the caller's).
 */
export function scoreTopic(prepared: PreparedTopic, doc: TermDoc, fieldsAbove = Number.NEGATIVE_INFINITY): TopicScore {
  const { concepts, compounds } = prepared;
  const n = concepts.length;
  if (n === 0) return { score: 0, coverage: 0, matched: [] };
  // Typed arrays and loops, no closures: this runs for every candidate item of every question.
  const fieldBest = new Float64Array(n);
  const anyBest = new Float64Array(n);
  for (const field of doc.fields) {
    if (field.weight <= fieldsAbove || settled(fieldBest, anyBest, field.weight)) continue;
    const terms = field.terms;
    for (let k = 0; k < n; k++) {
      const s = alternativeStrength((concepts[k] as PreparedTopic["concepts"][number]).alternatives, terms);
      if (s * field.weight > (fieldBest[k] as number)) fieldBest[k] = s * field.weight;
      if (s > (anyBest[k] as number)) anyBest[k] = s;
    }
    for (const comp of compounds) {
      const s = alternativeStrength(comp.alternatives, terms);
      if (s === 0) continue;
      for (const k of comp.parts) {
        if (s * field.weight > (fieldBest[k] as number)) fieldBest[k] = s * field.weight;
        if (s > (anyBest[k] as number)) anyBest[k] = s;
      }
    }
  }
  let total = 0;
  for (const c of concepts) total += c.weight;
  total ||= 1;
  let score = 0;
  let coverage = 0;
  const matched: number[] = [];
  for (let k = 0; k < n; k++) {
    const weight = (concepts[k] as PreparedTopic["concepts"][number]).weight;
    score += weight * (fieldBest[k] as number);
    coverage += weight * (anyBest[k] as number);
    if ((anyBest[k] as number) > 0) matched.push(k);
  }
  return { score: score / total, coverage: coverage / total, matched };
}

/** True when a field of this weight can raise no concept: each is found exactly, in a field weighing as much. */
function settled(fieldBest: Float64Array, anyBest: Float64Array, weight: number): boolean {
  for (let k = 0; k < anyBest.length; k++) {
    if ((anyBest[k] as number) < MAX_STRENGTH || (fieldBest[k] as number) < MAX_STRENGTH * weight) return false;
  }
  return true;
}

const NO_TERMS = termSet([]);

/**
 * The terms of a text that can answer the scoring's questions about the topic's terms: is t a term, a head or a
 * tail of a longer one. Each word gives its stem and, when Snowball left it an ending its base word loses
 * ("budgettet" → "budget" → "budg"), its base stem too. A Danish stem and a base stem are the word with letters
 * taken off the end, so a term t can only come from a word that holds t: the text is searched for the topic's
 * terms and their base stems, and only the words holding one are tokenised and stemmed. The set answers for the
 * topic's terms exactly as the set of all the text's stems and base stems would.
 */
export function topicTermSet(prepared: PreparedTopic, text: string): TermSet {
  const { terms } = prepared;
  if (terms.length === 0 || text.length === 0) return NO_TERMS;
  // The text is searched as it stands, not folded first: folding a long case text cost more than the search. The
  // pattern finds every place a folded term can stand (any case; å also as aa), and the stretch around a find is
  // folded and tokenised, so a find that folds to something else is dropped there.
  const source = MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize("NFC") : text;
  const pattern = termPattern(terms);
  const stems: string[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(source); found; found = pattern.exec(source)) {
    // The whitespace-delimited stretch around the find: tokenised alone, it yields the words the whole text
    // yields there (whitespace is never part of a word). The search goes on after it.
    const start = lastSpaceBefore(source, found.index) + 1;
    let end = found.index + found[0].length;
    while (end < source.length && !SPACE.test(source[end] as string)) end++;
    for (const word of tokenize(source.slice(start, end))) {
      if (!terms.some((t) => word.includes(t))) continue;
      const stemmed = stem(word);
      const base = baseStem(stemmed);
      stems.push(stemmed);
      if (base !== stemmed) stems.push(base);
    }
    pattern.lastIndex = end;
  }
  return stems.length === 0 ? NO_TERMS : termSet(stems);
}

/** Characters NFC may compose or replace (combining marks; the Ångström, Kelvin and Ohm signs). */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\u036f\u2126\u212a\u212b]/;

const PATTERNS = new WeakMap<readonly string[], RegExp>();

/** One pattern for a topic's folded terms, matching them in unfolded text: any case, and å written aa. */
function termPattern(terms: readonly string[]): RegExp {
  let pattern = PATTERNS.get(terms);
  if (!pattern) {
    const alternatives = [...terms]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((t) => [...t].map((ch) => (ch === "å" ? "(?:å|aa)" : escapeRegExp(ch))).join(""));
    pattern = new RegExp(alternatives.join("|"), "giu");
    PATTERNS.set(terms, pattern);
  }
  return pattern;
}

const SPACE = /\s/;

function lastSpaceBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !SPACE.test(text[i] as string)) i--;
  return i;
}

/** A term document for scoring against the topic; each field's terms are found when first read. */
export function topicDoc(prepared: PreparedTopic, fields: readonly TextField[]): TermDoc {
  return { fields: fields.map((field) => new TopicField(prepared, field)) };
}

/** A field whose terms are found when first read (a class: one small object per field, no closures). */
class TopicField {
  readonly weight: number;
  private found: TermSet | null = null;

  constructor(
    private readonly prepared: PreparedTopic,
    private readonly field: TextField,
  ) {
    this.weight = field.weight;
  }

  get terms(): TermSet {
    const { field } = this;
    this.found ??= topicTermSet(this.prepared, typeof field.text === "string" ? field.text : field.text());
    return this.found;
  }
}
