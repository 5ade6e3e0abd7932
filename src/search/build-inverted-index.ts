// Builds one compact inverted index (items, votes or upcoming rows) from documents made of weighted text fields.
import { eachToken, stem } from "./analyze.ts";
import { type CompoundLexicon, splitCompound } from "./compounds.ts";
import { GrowableBytes, GrowableFloat32, GrowableUint32 } from "./growable.ts";
import { encodeInvertedIndex } from "./inverted-index-format.ts";
import { BM25, type FieldSpec } from "./ranking.ts";

/** One searchable unit: where it points and its fields' texts, in the order of the index's FieldSpec list. */
export interface SearchDocument {
  /** Index into the meetings. */
  meeting: number;
  /** Item number, vote index or upcoming row index, depending on the index. */
  key: number;
  fields: readonly string[];
}

/**
 * Scores are computed here, once, so a query only adds numbers: BM25F (field-weighted term frequency, each field
 * normalised by its own average length, then saturated) gives each (term, document) an impact in [0, k1+1),
 * stored in one byte. Compound parts count at BM25.partWeight of a whole word.
 */
export function buildInvertedIndex(documents: readonly SearchDocument[], fields: readonly FieldSpec[]): Uint8Array {
  const fieldCount = fields.length;
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  // Per document, per field: (word id, count) pairs, and each field's length in words. Counting goes through a
  // typed array indexed by word id and a list of the ids touched: a Map per field was the build's main cost.
  const entryStart = new GrowableUint32();
  const entryWord = new GrowableUint32();
  const entryField = new GrowableUint32();
  const entryCount = new GrowableUint32();
  const fieldLength = new GrowableFloat32();
  const fieldTotal = new Float64Array(fieldCount);
  let counts = new Uint32Array(1 << 16);
  const seen: number[] = [];

  for (const document of documents) {
    entryStart.push(entryWord.length);
    for (let f = 0; f < fieldCount; f++) {
      const length = eachToken(document.fields[f] ?? "", (word) => {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          // A copy: the token is a slice of its whole field text, which would otherwise stay alive with it.
          const own = detach(word);
          words.push(own);
          wordIds.set(own, id);
          if (id >= counts.length) {
            const bigger = new Uint32Array(counts.length * 2);
            bigger.set(counts);
            counts = bigger;
          }
        }
        if (counts[id] === 0) seen.push(id);
        counts[id] = (counts[id] as number) + 1;
      });
      for (const id of seen) {
        entryWord.push(id);
        entryField.push(f);
        entryCount.push(counts[id] as number);
        counts[id] = 0;
      }
      seen.length = 0;
      fieldLength.push(length);
      fieldTotal[f] = (fieldTotal[f] ?? 0) + length;
    }
  }
  entryStart.push(entryWord.length);

  // Every word's stem, and its compound parts split against the corpus's own vocabulary.
  const stems = words.map(stem);
  const stemSet = new Set(stems);
  const lexicon: CompoundLexicon = {
    isHead: (head) => wordIds.has(head) || stemSet.has(head),
    headStem: (head) => (wordIds.has(head) ? stem(head) : head),
    tailStem: (tail) => (wordIds.has(tail) ? stem(tail) : stemSet.has(tail) ? tail : null),
  };
  const parts = words.map((word, i) => (splitCompound(word, lexicon) ?? []).filter((part) => part !== stems[i]));

  const termSet = new Set<string>(stems);
  for (const list of parts) for (const part of list) termSet.add(part);
  // Code-unit order: the reader's binary search compares with < as well.
  const terms = [...termSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const wordTerm = Uint32Array.from(stems, (s) => termIds.get(s) as number);
  const wordParts = parts.map((list) => list.map((p) => termIds.get(p) as number));

  const averages = Array.from(fieldTotal, (total) => Math.max(1, total / Math.max(1, documents.length)));
  const weights = fields.map((spec) => spec.weight);
  const bs = fields.map((spec) => spec.b);
  const postingTerm = new GrowableUint32();
  const postingDoc = new GrowableUint32();
  const postingImpact = new GrowableUint32();
  const weighted = new Float64Array(terms.length);
  const starts = entryStart.view();
  const entryWords = entryWord.view();
  const entryFields = entryField.view();
  const entryCounts = entryCount.view();
  const lengths = fieldLength.view();
  const touched: number[] = [];
  const add = (term: number, tf: number): void => {
    if (weighted[term] === 0) touched.push(term);
    weighted[term] = (weighted[term] as number) + tf;
  };
  for (let d = 0; d < documents.length; d++) {
    for (let e = starts[d] as number; e < (starts[d + 1] as number); e++) {
      const f = entryFields[e] as number;
      const b = bs[f] as number;
      const norm = 1 - b + (b * (lengths[d * fieldCount + f] as number)) / (averages[f] as number);
      const tf = ((weights[f] as number) * (entryCounts[e] as number)) / norm;
      const w = entryWords[e] as number;
      add(wordTerm[w] as number, tf);
      for (const part of wordParts[w] as number[]) add(part, tf * BM25.partWeight);
    }
    for (const term of touched) {
      postingTerm.push(term);
      postingDoc.push(d);
      postingImpact.push(quantize(weighted[term] as number));
      weighted[term] = 0;
    }
    touched.length = 0;
  }

  // Group postings by term (counting sort keeps document order inside each term).
  const termCount = terms.length;
  const offsets = new Uint32Array(termCount + 1);
  const postingTerms = postingTerm.view();
  const postingDocs = postingDoc.view();
  const postingImpacts = postingImpact.view();
  for (let p = 0; p < postingTerms.length; p++) (offsets[(postingTerms[p] as number) + 1] as number)++;
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const cursor = offsets.slice(0, termCount);
  const sortedDoc = new Uint32Array(postingTerm.length);
  const impacts = new Uint8Array(postingTerm.length);
  for (let p = 0; p < postingTerms.length; p++) {
    const t = postingTerms[p] as number;
    const at = (cursor[t] as number)++;
    sortedDoc[at] = postingDocs[p] as number;
    impacts[at] = postingImpacts[p] as number;
  }
  const docBytes = new GrowableBytes();
  const docByteOffsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    let previous = 0;
    for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++) {
      const doc = sortedDoc[p] as number;
      docBytes.pushVarint(doc - previous);
      previous = doc;
    }
    docByteOffsets[t + 1] = docBytes.length;
  }

  const refs = new Uint32Array(documents.length * 2);
  documents.forEach((document, d) => {
    refs[d * 2] = document.meeting;
    refs[d * 2 + 1] = document.key;
  });
  return encodeInvertedIndex({ terms, offsets, docByteOffsets, docs: docBytes.view(), impacts, refs });
}

/** A flat copy of a string that does not keep the string it was sliced from alive. */
function detach(word: string): string {
  return ` ${word}`.slice(1);
}

/** The saturated BM25 term weight, in [0, k1+1), as a byte (1..255: a present term never rounds to nothing). */
function quantize(tf: number): number {
  const saturated = (tf * (BM25.k1 + 1)) / (tf + BM25.k1);
  return Math.max(1, Math.min(255, Math.round((saturated / (BM25.k1 + 1)) * 255)));
}
