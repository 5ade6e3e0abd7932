// Words a vote's motion: the proposal, the ballot question, the point of the recommendation or the named target.
import type { Proposer } from "../rules/fragment.ts";
import { titleSimilarity } from "../similarity.ts";

export interface MotionContext {
  subPoint: { label: string | null; points: number[]; text: string | null } | null;
  target: { label: string | null } | null;
  motion: { source: string; text: string | null; proposer: Proposer | null; needsText?: boolean } | null;
}

/**
 * The last result of `read` on a text, for reading an item's recommendation once for all its votes (each vote's
 * motion is worded from it; read per vote, an item with a long recommendation and many votes took their product).
 */
function lastOf<T>(read: (text: string | null) => T): (text: string | null) => T {
  let last: { text: string | null; value: T } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** "1. at X" lines of the recommendation, by number (read once per recommendation). */
const recommendationPoints = lastOf(readRecommendationPoints);

/** The recommendation without its "X indstiller," preamble (read once per recommendation). */
const recommendationText = lastOf(readRecommendationText);

function readRecommendationPoints(recommendation: string | null): Map<number, string> {
  const points = new Map<number, string>();
  for (const line of (recommendation ?? "").split(/\n+/)) {
    const m = /^\s*(\d{1,2})[.)]\s+(.+)$/u.exec(line);
    if (m && !points.has(Number(m[1]))) points.set(Number(m[1]), (m[2] ?? "").trim());
  }
  return points;
}

function readRecommendationText(recommendation: string | null): string | null {
  if (!recommendation) return null;
  const lines = recommendation
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/indstiller\b[^.]*,?$/iu.test(l));
  const text = lines.join(" ").trim();
  return text === "" ? null : text;
}

/** The definition of a named target ("Resultatkrav 1: …") in the case text, after the sub-point's own heading. */
function targetDefinition(caseText: string, label: string, after: string | null): string | null {
  const lines = caseText.split(/\n+/).map((l) => l.trim());
  let from = 0;
  if (after) {
    // The sub-point's heading in the decision may differ slightly from the section heading in the case text.
    let best = 0.6;
    lines.forEach((l, i) => {
      if (l.length > 160) return;
      const s = titleSimilarity(l.replace(/^\d+[.)]\s*/, ""), after);
      if (s > best) {
        best = s;
        from = i;
      }
    });
  }
  const start = label.toLowerCase();
  const line = lines
    .slice(from)
    .find((l) => l.toLowerCase().startsWith(`${start}:`) || l.toLowerCase().startsWith(`${start} `));
  return line
    ? line
        .slice(label.length)
        .replace(/^\s*:\s*/, "")
        .trim()
    : null;
}

function clip(text: string, length = 300): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

function who(p: Proposer | null): string {
  if (!p) return "";
  if (p.name) return ` fra ${p.name}${p.party ? ` (${p.party})` : ""}`;
  return p.party ? ` fra (${p.party})` : "";
}

/** One line saying what was voted on. */
export function motionText(ctx: MotionContext, item: { recommendation: string | null; text: string }): string {
  const sub = ctx.subPoint;
  const subLabel = sub ? `${sub.label ?? ""}${sub.text ? `. ${sub.text}` : ""}` : "";
  if (ctx.motion) {
    const m = ctx.motion;
    const head = m.source === "proposal" ? `Forslag${who(m.proposer)}` : m.source === "ballot" ? "Afstemning" : "";
    const scope = sub ? ` (${sub.label})` : "";
    const body = m.text ? clip(m.text) : "";
    if (head === "") return `${body}${scope}`.trim() || "Forslag";
    return `${head}${scope}${body ? `: ${body}` : ""}`;
  }
  if (ctx.target?.label) {
    const def = targetDefinition(item.text, ctx.target.label, sub?.text ?? null);
    const scope = sub ? ` under ${subLabel}` : "";
    return `${ctx.target.label}${scope}${def ? `: ${clip(def)}` : ""}`;
  }
  if (sub) {
    const points = recommendationPoints(item.recommendation);
    const texts = sub.points.map((n) => points.get(n)).filter((t): t is string => t !== undefined);
    if (texts.length > 0)
      return `Indstillingens pkt. ${sub.points.join(", ")} (${sub.label}): ${clip(texts.join(" "))}`;
    return `Indstillingen, ${subLabel}`;
  }
  const rec = recommendationText(item.recommendation);
  return rec ? `Indstillingen: ${clip(rec)}` : "Indstillingen";
}
