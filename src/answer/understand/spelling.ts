// Corrects typos in a question against the words of the indexed minutes ("rusmidelbehandling" → "rusmiddelbehandling",
// "socialdemokratret" → "socialdemokratiet"), for a second try when the question as written found nothing.
import type { Meeting } from "../../domain/index.ts";
import { PARTIES } from "../../domain/index.ts";
import { boundedEditDistance } from "../../search/edit-distance.ts";
import type { Lexicon } from "./lexicon.ts";
import { tokenize } from "./tokens.ts";

/** How far a word may be from the word it is read as. */
export const SPELLING = {
  /** Words shorter than this are never corrected: too many short words are one letter apart. */
  minLength: 5,
  /** One edit from this length on, two from `twoEditsFrom`. */
  twoEditsFrom: 9,
} as const;

/** Words people name things with: titles, motions, upcoming rows, bodies, members, parties. Lower case, with counts. */
export interface Vocabulary {
  counts: ReadonlyMap<string, number>;
  /** Each word as the minutes first write it ("Vapnagaard"), for saying what a typo was read as. */
  written: ReadonlyMap<string, string>;
  /** Words by length, for the length-bounded scan. */
  byLength: ReadonlyMap<number, readonly string[]>;
}

export interface Correction {
  /** The word as asked. */
  asked: string;
  /** The word it was read as. */
  read: string;
}

export function buildVocabulary(meetings: readonly Meeting[], lexicon: Lexicon): Vocabulary {
  const counts = new Map<string, number>();
  const written = new Map<string, string>();
  const add = (text: string) => {
    for (const t of tokenize(text)) {
      if (t.lower.length < SPELLING.minLength || /\d/.test(t.lower)) continue;
      counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
      if (!written.has(t.lower)) written.set(t.lower, t.text);
    }
  };
  for (const m of meetings) {
    for (const item of m.items) add(item.title);
    for (const v of m.votes) add(v.motion);
    for (const row of m.upcoming) add(row.title);
  }
  for (const b of lexicon.bodies) add(b);
  for (const member of lexicon.members) add(member.name);
  for (const p of PARTIES) {
    add(p.name);
    for (const alias of p.aliases) add(alias);
    for (const g of p.genitives) add(g);
  }
  const byLength = new Map<number, string[]>();
  for (const w of counts.keys()) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return { counts, written, byLength };
}

/** The closest known word to `word`, within the allowed edits; the more frequent one on a tie. */
function closest(word: string, vocabulary: Vocabulary): string | null {
  const max = word.length >= SPELLING.twoEditsFrom ? 2 : 1;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestCount = 0;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      const d = boundedEditDistance(word, candidate, max);
      const count = vocabulary.counts.get(candidate) ?? 0;
      if (d < bestDistance || (d === bestDistance && d <= max && count > bestCount)) {
        best = candidate;
        bestDistance = d;
        bestCount = count;
      }
    }
  }
  return bestDistance <= max ? best : null;
}

/**
 * The question with each unknown word of its topic (`topic`: the words left once intent, subject, dates and bodies
 * were read) replaced by the closest known word; null when nothing changed. Question words ("besluttede") are not
 * topic words and stay as written, as do words the minutes use and words with digits.
 */
export function correctSpelling(
  question: string,
  topic: string,
  vocabulary: Vocabulary,
): { text: string; corrections: Correction[] } | null {
  const topicWords = new Set(tokenize(topic).map((t) => t.lower));
  const corrections: Correction[] = [];
  let text = "";
  let at = 0;
  for (const t of tokenize(question)) {
    const word = t.lower.replace(/[-.'’]+$/, "");
    if (!topicWords.has(t.lower) && !topicWords.has(word)) continue;
    if (word.length < SPELLING.minLength || /\d/.test(word) || vocabulary.counts.has(word)) continue;
    const found = closest(word, vocabulary);
    if (!found) continue;
    const read = vocabulary.written.get(found) ?? found;
    text += question.slice(at, t.start) + read;
    at = t.start + word.length;
    corrections.push({ asked: question.slice(t.start, t.start + word.length), read });
  }
  if (corrections.length === 0) return null;
  return { text: text + question.slice(at), corrections };
}

/** Every party's names as word lists ("liberal alliance" → ["liberal", "alliance"]), lower case, longest first. */
const PARTY_PHRASES: readonly string[][] = [
  ...new Set(PARTIES.flatMap((p) => [p.name.toLowerCase(), ...p.aliases, ...p.genitives])),
]
  .map((name) => name.split(/\s+/u))
  .filter((words) => words.every((w) => /^\p{L}+$/u.test(w)))
  .sort((a, b) => b.length - a.length);

/**
 * The question with a party's name written with a typo read as the name ("Socialdemokratet", "Venster", "Liberal
 * Aliance", "Radikal Venstre"); null when nothing changed. Asked before anything else: a party name the question
 * misspells is otherwise only topic words, and the answer silently leaves the party out. A word the minutes use is
 * never corrected, and a one-word name needs six letters or more; in a name of several words each word must be close
 * and one exact.
 */
export function correctPartyNames(
  question: string,
  vocabulary: Vocabulary,
): { text: string; corrections: Correction[] } | null {
  const tokens = tokenize(question);
  const corrections: Correction[] = [];
  let text = "";
  let at = 0;
  const close = (asked: string, word: string) =>
    boundedEditDistance(asked, word, asked.length >= SPELLING.twoEditsFrom ? 2 : 1) <=
    (asked.length >= SPELLING.twoEditsFrom ? 2 : 1);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of PARTY_PHRASES) {
      const window = tokens.slice(i, i + phrase.length);
      if (window.length < phrase.length) continue;
      const asked = window.map((t) => t.lower);
      if (asked.every((w, k) => w === phrase[k])) break; // written right
      const typos = asked.filter((w, k) => w !== phrase[k]);
      const fits =
        asked.every((w, k) => w === phrase[k] || (w.length >= SPELLING.minLength && close(w, phrase[k] as string))) &&
        typos.every((w) => !vocabulary.counts.has(w)) &&
        (phrase.length > 1
          ? typos.length < phrase.length
          : // One word: six letters or more, and not the same word inflected ("konservativ", "radikal" are adjectives).
            (asked[0]?.length ?? 0) >= 6 &&
            !(phrase[0] as string).startsWith(asked[0] as string) &&
            !(asked[0] as string).startsWith(phrase[0] as string));
      if (!fits) continue;
      const first = window[0];
      const last = window[window.length - 1];
      if (!first || !last) continue;
      const joined = phrase.join(" ");
      const read =
        PARTIES.find((p) => p.name.toLowerCase() === joined)?.name ??
        phrase.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
      text += question.slice(at, first.start) + read;
      at = last.end;
      corrections.push({ asked: question.slice(first.start, last.end), read });
      i += phrase.length - 1;
      break;
    }
  }
  if (corrections.length === 0) return null;
  return { text: text + question.slice(at), corrections };
}
