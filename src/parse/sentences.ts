// Splits a paragraph into sentences without breaking at initials ("Duygu A. Ngotho"), abbreviations or "11. 1 undlod".
import { ABBREVIATIONS } from "./lexicon.ts";
import { collapseSpaces, eachMatch } from "./text-scan.ts";
import { step } from "./work.ts";

/** A sentence mark and the space after it, before the capital that starts the next sentence. */
const SENTENCE_END = /([.!?])["”’)]?\s+(?=["“”(]?[A-ZÆØÅ])/gu;

/** The sentences of a paragraph, trimmed, in order. */
export function splitSentences(paragraph: string): string[] {
  const text = collapseSpaces(paragraph).trim();
  if (text === "") return [];
  const out: string[] = [];
  let start = 0;
  for (const m of eachMatch(SENTENCE_END, text)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    // The word before the mark, found by looking back from it (a regex anchored at the end would rescan the sentence).
    const at = m.index ?? 0;
    const word = text.slice(Math.max(start, text.lastIndexOf(" ", at - 1) + 1), at);
    step("sentences");
    // An initial ("A.") or a known abbreviation ("jf.", "bl.a.") does not end a sentence.
    if (m[1] === "." && (/^[A-ZÆØÅ]$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last !== "") out.push(last);
  return out;
}
