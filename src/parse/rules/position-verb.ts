// "Et flertal, A og B (A) samt C (Ø) stemte imod." — members or parties, then a position verb.
import { POSITION_VERBS, WEAK_POSITION_VERBS } from "../lexicon.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { pointNumbers } from "./sub-point.ts";
import { readSubject } from "./subject.ts";

const phrases = [...POSITION_VERBS].sort((a, b) => b.phrase.length - a.phrase.length);
const VERB = new RegExp(
  `(?<![\\p{L}])(${phrases.map((p) => p.phrase.replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`,
  "giu",
);
const positionOf = (phrase: string) => phrases.find((p) => p.phrase === phrase.toLowerCase().replace(/\s+/g, " "));

/** Where a subject may start inside a region: its start, or after a comma, semicolon or "mens". */
function subjectStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (const m of text.slice(from, to).matchAll(/[,;]\s+|\s+mens\s+|\s+medens\s+|\s+og\s+(?=\d+\s+medlem)/giu)) {
    starts.push(from + (m.index ?? 0) + m[0].length);
  }
  return starts;
}

/** "… indstillingens beslutningspunkt 5" / "… punkt 2 og 3 i indstillingen" after the verb. */
const POINTS =
  /\b(?:indstillingens\s+)?(?:beslutnings)?(?:punkt(?:erne)?|pkt\.?)\s*(\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)/iu;

export const positionVerb: Rule = {
  name: "position-verb",
  example:
    "Et flertal, Marlene Harpsøe (O) samt Kristina Kongsted, Mahmed Naghdiani og Michael Lagoni (C) stemte imod.",
  scope: "sentence",
  read(sentence) {
    const fragments: Fragment[] = [];
    let regionStart = 0;
    for (const m of sentence.matchAll(VERB)) {
      const verb = positionOf(m[1] ?? "");
      const at = m.index ?? 0;
      if (!verb) continue;
      const object = sentence.slice(at + m[0].length).split(/[,;]\s|\s+mens\s/u)[0] ?? "";
      const points = POINTS.exec(object);
      for (const start of subjectStarts(sentence, regionStart, at)) {
        const subject = readSubject(sentence.slice(start, at));
        if (!subject) continue;
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
