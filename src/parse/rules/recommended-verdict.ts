// "Et mindretal i udvalget (Ø) indstiller forslaget til forkastelse." — a side recommends adopting or rejecting.
import { RECOMMENDED_VERDICTS } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

const VERDICT = new RegExp(
  `^(.+?)\\s+(?:indstiller|indstillede)\\s+(?:[\\p{L}-]*(?:forslaget|indstillingen)\\s+)?til\\s+(${RECOMMENDED_VERDICTS.map((v) => v.word).join("|")})(?![\\p{L}])`,
  "iu",
);

export const recommendedVerdict: Rule = {
  name: "recommended-verdict",
  example: "Et mindretal i udvalget (DF og NB) indstiller lovforslaget til forkastelse.",
  scope: "sentence",
  read(sentence) {
    // Keyword gate: most sentences hold no "indstill…" and are not scanned further.
    if (!/indstill/iu.test(sentence)) return null;
    const m = VERDICT.exec(sentence.trim());
    if (!m) return null;
    const subject = readSubject(m[1] ?? "");
    // Weak, as "anbefaler": "Udvalget indstiller forslaget til godkendelse" is a decision; a side or names make it a vote.
    if (!subject || (subject.entries.length === 0 && subject.total === null)) return null;
    const word = (m[2] ?? "").toLowerCase();
    const position = RECOMMENDED_VERDICTS.find((v) => v.word === word)?.position;
    if (!position) return null;
    return {
      fragments: [
        {
          kind: "position",
          position,
          entries: subject.entries,
          side: subject.side,
          strong: false,
          total: subject.total,
        },
      ],
    };
  },
};
