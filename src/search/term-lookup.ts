// Typo look-up over an index's term list: the terms within a bounded edit distance of a query term.
//
// Two ways, with the same answers (`npm run bench` times both side by side):
// - "scan": terms bucketed by length and a bitmask of their letters; a term whose mask differs too much is skipped
//   without computing a distance, the rest get the bounded edit distance.
// - "radix": MiniSearch's SearchableMap (a radix tree) walks only the branches within the distance. Its distance
//   is Levenshtein, where two swapped letters cost 2; ours (edit-distance.ts) counts a swap as 1, so each swap of
//   the query is looked up too, one edit tighter, and every candidate is checked with our distance.
import SearchableMap from "minisearch/SearchableMap";
import { boundedEditDistance } from "./edit-distance.ts";

export type TermLookupKind = "scan" | "radix";

/** A term of the list (its number) and its edit distance from the query term. */
export interface NearTerm {
  term: number;
  distance: number;
}

export interface TermLookup {
  readonly kind: TermLookupKind;
  /** Terms (without digits) within `max` edits of `word` (a swap of two neighbouring letters is one), in term order. */
  near(word: string, max: number): NearTerm[];
}

/**
 * The look-up indexes use, chosen by the bench (see README "Speed"). Either is built on first use, so an index
 * that never meets a typo pays for neither.
 */
export const DEFAULT_TERM_LOOKUP: TermLookupKind = "scan";

let chosen: TermLookupKind = DEFAULT_TERM_LOOKUP;

/** Sets the look-up for indexes that have not built theirs yet: the bench times both kinds in turn. */
export function useTermLookup(kind: TermLookupKind): void {
  chosen = kind;
}

export function createTermLookup(terms: readonly string[], kind: TermLookupKind = chosen): TermLookup {
  return kind === "radix" ? radixLookup(terms) : scanLookup(terms);
}

const hasDigit = (word: string) => /\d/.test(word);

export function scanLookup(terms: readonly string[]): TermLookup {
  // Terms bucketed by length (only lengths within `max` are compared), and a bitmask of the letters each holds.
  // One edit changes at most two bits of that mask, so a term whose mask differs from the query's in more than
  // 2 × max bits is skipped without computing a distance.
  const byLength: number[][] = [];
  const masks = new Uint32Array(terms.length);
  terms.forEach((t, i) => {
    masks[i] = letterMask(t);
    if (hasDigit(t)) return;
    if (!byLength[t.length]) byLength[t.length] = [];
    byLength[t.length]?.push(i);
  });
  return {
    kind: "scan",
    near(word, max) {
      const queryMask = letterMask(word);
      const found: NearTerm[] = [];
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const t of byLength[length] ?? []) {
          if (popcount(((masks[t] as number) ^ queryMask) >>> 0) > 2 * max) continue;
          const distance = boundedEditDistance(word, terms[t] as string, max);
          if (distance <= max) found.push({ term: t, distance });
        }
      }
      // In term order, like the radix look-up: scores summed in the same order are the same to the last bit.
      return found.sort((a, b) => a.term - b.term);
    },
  };
}

export function radixLookup(terms: readonly string[]): TermLookup {
  const map = new SearchableMap<number>();
  terms.forEach((t, i) => {
    if (!hasDigit(t)) map.set(t, i);
  });
  return {
    kind: "radix",
    near(word, max) {
      const candidates = new Set<number>();
      // A term within `max` edits counting swaps as one is within `max - k` plain edits of the query with k of
      // its neighbouring letters swapped first (a swapped pair is not edited again), for some k.
      let variants = new Set([word]);
      for (let swaps = 0; swaps <= max; swaps++) {
        const next = new Set<string>();
        for (const variant of variants) {
          for (const [, [term]] of map.fuzzyGet(variant, max - swaps)) candidates.add(term);
          if (swaps < max) for (const swapped of neighbourSwaps(variant)) next.add(swapped);
        }
        variants = next;
      }
      const found: NearTerm[] = [];
      for (const t of [...candidates].sort((a, b) => a - b)) {
        const distance = boundedEditDistance(word, terms[t] as string, max);
        if (distance <= max) found.push({ term: t, distance });
      }
      return found;
    },
  };
}

function neighbourSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** One bit per letter a–z, æ, ø, å, one for digits and one for anything else. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let bit: number;
    if (code >= 0x61 && code <= 0x7a) bit = code - 0x61;
    else if (code === 0xe6) bit = 26;
    else if (code === 0xf8) bit = 27;
    else if (code === 0xe5) bit = 28;
    else if (code >= 0x30 && code <= 0x39) bit = 29;
    else bit = 30;
    mask |= 1 << bit;
  }
  return mask >>> 0;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
