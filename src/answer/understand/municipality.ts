// Finds the municipality a question names, when several are indexed ("the Hvidovre committee", "Helsingør Kommunes").
import { escapeRegExp, foldLetters, type Span, unfoldOffset } from "./tokens.ts";

export interface MunicipalityMention extends Span {
  municipality: string;
}

/** Municipalities named in the question; Danish letters are folded so "Helsingor" finds Helsingør. */
export function findMunicipalities(question: string, municipalities: readonly string[]): MunicipalityMention[] {
  const out: MunicipalityMention[] = [];
  const folded = foldLetters(question);
  for (const name of municipalities) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(foldLetters(name))}s?(?:\\s+(?:kommunes?|municipality))?(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const m of folded.matchAll(re)) {
      // Folding keeps word positions close but not exact; map back by counting letters before the match.
      const start = unfoldOffset(question, m.index ?? 0);
      const end = unfoldOffset(question, (m.index ?? 0) + m[0].length);
      out.push({ municipality: name, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
