// "Resultatkrav 1:", "Ændringsforslag 2:" — a named, numbered target of the votes that follow.
import type { Rule } from "./fragment.ts";

const TARGET =
  /^((?:\p{Lu}[\p{L}-]{2,30})(?:\s+\p{Ll}[\p{L}-]{1,20})?\s+\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)\s*:\s*(.*)$/u;
/** Labels that open other things than votes. */
const NOT_TARGETS = /^(?:bilag|tabel|figur|side|kl|punkt|pkt|note|stk|kapitel|afsnit)\b/iu;

export const namedTarget: Rule = {
  name: "named-target",
  example: "Resultatkrav 1:",
  scope: "paragraph",
  // TARGET ends its label with a colon.
  cue: /:/,
  read(paragraph) {
    const m = TARGET.exec(paragraph.trim());
    if (!m || NOT_TARGETS.test(m[1] ?? "")) return null;
    return {
      fragments: [
        {
          kind: "motion",
          source: "target",
          label: (m[1] ?? "").trim(),
          points: [],
          text: null,
          proposer: null,
          needsText: false,
        },
      ],
      rest: (m[2] ?? "").trim(),
    };
  },
};
