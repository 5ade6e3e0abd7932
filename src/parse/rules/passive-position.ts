// "Anbefales af et flertal bestående af V, B og A." — a passive verb with its supporters after "af".
import type { Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

const PASSIVE =
  /^(?:indstillingen\s+|forslaget\s+)?(?:blev\s+|er\s+)?(?:anbefales|anbefaledes|anbefalet|godkendes|godkendtes|godkendt|vedtages|vedtoges|vedtaget|tiltrædes|tiltrådtes|tiltrådt)\s+af\s+(.+?)\.?$/iu;

export const passivePosition: Rule = {
  name: "passive-position",
  example: "Anbefales af et flertal bestående af V, B og A.",
  scope: "sentence",
  read(sentence) {
    const m = PASSIVE.exec(sentence.trim());
    if (!m) return null;
    const subject = readSubject(m[1] ?? "");
    // "Godkendt af et flertal" with nobody named says no more than "Godkendt".
    if (!subject || (subject.entries.length === 0 && subject.total === null)) return null;
    // Weak on its own: "Godkendt af udvalget" names nobody; a majority marker or a number makes it a side.
    return {
      fragments: [
        {
          kind: "position",
          position: "for",
          entries: subject.entries,
          side: subject.side,
          strong: false,
          total: subject.total,
        },
      ],
    };
  },
};
