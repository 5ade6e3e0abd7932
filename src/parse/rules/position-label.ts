// "For forslaget stemte: C(9) og O(2)." / "For: Gruppe A, F, O og V. Imod: Liste H og Gruppe Ø." — labelled lists.
import type { Position } from "../../domain/index.ts";
import { REASON_TAIL } from "../lexicon.ts";
import { charIn, eachMatch, trimEndWhere } from "../text-scan.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

/** Punctuation and spaces left at the end of a labelled list. */
const LIST_TAIL = charIn(/[.;,\s]/);

// What was voted on: "forslaget", "flertalsindstillingen fra ØK", "ændringsforslaget fra V", "administrationens indstilling".
const OBJECT =
  "(?:\\s+(?:[\\p{L}-]*(?:forslaget|indstillingen|beslutningen)|dette|det|administrationens\\s+indstilling)(?:\\s+(?:fra|af)\\s+[\\p{Lu}][\\p{L}.-]*)?)?";
const LABEL = new RegExp(
  `(?:^|(?<=[.;,]\\s))(?:(for|imod)${OBJECT}(?:\\s+(?:stemte|stemmer|stemmer\\s+de|stemte\\s+de))?\\s*:|(for|imod)${OBJECT}\\s+(?:stemte|stemmer)\\s+(?=[A-ZÆØÅ\\d(])|(undlod\\s+at\\s+stemme|undlader\\s+at\\s+stemme|hverken\\s+for\\s+eller\\s+imod(?:\\s+stemte)?|undlod|undlader)\\s*(?::|(?=\\s+[A-ZÆØÅ\\d]))|(\\d{1,3})\\s+(?:undlod|undlader)(?:\\s+at\\s+stemme)?\\s*(?=\\(|$))\\s*`,
  "giu",
);

/** "For stemte:", "Imod forslaget stemte:", "Undlod at stemme:": a label alone, its list in the paragraphs after it. */
export function isBareLabel(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text.endsWith(":")) return false;
  LABEL.lastIndex = 0;
  const m = LABEL.exec(text);
  LABEL.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].trim().length === text.length;
}

/** "Imod stemte: …" at the start of a paragraph. */
export function startsWithLabel(paragraph: string): boolean {
  LABEL.lastIndex = 0;
  const m = LABEL.exec(paragraph.trim());
  LABEL.lastIndex = 0;
  return m !== null && m.index === 0;
}

/** A paragraph that continues a bare label: a list of members or parties, perhaps with its reason ("A, da …"). */
export function isLabelContinuation(paragraph: string): boolean {
  LABEL.lastIndex = 0;
  const labelled = LABEL.test(paragraph);
  LABEL.lastIndex = 0;
  if (labelled) return false;
  const list = trimEndWhere(paragraph.replace(REASON_TAIL, ""), LIST_TAIL);
  return list !== "" && readSubject(list) !== null;
}

const NOBODY = /^(?:ingen|none)$/iu;

function positionOf(word: string): Position {
  const w = word.toLowerCase();
  if (w === "for") return "for";
  if (w === "imod") return "against";
  return "abstain";
}

export const positionLabel: Rule = {
  name: "position-label",
  example: "Imod forslaget stemte: A(8), F(1), Ø(2), L(1) og B(1).",
  scope: "sentence",
  // Every LABEL names a side: "for", "imod", "undlod" / "undlader" ("hverken for eller imod" holds both).
  cue: /for|imod|undl/iu,
  read(sentence) {
    const labels = [...eachMatch(LABEL, sentence)];
    if (labels.length === 0) return null;
    const fragments: Fragment[] = [];
    labels.forEach((m, k) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = labels[k + 1]?.index ?? sentence.length;
      const listWithTail = sentence.slice(from, to).replace(REASON_TAIL, "");
      const list = trimEndWhere(listWithTail, LIST_TAIL);
      // "1 undlod (UP)": the number stands before the label.
      const counted = m[4] !== undefined ? Number(m[4]) : null;
      // "Imod stemte: ingen": nobody on that side.
      const subject = NOBODY.test(list) ? { entries: [], side: null, total: 0 } : readSubject(list);
      if (!subject) return;
      fragments.push({
        kind: "position",
        position: counted !== null ? "abstain" : positionOf(m[1] ?? m[2] ?? m[3] ?? ""),
        entries: subject.entries,
        side: subject.side,
        strong: true,
        total: counted ?? subject.total,
      });
    });
    return fragments.length > 0 ? { fragments } : null;
  },
};
