// The Danish/English token analysis shared by the index and the queries: fold, split, drop stop words, stem.
import snowball from "snowball-stemmers";
import { STOP_WORDS } from "./stop-words.ts";

/** Bumped whenever analysis changes what terms a text yields: an index built with another version is stale. */
export const ANALYSIS_VERSION = 1;

const danish = snowball.newStemmer("danish");

// Letters beyond Latin-1 are rare in Danish minutes: they are tested with the Unicode classes, the rest by range.
const OTHER_LETTER = /[\p{L}\p{N}]/u;

/** True for the code units that make up words: letters (æ, ø, å and accented ones included) and digits. */
function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code <= 0xff) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  return OTHER_LETTER.test(String.fromCharCode(code));
}

/**
 * Lower-cases a text and folds the old spelling `aa` to `å` (Vapnagaard = Vapnagård, Aabenraa = Åbenrå), so
 * both spellings meet. Ø, Æ and Å themselves are kept: they are letters of their own in Danish.
 */
export function foldWord(text: string): string {
  const lower = text.normalize("NFC").toLowerCase();
  return lower.includes("aa") ? lower.replaceAll("aa", "å") : lower;
}

/**
 * A name or phrase in the form two spellings of it compare equal in: NFC, lower case, runs of whitespace as one
 * space, trimmed ("Social- og  Beskæftigelsesudvalget" = "social- og beskæftigelsesudvalget").
 */
export function foldPhrase(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The words of a text, folded, without stop words and one-letter words, in order. Folds the whole text once and
 * scans it by code unit: on a 100k-item build this is the hot loop, and a regex match object per word kept the
 * garbage collector busier than the indexing itself.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  eachToken(text, (word) => words.push(word));
  return words;
}

/** Characters folded at a time by `eachToken`: a long text is folded piece by piece, not copied whole (three times). */
const FOLD_PIECE = 1 << 16;

/**
 * Each word of a text as `tokenize` gives them, handed over one at a time; returns how many. The index build counts
 * words this way: a list of a long text's words cost several times the text. A text longer than FOLD_PIECE is folded
 * in pieces cut after a space or line break, where no word, `aa` or combining mark is split.
 */
export function eachToken(text: string, visit: (word: string) => void): number {
  let count = 0;
  for (let from = 0; from < text.length; ) {
    let to = text.length;
    if (text.length - from > FOLD_PIECE) {
      const cut = nextBreak(text, from + FOLD_PIECE);
      if (cut >= 0) to = cut + 1;
    }
    count += eachFoldedToken(foldWord(from === 0 && to === text.length ? text : text.slice(from, to)), visit);
    from = to;
  }
  return count;
}

/** The first space, tab or line break at or after `from`, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) return i;
  }
  return -1;
}

function eachFoldedToken(folded: string, visit: (word: string) => void): number {
  let count = 0;
  let start = -1;
  const length = folded.length;
  for (let i = 0; i <= length; i++) {
    if (i < length && isWordCode(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 2) {
        const word = folded.slice(start, i);
        if (!STOP_WORDS.has(word)) {
          visit(word);
          count++;
        }
      }
      start = -1;
    }
  }
  return count;
}

// Stemming is the costly step and the vocabulary is small next to the text: remember results, bounded so a
// long-running bot does not grow without limit.
const STEM_CACHE_LIMIT = 500_000;
let stemCache = new Map<string, string>();

/** The Snowball Danish stem of a folded word; numbers and words with digits are kept as they are. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed !== undefined) return stemmed;
  stemmed = /\d/.test(word) ? word : danish.stem(word);
  if (stemmed.length < 2) stemmed = word;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache = new Map();
  stemCache.set(word, stemmed);
  return stemmed;
}

/** A base stem shorter than this is not taken: "madsen" → "mads" → "mad" would meet the word for food. */
export const MIN_BASE_STEM = 4;

/**
 * The stem of a stem's own base word. Snowball takes one ending off a word, so an inflected form stems to its base
 * word while the base word loses an ending more: "budgettet" and "budgetter" → "budget", but "budget" → "budg";
 * "pladsen" → "plads", "plads" → "plad"; "aktiviteter" → "aktivitet", "aktivitet" → "aktivit". Stemming the stem
 * once more is where the forms of one word meet. A result under MIN_BASE_STEM letters is not taken: the stem is
 * returned as it is. Like a stem, a base stem is its word with letters taken off the end.
 */
export function baseStem(stemmed: string): string {
  const again = stem(stemmed);
  return again.length >= MIN_BASE_STEM ? again : stemmed;
}

/** Analyses a text (a question or an indexed field) into its search terms, in order. */
export function analyze(text: string): string[] {
  return tokenize(text).map(stem);
}
