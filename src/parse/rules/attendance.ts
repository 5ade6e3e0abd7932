// "Fraværende: X og Y." and "X (C) var mødt som stedfortræder for Y (C)." — who was away and who stood in.
import { HEADER_LABELS, SUBSTITUTE_PATTERN } from "../lexicon.ts";
import { isPersonName, partyRef, readPeopleList } from "../members.ts";
import type { Rule } from "./fragment.ts";

const ABSENT_LABEL = `(?:${[...HEADER_LABELS.absent].sort((a, b) => b.length - a.length).join("|")})`;
const ABSENT = new RegExp(`^${ABSENT_LABEL}\\s*:\\s*(.+)$`, "iu");
/** "Fraværende med afbud:" alone: the absentees follow, one per paragraph. */
const ABSENT_LIST = new RegExp(`^${ABSENT_LABEL}\\s*:$`, "iu");
/** "Ninna Hedeager Olsen (Enhedslisten), tjenesterejse." / "Borgmester Anne Vang, A (sygdom)": one absentee. */
const LISTED = /^([^(),]+?)\s*(?:\(|,|\.?$)/u;

/** The absentee a paragraph under "Fraværende med afbud:" names, or null when it names nobody ("Ingen."). */
export function listedAbsentee(paragraph: string): string | null {
  const m = LISTED.exec(paragraph.trim());
  const name = readPeopleList(m?.[1] ?? "").entries;
  return name.length === 1 && name[0]?.name ? name[0].name : null;
}
/** "Afbud fra Tina Rottbøll (A)" with no colon. */
const SENT_REGRETS = /^afbud\s+fra\s+(\p{Lu}.*?)\.?$/iu;
const NOT_PRESENT =
  /^(.+?)\s+(?:var\s+fraværende|deltog\s+ikke\s+i\s+mødet|havde\s+meldt\s+afbud|var\s+ikke\s+til\s+stede)\b/iu;

export const absentees: Rule = {
  name: "absentees",
  example: "Fraværende: Betina Svinggaard og John Calberg.",
  scope: "sentence",
  read(sentence) {
    if (ABSENT_LIST.test(sentence.trim())) return { fragments: [{ kind: "absent", names: [], listFollows: true }] };
    const m = ABSENT.exec(sentence.trim()) ?? NOT_PRESENT.exec(sentence.trim()) ?? SENT_REGRETS.exec(sentence.trim());
    if (!m) return null;
    const names = readPeopleList(m[1] ?? "")
      .entries.map((e) => e.name)
      .filter((n): n is string => n !== null);
    return names.length > 0 ? { fragments: [{ kind: "absent", names }] } : null;
  },
};

export const substitute: Rule = {
  name: "substitute",
  example: "Per Hansen (C) var mødt som stedfortræder for Kristina Kongsted (C).",
  scope: "sentence",
  read(sentence) {
    // "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp": one member away, the substitute named after.
    const sent = /^afbud\s+fra\s+(.+?)[,.;]?\s+(?:stedfortræder|suppleant)\s*:?\s+(.+?)\.?$/iu.exec(sentence.trim());
    if (sent) {
      const away = readPeopleList(sent[1] ?? "").entries[0];
      const who = readPeopleList(sent[2] ?? "").entries[0];
      if (away?.name && who?.name)
        return {
          fragments: [
            { kind: "absent", names: [away.name] },
            { kind: "substitute", name: who.name, party: who.party, for: away.name },
          ],
        };
    }
    // "Fraværende: Evan Lund (V) - Marianne Kiær (V) mødte som stedfortræder" / "Mikkel Holm havde meldt afbud, og
    // Peter Sten deltog i stedet": the absentee, then who came instead.
    const instead =
      /^(?:fraværende\s*:\s*)?(.+?)\s+[-–]\s+(.+?)\s+mødte\s+som\s+(?:stedfortræder|suppleant)\.?$/iu.exec(
        sentence.trim(),
      ) ??
      /^(.+?)\s+(?:havde\s+meldt\s+afbud|var\s+fraværende),?\s+og\s+(.+?)\s+(?:deltog|mødte)\s+i\s+stedet\.?$/iu.exec(
        sentence.trim(),
      );
    if (instead) {
      const away = readPeopleList(instead[1] ?? "").entries[0];
      const who = readPeopleList(instead[2] ?? "").entries[0];
      if (away?.name && who?.name)
        return {
          fragments: [
            { kind: "absent", names: [away.name] },
            { kind: "substitute", name: who.name, party: who.party, for: away.name },
          ],
        };
    }
    const labelled = /^stedfortrædere?\s*:\s*(.+?)\s+for\s+(.+)$/iu.exec(sentence.trim());
    if (labelled) {
      const who = readPeopleList(labelled[1] ?? "").entries[0];
      const forWhom = readPeopleList(labelled[2] ?? "").entries[0];
      if (who?.name)
        return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
    }
    const m = SUBSTITUTE_PATTERN.exec(sentence);
    if (!m) return null;
    const before = sentence.slice(0, m.index);
    // "Der forelå anmodning fra A om, at Karina Sønderfort (A) i henhold til § 15 … blev indkaldt som stedfortræder
    // for …": the substitute is the last member named with a party before the verb.
    const who = lastMember(before) ?? readPeopleList(before).entries[0];
    const forWhom = readPeopleList(sentence.slice((m.index ?? 0) + m[0].length)).entries[0];
    if (!who?.name) return null;
    return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
  },
};

const NAMED =
  /((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|von|van|de|la|af)){1,4})\s*\(\s*([^()]{1,40}?)\s*\)/gu;

/** The last "Name (Party)" in a text, or null. */
function lastMember(text: string): { name: string; party: string | null } | null {
  let found: { name: string; party: string | null } | null = null;
  for (const m of text.matchAll(NAMED)) {
    const party = partyRef(m[2] ?? "");
    if (party !== undefined && isPersonName(m[1] ?? "")) found = { name: m[1] ?? "", party };
  }
  return found;
}
