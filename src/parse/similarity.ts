// String closeness for matching table-of-contents titles to headings and misspelt body names to known ones.

/** Lower case, single spaces, no punctuation: the form titles are compared in. */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.\u2026]+$/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Lower-case ASCII letters and digits only: survives letters dropped by a broken converter ("Beskftigelse"). */
export function skeleton(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Dice coefficient over character bigrams, 0..1. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * How alike two titles are, 0..1: bigram overlap, raised when one is a prefix of the other
 * (tables of contents truncate long titles).
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const prefix = short.length >= 8 && long.startsWith(short) ? 0.9 : 0;
  return Math.max(prefix, dice(x, y));
}
