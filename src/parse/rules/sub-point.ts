// "Ad 1", "Ad 2 og 3", "Ad pkt. 4:", "For punkt 16" — the decision on one point of the recommendation follows.
import { eachMatch } from "../text-scan.ts";
import type { Rule } from "./fragment.ts";

const POINT_NUMBER = /\d{1,2}/g;

/** The point numbers of a line: "2", "2 og 3", "1. – 3", "10 til 13" (read by pointNumbers). */
const POINTS = String.raw`(\d{1,2}(?:\s*\.?\s*(?:,|og|-|–|til)\s*\d{1,2})*)`;

const SUB_POINT = new RegExp(
  String.raw`^ad\.?\s*(?:pkt\.?\s*|pk\.\s*|punkt\s+|indstillingens\s+(?:pkt\.?|punkt)\s*)?${POINTS}\s*[.)]?\s*(?:[-–:]\s*)?(.*)$`,
  "iu",
);

/**
 * "For punkt 16" / "Vedr. pkt. 3:" standing alone over the lines about that point (Greve). Only alone: "For punkt 16
 * stemte A" would be a vote line.
 */
const POINT_LABEL = new RegExp(
  String.raw`^(?:for|vedr\.?|vedrørende|angående)\s+(?:indstillingens\s+)?(?:pkt\.?\s*|pk\.\s*|punkt(?:erne)?\s+)${POINTS}\s*[.:]?()$`,
  "iu",
);

/** "2 og 3" -> [2, 3]; "1. – 3" -> [1, 2, 3]. */
export function pointNumbers(text: string): number[] {
  const nums = [...eachMatch(POINT_NUMBER, text)].map((m) => Number(m[0]));
  if (nums.length === 2 && /[-–]|til/.test(text)) {
    const [a = 0, b = 0] = nums;
    if (b > a && b - a < 20) return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  }
  return nums;
}

/** Words by which a line decides a point (rather than naming it). */
const DECIDES =
  /(?<![\p{L}])(?:godkend|anbefal|vedtag|tiltræ|forkast|efterretning|besluttede|stemte|undlod|undlader|flertal|enig)/iu;

/**
 * "8. Undlader S, C, M og Ø." / "10 – 13. Anbefales godkendt." / "2.b anbefales" / "1a. Anbefales." (Greve): a
 * decision written point by point, each line the decision on that point of the recommendation. Only when the rest decides: a numbered line that
 * does not is a list, not a point's decision. The letter of a sub-point is small ("2 V stemte for" is not point 2v).
 */
const NUMBERED_DECISION = new RegExp(String.raw`^${POINTS}(?:\s*\.\s*|\s*\.?\s*[a-zæøå][.)]?\s+)(\S.*)$`, "u");

export const subPoint: Rule = {
  name: "sub-point",
  example: "Ad 2 og 3",
  scope: "paragraph",
  // All three shapes number the point.
  cue: /\d/,
  read(paragraph) {
    const numbered = NUMBERED_DECISION.exec(paragraph.trim());
    const m =
      SUB_POINT.exec(paragraph.trim()) ??
      POINT_LABEL.exec(paragraph.trim()) ??
      (numbered && DECIDES.test(numbered[2] ?? "") ? numbered : null);
    if (!m) return null;
    const label = `Ad ${(m[1] ?? "").trim()}`;
    const rest = (m[2] ?? "").trim();
    // "Ad 1. Flere unge skal …" names the point; "Ad 1. – 3 Anbefales godkendt" decides it: that rest is read on.
    const decides = DECIDES.test(rest);
    const heading =
      rest !== "" && !decides && !/[.!?]$/.test(rest) && /^\p{Lu}/u.test(rest) && rest.split(/\s+/).length <= 14;
    return {
      fragments: [
        {
          kind: "motion",
          source: "subPoint",
          label,
          points: pointNumbers(m[1] ?? ""),
          text: heading ? rest : null,
          proposer: null,
          needsText: false,
        },
      ],
      rest: heading ? "" : rest,
    };
  },
};
