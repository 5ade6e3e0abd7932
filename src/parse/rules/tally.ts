// "… blev forkastet med 13 stemmer mod 11. 1 undlod." / "med 13 stemmer for, 11 imod og 1 undlod" — vote numbers.
import type { Outcome, Position } from "../../domain/index.ts";
import { phraseAlternation, phraseLookup } from "../escape-regexp.ts";
import { OUTCOME_WORDS } from "../lexicon.ts";
import { charIn, eachMatch, trimEndWhere } from "../text-scan.ts";
import type { Fragment, Rule } from "./fragment.ts";
import { readSubject } from "./subject.ts";

const outcomes = [...OUTCOME_WORDS].sort((a, b) => b.word.length - a.word.length);
const OUTCOME = phraseAlternation(outcomes.map((o) => o.word));
const outcomeEntry = phraseLookup(outcomes, (o) => o.word);
const outcomeOf = (w: string): Outcome | null => outcomeEntry(w)?.outcome ?? null;
/** The last outcome word in a text ("Ændringsforslaget blev ikke vedtaget, idet"). */
const OUTCOME_IN = new RegExp(`(?<![\\p{L}])(${OUTCOME})(?![\\p{L}])`, "giu");

/** A party list in parentheses after a number: "19 stemmer for (A, F og Ø)". */
const LIST = "(?:\\s*\\(((?:[^()]|\\([^()]*\\))*)\\))?";
/**
 * "<motion> blev <outcome> med A stemmer mod B[. C undlod]": A is the winning side; each number may carry its party
 * list ("med 17 stemmer (A, B, F, Ø) mod 8 stemmer (V, C, O)").
 */
const WINNER_FIRST = new RegExp(
  `^(?:(.*?)\\s+)??(?:(?:blev|er|var)\\s+)?(?:hermed\\s+|dermed\\s+|således\\s+)?(${OUTCOME})\\s+med\\s+(\\d{1,3})\\s+stemmer?${LIST}\\s+(?:mod|imod)\\s+(\\d{1,3})(?!\\s+(?:stemmer\\s+)?for)(?:\\s+stemmer?)?${LIST}(?:\\s*[.,;]?\\s*(?:og\\s+|idet\\s+|mens\\s+)?(\\d{1,3})\\s+(?:undlod|hverken|stemte\\s+ikke|blank))?`,
  "iu",
);
/** "Forslaget faldt med 2 stemmer for (Ø) mod 23": the for side first, named as such. */
const FOR_FIRST = new RegExp(
  `(\\d{1,3})\\s+stemmer?\\s+for${LIST}\\s+(?:mod|imod)\\s+(\\d{1,3})(?:\\s+(?:stemmer\\s+)?imod)?${LIST}`,
  "iu",
);
/** "… blev forkastet med 29 stemmer imod og 1 for": the against side first. */
const AGAINST_FIRST = /(\d{1,3})\s+stemmer?\s+(?:imod|mod)\s*(?:,|og)\s*(\d{1,3})\s+(?:stemmer?\s+)?for\b/iu;
/** "… med 13 stemmer for, 11 imod og 1 undlod" / "idet 12 stemte for, 40 imod, og 3 undlod at stemme". */
const EXPLICIT = new RegExp(
  `(\\d{1,3})\\s+(?:stemmer\\s+|stemte\\s+)?for${LIST}\\s*(?:,|og)?\\s*(\\d{1,3})\\s+(?:stemmer\\s+|stemte\\s+)?imod${LIST}(?:\\s*,?\\s*(?:og\\s+|mens\\s+)?(\\d{1,3})\\s+(?:undlod|hverken|stemte\\s+hverken|blank)(?:\\s+at\\s+stemme)?${LIST})?`,
  "iu",
);

function motionText(text: string | undefined): string | null {
  const t = (text ?? "").trim().replace(/^(?:afstemning|herefter|derefter)[,:]?\s*/iu, "");
  return t === "" ? null : t;
}

/** What stands before the numbers: the motion (up to "blev") and the outcome word, if any. */
function prefixParts(prefix: string): { motion: string | null; outcome: Outcome | null } {
  const words = [...eachMatch(OUTCOME_IN, prefix)];
  const outcome = words.length > 0 ? outcomeOf(words[words.length - 1]?.[1] ?? "") : null;
  const verb = /\s+(?:blev|er|var)\s+/iu.exec(prefix);
  const tail = /,?\s*(?:idet|da|med)\s*$/iu.exec(prefix);
  const end = verb?.index ?? words[0]?.index ?? tail?.index ?? prefix.length;
  const head = prefix.slice(0, end);
  return { motion: motionText(trimEndWhere(head, charIn(/[,\s]/u))), outcome };
}

