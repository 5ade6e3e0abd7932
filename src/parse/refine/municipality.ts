// Finds the municipality from the body text: the most frequent "<Name> Kommune" (or "<Name>s Kommune"), else "<Name> Byråd".
import { MUNICIPALITIES } from "../lexicon.ts";

const KNOWN = new Map(MUNICIPALITIES.map((m) => [m.toLowerCase(), m]));

/** Words one of the patterns below must find written as they stand; a text without any of them names no municipality. */
const NAMING_WORDS = ["Kommune", "Kommunalbestyrelse", "Regionskommune", "Byråd", "Borgerrepræsentation", "Rådhus"];

/**
 * True when `text` holds a word the municipality patterns need. Checked on each line before the lines are joined for
 * `findMunicipality`: a long document that names none is not copied into one string to find nothing.
 */
export function mayNameMunicipality(text: string): boolean {
  for (const word of NAMING_WORDS) if (text.includes(word)) return true;
  return false;
}

/** The municipality the text is about, or null. Known names first; any "<Capitalised> Kommune" as a fallback. */
export function findMunicipality(text: string): string | null {
  const counts = new Map<string, number>();
  const unknown = new Map<string, number>();
  for (const m of text.matchAll(
    /\b([A-ZÆØÅ][\p{L}]+(?:-[A-ZÆØÅ][\p{L}]+)?)\s+(?:Kommune|Kommunes|Kommunalbestyrelse|Regionskommune)\b/gu,
  )) {
    const word = m[1] ?? "";
    const name =
      KNOWN.get(word.toLowerCase()) ?? (word.endsWith("s") ? KNOWN.get(word.slice(0, -1).toLowerCase()) : undefined);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    else if (!/^(?:Den|Det|De|En|Et|Hele|Hver|Denne|Samme|Anden|Nabo|Vores|Jeres)$/u.test(word))
      unknown.set(word, (unknown.get(word) ?? 0) + 1);
  }
  const best = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return best(counts) ?? best(unknown) ?? bodyMunicipality(text);
}

/** "Aarhus Byråd", "Københavns Borgerrepræsentation", "Stevns Rådhus": a known name in front of a council or town hall. */
function bodyMunicipality(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(
    /\b([A-ZÆØÅ][\p{L}]+(?:-[A-ZÆØÅ][\p{L}]+)?)\s+(?:Byråd|Kommunalbestyrelse|Borgerrepræsentation|Rådhus)/gu,
  )) {
    const word = (m[1] ?? "").toLowerCase();
    const name = KNOWN.get(word) ?? (word.endsWith("s") ? KNOWN.get(word.slice(0, -1)) : undefined);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
