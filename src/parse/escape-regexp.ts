// Escapes text for use inside a RegExp built from lexicon words.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lexicon phrases as one alternation for a RegExp, a space in a phrase matching any run of whitespace. */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/\s+/g, "\\s+")).join("|");
}

/**
 * The entry a match of `phraseAlternation` is written for ("Stemte  Imod" -> the entry of "stemte imod"): the first in
 * the list's order, as `find` over the list gives it, from one map lookup (a `find` that lower-cased the match once per
 * entry tried was the costliest line of reading a block of vote lines).
 */
export function phraseLookup<T>(
  entries: readonly T[],
  phraseOf: (entry: T) => string,
): (written: string) => T | undefined {
  const byPhrase = new Map<string, T>();
  for (const entry of entries) if (!byPhrase.has(phraseOf(entry))) byPhrase.set(phraseOf(entry), entry);
  return (written) => byPhrase.get(written.toLowerCase().replace(/\s+/g, " "));
}
