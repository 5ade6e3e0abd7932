// Escapes text for use inside a RegExp built from lexicon words.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lexicon phrases as one alternation for a RegExp, a space in a phrase matching any run of whitespace. */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/\s+/g, "\\s+")).join("|");
}
