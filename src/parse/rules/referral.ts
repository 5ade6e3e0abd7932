// "Allan Berg Mortensen (Ø) begærede sagen i Byrådet." — a minority sends the case to the council.
import { REFERRAL_PATTERN, STOP_PATTERN } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

export const referral: Rule = {
  name: "referral",
  example: "Allan Berg Mortensen (Ø) samt Lene Lindberg og Silas Drejer (A) begærede sagen i byrådet.",
  scope: "sentence",
  read(sentence) {
    const m = REFERRAL_PATTERN.exec(sentence) ?? STOP_PATTERN.exec(sentence);
    if (!m) return null;
    const subject = readSubject(sentence.slice(0, m.index));
    return { fragments: [{ kind: "referral", by: subject?.entries ?? [] }] };
  },
};
