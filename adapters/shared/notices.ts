// The short messages adapters send instead of an answer (refusals, waits, apologies), in Danish and English.
import type { Language } from "../../src/domain/index.ts";

export interface Notices {
  empty: string;
  tooLong: (limit: number, length: number) => string;
  rateLimited: (seconds: number) => string;
  failed: (reference: string) => string;
}

export const NOTICES: Record<Language, Notices> = {
  en: {
    empty: "Ask me about a committee decision, e.g. “How did Ø vote on Integrationsrådet?”",
    tooLong: (limit, length) =>
      `That question is ${length} characters long; please keep it under ${limit} and ask about one thing at a time.`,
    rateLimited: (seconds) =>
      `You have asked a lot of questions in a short time. Please wait ${seconds} s and ask again.`,
    failed: (reference) =>
      `Sorry, something went wrong while I looked that up. Please try again; if it keeps happening, mention reference ${reference}.`,
  },
  da: {
    empty: "Spørg mig om en beslutning i et udvalg, fx “Hvordan stemte Ø om Integrationsrådet?”",
    tooLong: (limit, length) =>
      `Spørgsmålet er ${length} tegn langt; hold det under ${limit} tegn og spørg om én ting ad gangen.`,
    rateLimited: (seconds) => `Du har stillet mange spørgsmål på kort tid. Vent ${seconds} sek. og spørg igen.`,
    failed: (reference) =>
      `Beklager, noget gik galt, da jeg slog det op. Prøv igen; sker det igen, så nævn reference ${reference}.`,
  },
};

// Words that only Danish questions use; æ/ø/å alone would misread "how did Ø vote" as Danish.
const DANISH_WORDS =
  /(?:^|[^\p{L}])(hvad|hvordan|hvorn[åa]r|hvem|hvilke|hvilken|hvorfor|hvor|stemte|besluttede|mødet|udvalget|kommende|giv|mig|om|og|til|er|den|det|jeg|ikke)(?=$|[^\p{L}])/iu;

/** Guesses the language of a question for notices given before the engine answers. */
export function guessLanguage(text: string): Language {
  return DANISH_WORDS.test(text) ? "da" : "en";
}
