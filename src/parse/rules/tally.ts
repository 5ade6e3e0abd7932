// "… blev forkastet med 13 stemmer mod 11. 1 undlod." / "med 13 stemmer for, 11 imod og 1 undlod" — vote numbers.
import type { Outcome } from "../../domain/index.ts";
import { OUTCOME_WORDS } from "../lexicon.ts";
import type { Rule } from "./fragment.ts";

const outcomes = [...OUTCOME_WORDS].sort((a, b) => b.word.length - a.word.length);
const OUTCOME = outcomes.map((o) => o.word.replace(/\s+/g, "\\s+")).join("|");
const outcomeOf = (w: string): Outcome | null =>
  outcomes.find((o) => o.word === w.toLowerCase().replace(/\s+/g, " "))?.outcome ?? null;

/** "<motion> blev <outcome> med A stemmer mod B[. C undlod]": A is the winning side. */
const WINNER_FIRST = new RegExp(
  `^(?:(.*?)\\s+)??(?:(?:blev|er|var)\\s+)?(?:hermed\\s+|dermed\\s+|således\\s+)?(${OUTCOME})\\s+med\\s+(\\d{1,3})\\s+stemmer?\\s+(?:mod|imod)\\s+(\\d{1,3})(?:\\s+stemmer?)?(?:\\s*[.,;]?\\s*(?:og\\s+)?(\\d{1,3})\\s+(?:undlod|hverken|stemte\\s+ikke|blank))?`,
  "iu",
);
/** "… med 13 stemmer for, 11 imod og 1 undlod" / "13 stemte for, 11 imod, 1 undlod". */
const EXPLICIT = new RegExp(
  `^(?:(.*?)\\s+)??(?:(?:blev|er|var)\\s+)?(?:hermed\\s+|dermed\\s+)?(?:(${OUTCOME})\\s+)?(?:med\\s+)?(\\d{1,3})\\s+(?:stemmer\\s+|stemte\\s+)?for\\s*(?:,|og)?\\s*(\\d{1,3})\\s+(?:stemmer\\s+|stemte\\s+)?imod(?:\\s*(?:,|og)?\\s*(\\d{1,3})\\s+(?:undlod|hverken|stemte\\s+hverken|blank))?`,
  "iu",
);

function motionText(text: string | undefined): string | null {
  const t = (text ?? "").trim().replace(/^(?:afstemning|herefter|derefter)[,:]?\s*/iu, "");
  return t === "" ? null : t;
}

export const tally: Rule = {
  name: "tally",
  example:
    "Forslag om at indhente en besparelse på 175.000 kr. ved at nedlægge Integrationsrådet blev forkastet med 13 stemmer mod 11. 1 undlod.",
  scope: "sentence",
  read(sentence) {
    const w = WINNER_FIRST.exec(sentence);
    if (w) {
      const outcome = outcomeOf(w[2] ?? "");
      const winner = Number(w[3]);
      const loser = Number(w[4]);
      const abstain = w[5] ? Number(w[5]) : 0;
      const counts =
        outcome === "rejected" ? { for: loser, against: winner, abstain } : { for: winner, against: loser, abstain };
      return { fragments: [{ kind: "tally", outcome, counts, motion: motionText(w[1]) }] };
    }
    const e = EXPLICIT.exec(sentence);
    if (e) {
      const counts = { for: Number(e[3]), against: Number(e[4]), abstain: e[5] ? Number(e[5]) : 0 };
      return {
        fragments: [{ kind: "tally", outcome: e[2] ? outcomeOf(e[2]) : null, counts, motion: motionText(e[1]) }],
      };
    }
    return null;
  },
};
