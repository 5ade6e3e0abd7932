// Searches one decoded inverted index: exact terms first, then prefix, compound parts and typo fallbacks.
import { analyze, stem } from "./analyze.ts";
import { type CompoundLexicon, splitCompound } from "./compounds.ts";
import { decodeInvertedIndex, type InvertedIndexData } from "./inverted-index-format.ts";
import { BM25, EXPANSION } from "./ranking.ts";
import { createTermLookup, popcount, type TermLookup } from "./term-lookup.ts";

/** A scored document: its number in the index, its refs, and which query terms (bit i = term i) it matched. */
export interface RawHit {
  meeting: number;
  key: number;
  score: number;
  terms: string[];
}

export interface RawSearchOptions {
  limit?: number;
  /** Keeps only documents for which this returns true (called with the document's meeting and key). */
  filter?: (meeting: number, key: number) => boolean;
  /** true: expand every term by edit distance too; false: never; undefined: only terms that match nothing else. */
  fuzzy?: boolean;
}

interface Expansion {
  term: number;
  weight: number;
}

/** Documents for a query are collected into a bounded heap: sorting every match would cost more than scoring. */
export class InvertedIndex {
  readonly documentCount: number;
  readonly termCount: number;
  private readonly data: InvertedIndexData;
  private readonly scores: Float64Array;
  private readonly masks: Uint32Array;
  private readonly touched: Int32Array;
  private lookup: TermLookup | null = null;
  private readonly lexicon: CompoundLexicon;

  constructor(bytes: Uint8Array) {
    this.data = decodeInvertedIndex(bytes);
    this.documentCount = this.data.refs.length / 2;
    this.termCount = this.data.terms.length;
    this.scores = new Float64Array(this.documentCount);
    this.masks = new Uint32Array(this.documentCount);
    this.touched = new Int32Array(this.documentCount);
    this.lexicon = {
      isHead: (head) => this.find(head) >= 0 || this.find(stem(head)) >= 0,
      headStem: (head) => (this.find(head) >= 0 ? head : stem(head)),
      tailStem: (tail) => {
        const s = stem(tail);
        return this.find(s) >= 0 ? s : null;
      },
    };
  }

  /** The terms of the index, in code-unit order. */
  get terms(): readonly string[] {
    return this.data.terms;
  }

  /** Document frequency of a term, 0 when absent. */
  documentFrequency(term: string): number {
    const t = this.find(term);
    return t < 0 ? 0 : this.df(t);
  }

