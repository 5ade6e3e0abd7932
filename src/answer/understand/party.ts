// Finds the party a question is about: names, short forms, genitives, English names and ballot letters (Æ, Ø, Å kept apart).

import type { Language } from "../../domain/index.ts";
import { PARTIES } from "../../domain/index.ts";
import { escapeRegExp } from "../../parse/escape-regexp.ts";
import { districtLetterSpans } from "./municipality.ts";
import type { Span } from "./tokens.ts";

export interface PartyMention extends Span {
  letter: string;
  /** How it was written in the question. */
  written: string;
}

interface PartyPhrase {
  letter: string;
  phrase: string;
  caseSensitive: boolean;
}

// Words after which a single capital letter is a party ("liste L", "party I", "gruppe A").
const LETTER_CUES = [
  "liste",
  "listen",
  "list",
  "party",
  "parti",
  "partiet",
  "gruppe",
  "gruppen",
  "group",
  "letter",
  "bogstav",
];

const CUE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LETTER_CUES.join("|")})\\s*$`, "iu");

// Single letters that are ordinary words when they open an English or Danish sentence ("A vote…", "I 2016…").
const AMBIGUOUS_LETTERS: Record<Language, readonly string[]> = { en: ["A", "I"], da: ["I"] };

// Aliases that are also ordinary words ("an alternative proposal", "alternativet er…") count only capitalised.
const CAPITALISED_ONLY = new Set(["alternative", "alternativet", "the alternative", "alternativets"]);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * How people write the parties in questions beyond the names the minutes use: singular and adjective forms
 * ("a Social Democrat", "the Conservative group"), English nicknames and abbreviations. Lower case matches any
 * case; a phrase with a capital matches only as written ("Conservative", not "a conservative estimate").
 */
export const QUESTION_ALIASES: readonly { letter: string; phrases: readonly string[] }[] = [
  { letter: "A", phrases: ["social democrat", "social democratic", "socialdemokrat", "socialdemokratisk"] },
  { letter: "B", phrases: ["social liberal", "det radikale"] },
  { letter: "C", phrases: ["Conservative", "konservativ", "konservativt"] },
  { letter: "F", phrases: ["sf'erne", "socialist people's", "socialist peoples party"] },
  { letter: "O", phrases: ["DPP", "danish peoples party", "danish people's"] },
  { letter: "V", phrases: ["Liberal", "the liberal group"] },
  { letter: "Æ", phrases: ["danish democrats", "the danish democrats"] },
  { letter: "Ø", phrases: ["red greens", "red-greens", "the red greens", "the red-greens", "red-green", "rød-grønne"] },
];

function phrases(): PartyPhrase[] {
  const out: PartyPhrase[] = [];
  for (const p of PARTIES) {
    for (const alias of [p.name.toLowerCase(), ...p.aliases, ...p.genitives]) {
      if (CAPITALISED_ONLY.has(alias)) out.push({ letter: p.letter, phrase: capitalise(alias), caseSensitive: true });
      else out.push({ letter: p.letter, phrase: alias, caseSensitive: false });
    }
    for (const abbr of p.abbreviations) {
      // A one-letter abbreviation ("S") is handled with the letters; longer ones are distinctive when upper case.
      if (abbr.length > 1) out.push({ letter: p.letter, phrase: abbr, caseSensitive: true });
    }
  }
  for (const q of QUESTION_ALIASES) {
    for (const phrase of q.phrases) {
      out.push({ letter: q.letter, phrase, caseSensitive: phrase !== phrase.toLowerCase() });
    }
  }
  // Longest first, so "radikale venstre" wins over "venstre".
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

const boundary = (body: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);

// Compiled once: a question is read against every phrase.
const PHRASES = phrases().map((p) => ({
  ...p,
  re: boundary(escapeRegExp(p.phrase), p.caseSensitive ? "gu" : "giu"),
  // What the question (lower-cased unless case matters) must contain for the pattern to be worth running.
  probe: p.caseSensitive ? p.phrase : p.phrase.toLowerCase(),
}));

/** "A/S", "I/S", "K/S", "P/S" at `at` (either letter): a company's form, not party letters. */
function inCompanyForm(question: string, at: number): boolean {
  const formAt = (from: number) =>
    from >= 0 &&
    /^\p{Lu}\/S(?![\p{L}\p{N}])/u.test(question.slice(from, from + 4)) &&
    !/[\p{L}\p{N}]/u.test(question[from - 1] ?? "");
  return formAt(at) || (question[at] === "S" && question[at - 1] === "/" && formAt(at - 2));
}

/**
 * Party mentions in the question, in order of appearance. `letters` are the ballot letters known to the index
 * (national letters plus local lists such as L); a bare letter counts when it stands alone in upper case and is not a
 * postal district's after one of `places` ("Aarhus Ø").
 */
export function findParties(
  question: string,
  language: Language,
  letters: ReadonlySet<string>,
  places: readonly string[] = [],
): PartyMention[] {
  const found: PartyMention[] = [];
  // "Aarhus Ø", "København K": a postal district's letters are part of a place name.
  const districts = districtLetterSpans(question, places);
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const lower = question.toLowerCase();
  for (const p of PHRASES) {
    if (!(p.caseSensitive ? question : lower).includes(p.probe)) continue;
    for (const m of question.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!taken(start, end)) found.push({ letter: p.letter, written: m[0], start, end });
    }
  }
  // "(Ø)", "Ø", "S": one capital letter standing alone, not in a company's form ("Greve Spildevand A/S", "I/S").
  for (const m of question.matchAll(/(?<![\p{L}\p{N}'’])(\p{Lu})(?![\p{L}\p{N}-])(?!['’]\p{L}{2,})/gu)) {
    const written = m[1] ?? "";
    const start = m.index ?? 0;
    if (inCompanyForm(question, start)) continue;
    const letter = written === "S" ? "A" : written;
    if (!letters.has(letter) || taken(start, start + 1)) continue;
    if (districts.some((d) => d.start <= start && start < d.end)) continue;
    const before = question.slice(0, start);
    const cue = CUE_BEFORE.exec(before);
    const cued = cue !== null || /\(\s*$/.test(before);
    const sentenceStart = /^\s*$|[.!?]\s*$/.test(before);
    if (!cued && AMBIGUOUS_LETTERS[language].includes(written)) {
      // "I" is the English pronoun and the Danish preposition; "A" opens English sentences. Only when cued.
      if (written === "I" || sentenceStart) continue;
    }
    // "Liste H", "gruppe Ø": the cue word belongs to the mention, not to the topic.
    const from = cue && !taken(cue.index, start) ? cue.index : start;
    found.push({ letter, written, start: from, end: start + 1 });
  }
  return found.sort((a, b) => a.start - b.start);
}