/** Position fragments for the party lists written in parentheses after the numbers. */
function listFragments(lists: [Position, string | undefined, number][]): Fragment[] {
  const out: Fragment[] = [];
  for (const [position, list, total] of lists) {
    if (!list) continue;
    const subject = readSubject(list);
    if (!subject) continue;
    out.push({ kind: "position", position, entries: subject.entries, side: null, strong: true, total });
  }
  return out;
}

/** "For stemte 15, imod stemte 10, 2 undlod at stemme": labelled numbers without lists. */
const LABELLED =
  /(?<!\w)for\s+stemte\s+(\d{1,3})(?!\s*\()\s*,?\s*(?:og\s+)?imod\s+stemte\s+(\d{1,3})(?!\s*\()(?:\s*,?\s*(?:og\s+)?(\d{1,3})\s+(?:undlod|hverken|stemte\s+hverken))?/iu;

export const tally: Rule = {
  name: "tally",
  example:
    "Forslag om at indhente en besparelse på 175.000 kr. ved at nedlægge Integrationsrådet blev forkastet med 13 stemmer mod 11. 1 undlod.",
  scope: "sentence",
  // LABELLED says "stemte", AGAINST_FIRST, FOR_FIRST and WINNER_FIRST "stemme(r)", EXPLICIT "imod".
  cue: /stem|imod/iu,
  read(sentence) {
    // Every pattern below reads numbers: a sentence without a digit is no tally (most position lines).
    if (!/\d/.test(sentence)) return null;
    const l = LABELLED.exec(sentence);
    if (l) {
      const { outcome } = prefixParts(sentence.slice(0, l.index));
      const counts = { for: Number(l[1]), against: Number(l[2]), abstain: l[3] ? Number(l[3]) : 0 };
      return { fragments: [{ kind: "tally", outcome, counts, motion: null }] };
    }
    const a = AGAINST_FIRST.exec(sentence);
    if (a) {
      const { motion, outcome } = prefixParts(sentence.slice(0, a.index));
      const counts = { for: Number(a[2]), against: Number(a[1]), abstain: 0 };
      return { fragments: [{ kind: "tally", outcome, counts, motion }] };
    }
    const f = FOR_FIRST.exec(sentence);
    if (f) {
      const { motion, outcome } = prefixParts(sentence.slice(0, f.index));
      const counts = { for: Number(f[1]), against: Number(f[3]), abstain: 0 };
      return {
        fragments: [
          { kind: "tally", outcome, counts, motion },
          ...listFragments([
            ["for", f[2], counts.for],
            ["against", f[4], counts.against],
          ]),
        ],
      };
    }
    const w = WINNER_FIRST.exec(sentence);
    if (w) {
      const outcome = outcomeOf(w[2] ?? "");
      // The winning side has the larger number, whichever is written first ("forkastet med 13 stemmer mod 11", and
      // København's "forkastet med 10 stemmer mod 38": 10 for, 38 against).
      const first = Number(w[3]);
      const second = Number(w[5]);
      const firstWins = first >= second;
      const winner = Math.max(first, second);
      const loser = Math.min(first, second);
      const abstain = w[7] ? Number(w[7]) : 0;
      const rejected = outcome === "rejected";
      const counts = rejected ? { for: loser, against: winner, abstain } : { for: winner, against: loser, abstain };
      const winSide = rejected ? "against" : "for";
      const loseSide = rejected ? "for" : "against";
      return {
        fragments: [
          { kind: "tally", outcome, counts, motion: motionText(w[1]) },
          ...listFragments([
            [firstWins ? winSide : loseSide, w[4], first],
            [firstWins ? loseSide : winSide, w[6], second],
          ]),
        ],
      };
    }
    const e = EXPLICIT.exec(sentence);
    if (e) {
      const { motion, outcome } = prefixParts(sentence.slice(0, e.index));
      const counts = { for: Number(e[1]), against: Number(e[3]), abstain: e[5] ? Number(e[5]) : 0 };
      return {
        fragments: [
          { kind: "tally", outcome, counts, motion },
          ...listFragments([
            ["for", e[2], counts.for],
            ["against", e[4], counts.against],
            ["abstain", e[6], counts.abstain],
          ]),
        ],
      };
    }
    return null;
  },
};
