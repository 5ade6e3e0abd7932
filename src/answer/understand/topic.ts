// The topic of a question: what is left after entities, question words and stop words, bridged to Danish by the glossary.

import { boundedEditDistance } from "../../search/edit-distance.ts";
import { compoundsOf, longestPhraseAt, translate } from "../glossary.ts";
import { STOP_WORDS } from "./stop-words.ts";
import { isClaimed, type Span, tokenize } from "./tokens.ts";

/** One thing the question is about, and the words the minutes may use for it. */
export interface Concept {
  /** As written in the question. */
  written: string;
  /** Lower-case words or phrases, any of which stands for the concept: the written form first, then Danish ones. */
  alternatives: string[];
  /**
   * True for a word of an English question that the glossary does not know and that is not Danish: it may be a
   * content word the minutes write in Danish, or English padding, so it weighs less when the minutes lack it.
   */
  untranslated: boolean;
  /** True for words the question hid behind spoiler marks: they weigh nothing when the minutes lack them. */
  hidden?: boolean;
}

/** Two adjacent concepts that Danish may write as one word ("employment plan" → "beskæftigelsesplan"). */
export interface Compound {
  parts: [number, number];
  alternatives: string[];
}

export interface Topic {
  concepts: Concept[];
  compounds: Compound[];
  /** The topic words as written, for the answer text and follow-ups. */
  text: string;
}

export const EMPTY_TOPIC: Topic = { concepts: [], compounds: [], text: "" };

/** A number, or numbers joined by a dash, dot or slash: a year, a period ("2026-2029"), an amount. */
export const isNumberWord = (w: string): boolean => /^\d+(?:[-–./]\d+)*$/u.test(w);

/** An ordinal written with digits: "2nd", "3rd", "21st". */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/u;

const stripPossessive = (w: string) => w.replace(/['’]s?$/u, "").replace(/-$/u, "");

/**
 * A hyphenated word without its parts that are stop words: "birkedalen-sagen" is "birkedalen" ("the Birkedalen case"),
 * where the common part would otherwise set the concept's weight as if it were as common as "sag". Glossary words
 * ("follow-up") are kept whole by the caller.
 */
function withoutStopParts(word: string): string {
  if (!word.includes("-")) return word;
  const parts = word.split("-").filter((p) => p !== "");
  const kept = parts.filter((p) => !STOP_WORDS.has(p));
  return kept.length > 0 && kept.length < parts.length ? kept.join("-") : word;
}

/** Words shorter than this are never read as a mistyped stop word. */
const MIN_TYPO_LENGTH = 6;

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** Every word of `written` is hidden. */
function isHidden(written: string, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) return false;
  const words = written
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => hidden.has(w));
}

/** Stop words long enough that a word one typo away from them is that word mistyped, not another word. */
const LONG_STOP_WORDS = [...STOP_WORDS].filter((w) => w.length >= MIN_TYPO_LENGTH);

/** "committe", "descision", "besluttde": one typo away from a long question or frame word. */
function nearStopWord(word: string): boolean {
  if (word.length < MIN_TYPO_LENGTH || translate(word).length > 0) return false;
  return LONG_STOP_WORDS.some((s) => Math.abs(s.length - word.length) <= 1 && boundedEditDistance(s, word, 1) <= 1);
}

/** Builds the topic from the words of `question` outside the claimed spans. */
export function extractTopic(
  question: string,
  claimed: readonly Span[],
  language: "da" | "en" = "da",
  hidden: ReadonlySet<string> = NONE_HIDDEN,
): Topic {
  const tokens = tokenize(question).filter((t) => !isClaimed(t, claimed));
  const words = tokens.map((t) => stripPossessive(t.lower));
  const concepts: Concept[] = [];
  // Token index where each concept starts and ends, to know which concepts stand side by side.
  const at: { first: number; last: number }[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = longestPhraseAt(words, i);
    if (phrase && (phrase.length > 1 || !STOP_WORDS.has(phrase.phrase))) {
      const written = tokens
        .slice(i, i + phrase.length)
        .map((t) => t.text)
        .join(" ");
      concepts.push({
        written,
        alternatives: unique([phrase.phrase, ...translate(phrase.phrase)]),
        untranslated: false,
        hidden: isHidden(written, hidden),
      });
      at.push({ first: i, last: i + phrase.length - 1 });
      i += phrase.length;
      continue;
    }
    // A hyphenated word the glossary does not know loses its stop-word parts ("birkedalen-sagen").
    const asWritten = words[i] ?? "";
    const w = translate(asWritten).length > 0 ? asWritten : withoutStopParts(asWritten);
    const token = tokens[i];
    // A word one typo away from a question or frame word ("committe", "besluttde") is that word mistyped: a stop
    // word too (the minutes may hold it by accident: the Danish stemmer reads "committe" as "commit").
    if (w && token && !STOP_WORDS.has(w) && !nearStopWord(w) && /[\p{L}\p{N}]/u.test(w)) {
      // "2nd deputy mayor": the minutes write the number ("2. viceborgmester").
      const ordinal = ORDINAL.exec(w);
      const alternatives = ordinal?.[1] ? [ordinal[1]] : unique([w, ...translate(w)]);
      const untranslated = language === "en" && alternatives.length === 1 && /^[a-z]+(?:-[a-z]+)*$/.test(w);
      concepts.push({
        written: stripPossessive(token.text),
        alternatives,
        untranslated,
        hidden: isHidden(w, hidden),
      });
      at.push({ first: i, last: i });
    }
    i += 1;
  }
  const compounds: Compound[] = [];
  for (let k = 0; k + 1 < concepts.length; k++) {
    const a = concepts[k];
    const b = concepts[k + 1];
    const pa = at[k];
    const pb = at[k + 1];
    if (!a || !b || !pa || !pb || pb.first !== pa.last + 1) continue;
    if (isNumberWord(a.alternatives[0] ?? "") || isNumberWord(b.alternatives[0] ?? "")) continue;
    const alternatives = unique(a.alternatives.flatMap((x) => b.alternatives.flatMap((y) => compoundsOf(x, y))));
    if (alternatives.length) compounds.push({ parts: [k, k + 1], alternatives });
  }
  return { concepts, compounds, text: concepts.map((c) => c.written).join(" ") };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.map((x) => x.toLowerCase()))];
}
