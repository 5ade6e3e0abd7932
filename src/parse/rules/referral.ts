// "Allan Berg Mortensen (Ø) begærede sagen i Byrådet." — a minority sends the case to the council.
import { REFERRAL_PATTERN, STOP_PATTERN } from "../lexicon.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { positionVerb } from "./position-verb.ts";
import { readSubject } from "./subject.ts";

const positionEntries = (fragments: Fragment[]) => fragments.flatMap((f) => (f.kind === "position" ? f.entries : []));

export const referral: Rule = {
  name: "referral",
  example: "Allan Berg Mortensen (Ø) samt Lene Lindberg og Silas Drejer (A) begærede sagen i byrådet.",
  scope: "sentence",
  // REFERRAL_PATTERN names "sagen", STOP_PATTERN "sagen" or "standsningsret".
  cue: /sagen|standsningsret/iu,
  read(sentence) {
    const m = REFERRAL_PATTERN.exec(sentence) ?? STOP_PATTERN.exec(sentence);
    if (!m) return null;
    const subject = readSubject(sentence.slice(0, m.index));
    // "Mindretallet (C) stemte imod og begærede sagen i Byrådet": the position, then the referral.
    const position: Fragment[] = positionVerb.read(sentence.slice(0, m.index))?.fragments ?? [];
    return { fragments: [...position, { kind: "referral", by: subject?.entries ?? positionEntries(position) }] };
  },
};
