// Tells Danish from English questions by their function words (names, committees and topics are mostly Danish in both).
import type { Language } from "../../domain/index.ts";
import { TOPIC_START, tokenize } from "./tokens.ts";

/** Words that mark a language; words common to both ("for", "over") are left out. */
export const LANGUAGE_MARKERS: Record<Language, readonly string[]> = {
  en: [
    "how",
    "what",
    "who",
    "whom",
    "which",
    "when",
    "where",
    "why",
    "did",
    "does",
    "do",
    "was",
    "were",
    "is",
    "are",
    "the",
    "a",
    "an",
    "of",
    "on",
    "in",
    "about",
    "vote",
    "voted",
    "votes",
    "show",
    "me",
    "give",
    "link",
    "to",
    "meeting",
    "minutes",
    "and",
    "decide",
    "decided",
    "decision",
    "coming",
    "up",
    "upcoming",
    "absent",
    "attended",
    "present",
    "party",
    "committee",
    "council",
    "item",
    "support",
    "supported",
    "oppose",
    "opposed",
    "with",
    "by",
    "at",
    "last",
    "latest",
    "next",
    "there",
    "any",
    "has",
    "have",
    "will",
    "be",
    "discussed",
    "planned",
    "agenda",
    "from",
    "this",
    "that",
    "it",
    "its",
    "their",
    "they",
    "please",
    "tell",
    "find",
    "source",
    "where's",
    "what's",
  ],
  da: [
    "hvordan",
    "hvad",
    "hvem",
    "hvilke",
    "hvilken",
    "hvilket",
    "hvornår",
    "hvor",
    "hvorfor",
    "stemte",
    "stemme",
    "stemt",
    "om",
    "den",
    "det",
    "og",
    "i",
    "på",
    "af",
    "til",
    "fra",
    "med",
    "mødet",
    "møde",
    "giv",
    "mig",
    "et",
    "en",
    "er",
    "var",
    "blev",
    "skal",
    "besluttede",
    "besluttet",
    "beslutning",
    "udvalget",
    "kommende",
    "fraværende",
    "deltog",
    "punkt",
    "sidste",
    "seneste",
    "næste",
    "referat",
    "referatet",
    "har",
    "der",
    "ikke",
    "vis",
    "sagen",
    "behandles",
    "behandlet",
    "støttede",
    "imod",
    "noget",
    "nogen",
    "sker",
    "skete",
    "hvad",
    "mødte",
    "kilde",
    "dagsorden",
    "dagsordenen",
    "hvorfra",
    "også",
    "angående",
    "vedrørende",
    "sig",
    "os",
    "jeg",
    "kan",
    "vil",
  ],
};

const markerSets: Record<Language, Set<string>> = {
  en: new Set(LANGUAGE_MARKERS.en),
  da: new Set(LANGUAGE_MARKERS.da),
};

/**
 * The language of a question. Capitalised words after the first are skipped: they are names, committees and
 * titles, Danish in English questions too ("De Konservative", "Det Røde Værelse").
 */
export function detectLanguage(question: string, fallback: Language = "da"): Language {
  // What a question asks, before its topic's preposition, is in the asker's language; the topic may be a Danish
  // title ("How did C vote on Opgaver ved øget tilsyn … på vej og grønne områder?"). A frame that tells clearly decides.
  const frame = TOPIC_START.exec(question)?.[1];
  if (frame) {
    const f = markersIn(frame);
    if (Math.abs(f.en - f.da) >= 2) return f.en > f.da ? "en" : "da";
  }
  const { en, da } = markersIn(question);
  if (en === da) return fallback;
  return en > da ? "en" : "da";
}

/** The language markers of a text: function words of each language, and Danish letters in lower-case words. */
function markersIn(text: string): { en: number; da: number } {
  const tokens = tokenize(text);
  let en = 0;
  let da = 0;
  tokens.forEach((t, i) => {
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (i > 0 && capitalised) return;
    // "Sundheds- og Omsorgsudvalget", "Kultur- og Fritidsudvalget": the joining word of a name is not the question's.
    const next = tokens[i + 1];
    if (i > 0 && /-\s*$/u.test(text.slice(tokens[i - 1]?.start ?? 0, t.start)) && next && /^\p{Lu}/u.test(next.text))
      return;
    if (markerSets.en.has(t.lower)) en += 1;
    if (markerSets.da.has(t.lower)) da += 1;
    // Danish letters in a lower-case word are Danish evidence (topics like "jobparate flygtninge" count less than a
    // function word, hence half a point).
    else if (!capitalised && /[æøå]/.test(t.lower)) da += 0.5;
  });
  return { en, da };
}
