// "Et flertal, A og B (A) samt C (Ø) stemte imod." — members or parties, then a position verb.
import { phraseAlternation, phraseLookup } from "../escape-regexp.ts";
import { CLAUSE_WORDS, PARTIAL_POSITION, POSITION_VERBS, WEAK_POSITION_VERBS } from "../lexicon.ts";
import { isPersonName } from "../members.ts";
import { eachMatch } from "../text-scan.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { pointNumbers } from "./sub-point.ts";
import { readSubject, type Subject } from "./subject.ts";

const phrases = [...POSITION_VERBS].sort((a, b) => b.phrase.length - a.phrase.length);
const VERB = new RegExp(`(?<![\\p{L}])(${phraseAlternation(phrases.map((p) => p.phrase))})(?![\\p{L}])`, "giu");
const positionOf = phraseLookup(phrases, (p) => p.phrase);

/**
 * Where a subject may start inside a region: its start, or after a comma, semicolon or "mens". Only the first few are
 * tried: each try reads the rest of the region, and a sentence of thousands of commas must not cost their square.
 */
function subjectStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (const m of eachMatch(CLAUSE, text.slice(from, to))) {
    if (starts.length >= MAX_SUBJECT_STARTS) break;
    starts.push(from + (m.index ?? 0) + m[0].length);
  }
  return starts;
}

const CLAUSE = new RegExp(`,?\\s+(?:${CLAUSE_WORDS.join("|")})\\s+|[,;]\\s+|\\s+og\\s+(?=\\d+\\s+medlem)`, "giu");

/** Subject starts tried per verb; real vote sentences put their subject within the first few clauses. */
const MAX_SUBJECT_STARTS = 12;

/**
 * True when the object of a verb is a person put forward ("Henning Urban Dam som formand", "Jens Hansen til
 * næstformand"); "Helsingør Kommunes budget" is a thing.
 */
function namesPerson(object: string): boolean {
  const lead = /^\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Lu}[\p{L}'’-]*)(?=\s+(?:som|til)\b|\s*[.,;]?\s*$)/u.exec(
    object,
  );
  return lead !== null && isPersonName(lead[1] ?? "");
}

/** "… indstillingens beslutningspunkt 5" / "… punkt 2 og 3 i indstillingen" / "… pk. 14" after the verb. */
const POINTS =
  /(?<!\w)(?:indstillingens\s+)?(?:beslutnings)?(?:punkt(?:erne)?|pkt\.?|pk\.)\s*(\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)/iu;

/** "… idet 27 stemte imod" (Aabenraa): a number of members and no names. */
function countOnly(text: string): Subject | null {
  const n = /^\s*(\d{1,3})\s*$/u.exec(text);
  return n ? { entries: [], side: null, total: Number(n[1]) } : null;
}

export const positionVerb: Rule = {
  name: "position-verb",
  example:
    "Et flertal, Marlene Harpsøe (O) samt Kristina Kongsted, Mahmed Naghdiani og Michael Lagoni (C) stemte imod.",
  scope: "sentence",
  read(sentence) {
    const fragments: Fragment[] = [];
    let regionStart = 0;
    const verbs = [...eachMatch(VERB, sentence)];
    for (const [k, m] of verbs.entries()) {
      const verb = positionOf(m[1] ?? "");
      const at = m.index ?? 0;
      if (!verb) continue;
      const after = sentence.slice(at + m[0].length, verbs[k + 1]?.index ?? sentence.length);
      const object = after.split(/[,;]\s|\s+mens\s/u)[0] ?? "";
      const skip =
        // "kunne tiltræde indstillingen, men ikke den del …": a partial position is not a side.
        PARTIAL_POSITION.test(after) ||
        // "X anbefalede Henning Urban Dam som formand": a nomination, not a position on the motion.
        (WEAK_POSITION_VERBS.has(verb.phrase) && namesPerson(object));
      if (skip) {
        regionStart = at + m[0].length;
        continue;
      }
      const points = POINTS.exec(object);
      for (const start of subjectStarts(sentence, regionStart, at)) {
        const region = sentence.slice(start, at);
        const subject = readSubject(region) ?? countOnly(region);
        if (!subject) continue;
        // Nobody named: "27" is a side only before a vote verb ("idet 27 stemte imod"), not before "godkendte"; "Et
        // flertal i udvalget kunne tiltræde …" (Aarhus) is the majority's side, its members often named after it.
        if (subject.entries.length === 0 && subject.side === null && WEAK_POSITION_VERBS.has(verb.phrase)) continue;
        fragments.push({
          ...(points ? { points: pointNumbers(points[1] ?? "") } : {}),
          kind: "position",
          position: verb.position,
          entries: subject.entries,
          side: subject.side,
          strong: !WEAK_POSITION_VERBS.has(verb.phrase),
          total: subject.total,
        });
        break;
      }
      regionStart = at + m[0].length;
    }
    return fragments.length > 0 ? { fragments } : null;
  },
};
