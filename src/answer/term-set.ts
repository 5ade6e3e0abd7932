// A set of analysed terms that also answers "does a longer term start or end with this one?".

export interface TermSet {
  has(term: string): boolean;
  /** True when a term longer than `part` starts with it ("veteran" → "veteranpolitik"). */
  hasLongerWithPrefix(part: string): boolean;
  /** True when a term longer than `part` ends with it ("pulj" → "uddannelsespulj"). */
  hasLongerWithSuffix(part: string): boolean;
}

/**
 * Up to this many terms, a prefix or suffix question scans the terms: a set is built per candidate item and asked
 * a handful of questions, so sorting it (and a reversed copy) first would cost more than the scans.
 */
export const SCAN_LIMIT = 512;

const reverse = (s: string) => [...s].reverse().join("");

/** First index in the sorted array whose value is >= key. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasLongerStartingWith(sorted: readonly string[], key: string): boolean {
  let i = lowerBound(sorted, key);
  if (sorted[i] === key) i += 1;
  const next = sorted[i];
  return next?.startsWith(key) ?? false;
}

export function termSet(terms: Iterable<string>): TermSet {
  const set = new Set(terms);
  let list: string[] | null = null;
  let sorted: string[] | null = null;
  let reversed: string[] | null = null;
  // The scans are plain loops, not a test function per question: a set is asked for every candidate item.
  return {
    has: (t) => set.has(t),
    hasLongerWithPrefix(part) {
      if (set.size <= SCAN_LIMIT) {
        list ??= [...set];
        for (const t of list) if (t.length > part.length && t.startsWith(part)) return true;
        return false;
      }
      sorted ??= [...set].sort();
      return hasLongerStartingWith(sorted, part);
    },
    hasLongerWithSuffix(part) {
      if (set.size <= SCAN_LIMIT) {
        list ??= [...set];
        for (const t of list) if (t.length > part.length && t.endsWith(part)) return true;
        return false;
      }
      reversed ??= [...set].map(reverse).sort();
      return hasLongerStartingWith(reversed, reverse(part));
    },
  };
}
