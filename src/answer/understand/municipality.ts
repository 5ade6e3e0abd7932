// Finds the municipality a question names, when several are indexed ("the Hvidovre committee", "Helsingør Kommunes", "Copenhagen").
import { escapeRegExp } from "../../parse/escape-regexp.ts";
import { foldLetters, type Span, unfoldOffset } from "./tokens.ts";

export interface MunicipalityMention extends Span {
  municipality: string;
}

/** Other names people use for a municipality: English names and abbreviations, keyed by the Danish name (Århus folds to Aarhus). */
export const MUNICIPALITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  København: ["Copenhagen", "Kbh"],
  Helsingør: ["Elsinore"],
};

/** Every written form of the municipalities: their names and the aliases of those names. */
export function placeNames(municipalities: readonly string[]): { written: string; municipality: string }[] {
  const out: { written: string; municipality: string }[] = [];
  for (const name of municipalities) {
    out.push({ written: name, municipality: name });
    for (const alias of MUNICIPALITY_ALIASES[name] ?? []) out.push({ written: alias, municipality: name });
  }
  // Longest first, so "Københavns" is taken whole.
  return out.sort((a, b) => b.written.length - a.written.length);
}

/** Cities whose postal districts are written with letters ("Aarhus Ø", "København K", "Odense C"). */
export const LETTERED_DISTRICT_CITIES = ["København", "Frederiksberg", "Aarhus", "Århus", "Odense", "Aalborg"];

/** The letters of postal districts, longest first. */
const DISTRICT_LETTERS = ["NV", "NØ", "SV", "SØ", "C", "K", "N", "S", "V", "Ø"];
const DISTRICT_AFTER = new RegExp(`^ (?:${DISTRICT_LETTERS.join("|")})(?![\\p{L}\\p{N}-])`, "u");

/**
 * The end of a postal district's letters right after a place name ("Aarhus Ø" → the end of "Ø"), else null: the
 * letters are part of a place name, not a party, and the place is the district, not the municipality.
 */
export function districtEnd(question: string, placeEnd: number): number | null {
  const m = DISTRICT_AFTER.exec(question.slice(placeEnd, placeEnd + 4));
  return m ? placeEnd + m[0].length : null;
}

/**
 * Where a question names a postal district ("udviklingsplanen for Aarhus Ø"): the spans of the district letters
 * after any of the given place names or of the cities with lettered districts.
 */
export function districtLetterSpans(question: string, places: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const place of new Set([...places, ...LETTERED_DISTRICT_CITIES])) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)}(?= )`, "gu");
    for (const m of question.matchAll(re)) {
      const placeEnd = (m.index ?? 0) + m[0].length;
      const end = districtEnd(question, placeEnd);
      if (end !== null) out.push({ start: placeEnd + 1, end });
    }
  }
  return out;
}

/** Capitalised words after a place name that still name the municipality ("Greve Kommune", "Hvidovre Council"). */
export const PLACE_HEADS = [
  "kommune",
  "kommunes",
  "municipality",
  "council",
  "city",
  "by",
  "byråd",
  "byrådet",
  "byråds",
];

/**
 * A place name followed by a capitalised word is part of a proper name ("Greve Svømmehal", "Greve Spildevand A/S",
 * "Aarhus Teater"), not the municipality asked about, unless that word is one of PLACE_HEADS.
 */
function startsProperName(question: string, end: number): boolean {
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(question.slice(end))?.[1];
  return next !== undefined && !PLACE_HEADS.includes(next.toLowerCase());
}

/** Municipalities named in the question; Danish letters are folded so "Helsingor" finds Helsingør. */
export function findMunicipalities(question: string, municipalities: readonly string[]): MunicipalityMention[] {
  const out: MunicipalityMention[] = [];
  const folded = foldLetters(question);
  for (const { written, municipality } of placeNames(municipalities)) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(foldLetters(written))}s?(?:\\s+(?:kommunes?|municipality))?(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const m of folded.matchAll(re)) {
      // Folding keeps word positions close but not exact; map back by counting letters before the match.
      const start = unfoldOffset(question, m.index ?? 0);
      const end = unfoldOffset(question, (m.index ?? 0) + m[0].length);
      if (startsProperName(question, end) || districtEnd(question, end) !== null) continue;
      if (!out.some((o) => start < o.end && o.start < end)) out.push({ municipality, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
