// Splits a question into word tokens with their character spans, so extractors can mark what they consumed.

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, NFC, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
}

/** A stretch of the question an extractor has claimed (a date, a party, a name…). */
export interface Span {
  start: number;
  end: number;
}

// Letters, digits, and the joiners that occur inside Danish words and dates ("Social-", "rød-grønne", "09-12-2020", "9/12").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’./-]*[\p{L}\p{N}])?-?/gu;

/** Normalises a question: NFC, unified dashes and quotes, single spaces. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the token lies (partly) inside any of the spans. */
export function isClaimed(token: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(token, s));
}

/** Folds Danish letters for loose comparisons of names of places (never of party letters). */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** The offset in `text` whose folded prefix has length `foldedOffset`. */
export function unfoldOffset(text: string, foldedOffset: number): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (length >= foldedOffset) return i;
    length += foldLetters(text[i] ?? "").length;
  }
  return text.length;
}

/** Words that open what a question is about: "Hvad blev besluttet om …", "How did A vote on …". */
export const TOPIC_PREPOSITIONS: readonly string[] = ["om", "about", "on", "vedrørende", "regarding", "concerning"];

/** The words before the topic's preposition: where a question says what it asks. */
export const TOPIC_START = new RegExp(`^(.*?\\S)\\s+(?:${TOPIC_PREPOSITIONS.join("|")})(?![\\p{L}])`, "iu");