  search(query: string, options: RawSearchOptions = {}): RawHit[] {
    const limit = options.limit ?? 20;
    const queryTerms = [...new Set(analyze(query))].slice(0, 32);
    if (queryTerms.length === 0 || this.documentCount === 0 || limit <= 0) return [];
    const { scores, masks, touched } = this;
    let touchedCount = 0;
    const k1 = BM25.k1;
    for (let q = 0; q < queryTerms.length; q++) {
      const bit = 1 << q;
      for (const { term, weight } of this.expand(queryTerms[q] as string, options.fuzzy)) {
        const df = this.df(term);
        const idf = Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5));
        const factor = (idf * weight * (k1 + 1)) / 255;
        const { docs, impacts, offsets, docByteOffsets } = this.data;
        let at = docByteOffsets[term] as number;
        let doc = 0;
        const first = offsets[term] as number;
        const last = offsets[term + 1] as number;
        for (let p = first; p < last; p++) {
          // Delta varint decode, inlined: this loop is the hot path.
          let byte = docs[at++] as number;
          let delta = byte & 0x7f;
          let shift = 128;
          while (byte & 0x80) {
            byte = docs[at++] as number;
            delta += (byte & 0x7f) * shift;
            shift *= 128;
          }
          doc += delta;
          if (masks[doc] === 0) touched[touchedCount++] = doc;
          masks[doc] = (masks[doc] as number) | bit;
          scores[doc] = (scores[doc] as number) + factor * (impacts[p] as number);
        }
      }
    }
    try {
      const heap = new TopK(limit);
      const refs = this.data.refs;
      const total = queryTerms.length;
      for (let i = 0; i < touchedCount; i++) {
        const doc = touched[i] as number;
        const matched = popcount(masks[doc] as number);
        // Coordination: an item matching every query term beats one matching a single term many times.
        const score = (scores[doc] as number) * (matched / total) ** 2;
        if (!options.filter || options.filter(refs[doc * 2] as number, refs[doc * 2 + 1] as number)) {
          heap.offer(doc, score);
        }
      }
      return heap.sorted().map(({ doc, score }) => ({
        meeting: refs[doc * 2] as number,
        key: refs[doc * 2 + 1] as number,
        score,
        terms: queryTerms.filter((_, q) => ((masks[doc] as number) & (1 << q)) !== 0),
      }));
    } finally {
      // The scratch arrays are shared by every query: clear them even when a filter throws.
      for (let i = 0; i < touchedCount; i++) {
        const doc = touched[i] as number;
        scores[doc] = 0;
        masks[doc] = 0;
      }
    }
  }

  /** The index terms a query term stands for: itself, else longer forms, compound parts or near spellings. */
  private expand(term: string, fuzzy: boolean | undefined): Expansion[] {
    const expansions: Expansion[] = [];
    const exact = this.find(term);
    if (exact >= 0) expansions.push({ term: exact, weight: EXPANSION.exact });
    if (exact < 0 && term.length >= EXPANSION.minExpand) expansions.push(...this.prefixes(term));
    if (expansions.length === 0) {
      const parts = splitCompound(term, this.lexicon);
      if (parts) {
        for (const part of parts) {
          const t = this.find(part);
          if (t >= 0) expansions.push({ term: t, weight: EXPANSION.part });
        }
      }
    }
    if (fuzzy === true || (fuzzy === undefined && expansions.length === 0)) {
      const seen = new Set(expansions.map((e) => e.term));
      for (const e of this.near(term)) if (!seen.has(e.term)) expansions.push(e);
    }
    return expansions;
  }

  private prefixes(term: string): Expansion[] {
    const { terms } = this.data;
    const found: number[] = [];
    for (let t = this.lowerBound(term); t < terms.length && found.length < 4096; t++) {
      if (!(terms[t] as string).startsWith(term)) break;
      if (terms[t] !== term) found.push(t);
    }
    found.sort((a, b) => this.df(b) - this.df(a) || a - b);
    return found.slice(0, EXPANSION.maxPrefix).map((t) => ({
      term: t,
      weight: EXPANSION.prefix * (term.length / (this.data.terms[t] as string).length),
    }));
  }

  private near(term: string): Expansion[] {
    if (term.length < EXPANSION.minExpand || /\d/.test(term)) return [];
    const max = Math.min(EXPANSION.maxEdits, Math.round(term.length * EXPANSION.fuzzyShare));
    if (max === 0) return [];
    // Built on first use: an index that never meets a typo pays nothing for it.
    this.lookup ??= createTermLookup(this.data.terms);
    return this.lookup
      .near(term, max)
      .map(({ term: t, distance }) => ({ term: t, weight: EXPANSION.fuzzy * (1 - distance / (term.length + 1)) }));
  }

  private df(t: number): number {
    return (this.data.offsets[t + 1] as number) - (this.data.offsets[t] as number);
  }

  /** The term's number, or -1. */
  private find(term: string): number {
    const t = this.lowerBound(term);
    return this.data.terms[t] === term ? t : -1;
  }

  private lowerBound(term: string): number {
    const { terms } = this.data;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The best `size` documents by score; ties go to the lower document number, so results are stable. */
class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly size: number) {}

  offer(doc: number, score: number): void {
    if (this.docs.length < this.size) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
    } else if (this.better(doc, score, this.docs[0] as number, this.scores[0] as number)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): { doc: number; score: number }[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private better(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && docA < docB);
  }

  // Min-heap: the root is the worst kept document.
  private up(i: number): void {
    let child = i;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worse(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(i: number): void {
    let parent = i;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.docs.length && this.worse(left, worst)) worst = left;
      if (right < this.docs.length && this.worse(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private worse(a: number, b: number): boolean {
    return this.better(
      this.docs[b] as number,
      this.scores[b] as number,
      this.docs[a] as number,
      this.scores[a] as number,
    );
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b] as number, this.docs[a] as number];
    [this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number];
  }
}
