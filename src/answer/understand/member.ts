// Finds a council member named in a question, fuzzily, against the roster of the indexed minutes ("Alan Mortensen").
import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";
import type { RosterMember } from "./lexicon.ts";
import { foldLetters, isClaimed, type Span, type Token, tokenize } from "./tokens.ts";

export interface MemberMention extends Span {
  member: RosterMember;
  /** 0..1, how closely the written name matches. */
  score: number;
}

/** How close two name parts must be (Jaro-Winkler) to count as the same: "Alan"/"Allan" 0.95, "Lene"/"Line" 0.88. */
export const NAME_PART_THRESHOLD = 0.87;
/** A surname alone must be nearly exact and belong to one member only. */
export const SURNAME_ALONE_THRESHOLD = 0.95;

const similarity = (a: string, b: string) => (a === b ? 1 : JaroWinklerDistance(a, b, {}));

type Similarity = (written: string, part: string) => number;

/**
 * similarity, remembered for one question: every span of a run of capitalised words is scored against every
 * roster name, so the same written word meets the same name part (first names repeat) many times.
 */
function rememberedSimilarity(): Similarity {
  const byWritten = new Map<string, Map<string, number>>();
  return (written, part) => {
    let parts = byWritten.get(written);
    if (!parts) {
      parts = new Map();
      byWritten.set(written, parts);
    }
    let s = parts.get(part);
    if (s === undefined) {
      s = similarity(written, part);
      parts.set(part, s);
    }
    return s;
  };
}

/** The roster's names split into folded parts, once per roster. */
const ROSTER_PARTS = new WeakMap<readonly RosterMember[], { member: RosterMember; parts: string[] }[]>();

function rosterPartsOf(roster: readonly RosterMember[]): { member: RosterMember; parts: string[] }[] {
  let parts = ROSTER_PARTS.get(roster);
  if (!parts) {
    parts = roster.map((m) => ({ member: m, parts: nameParts(m.name) }));
    ROSTER_PARTS.set(roster, parts);
  }
  return parts;
}

/** Name parts folded, so "Rene"/"René" and "Moller"/"Møller" are the same part. */
function nameParts(name: string): string[] {
  return tokenize(name).map((t) => foldLetters(t.lower));
}

/** Within this much of the best score, a span covering more of the name wins ("Rene Langhorn" over "Langhorn"). */
const LONGER_SPAN_TOLERANCE = 0.03;

/** Matches written name parts to a roster name in order; null when a part has no counterpart. */
function scoreName(written: readonly string[], roster: readonly string[], similarity: Similarity): number | null {
  let from = 0;
  let total = 0;
  for (const w of written) {
    let best = 0;
    let at = -1;
    for (let i = from; i < roster.length; i++) {
      const s = similarity(w, roster[i] ?? "");
      // Initials ("H." for "Hansen") match a part starting with that letter.
      const initial = w.length === 1 && (roster[i] ?? "").startsWith(w) ? 0.9 : 0;
      const v = Math.max(s, initial);
      if (v > best) {
        best = v;
        at = i;
      }
    }
    if (best < NAME_PART_THRESHOLD || at < 0) return null;
    total += best;
    from = at + 1;
  }
  // Writing more of the name is stronger evidence; a written name covering the surname is required below.
  return (total / written.length) * (0.9 + 0.1 * Math.min(1, written.length / roster.length));
}

/** Runs of capitalised words, where a member's name can stand. */
function capitalisedRuns(tokens: readonly Token[], question: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    const adjacent = prev ? /^[\s.]*$/.test(question.slice(prev.end, t.start)) : true;
    if (/^\p{Lu}/u.test(t.text) && adjacent) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = /^\p{Lu}/u.test(t.text) ? [t] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The members named in the question (best match per stretch of capitalised words), ignoring claimed spans. */
export function findMembers(
  question: string,
  roster: readonly RosterMember[],
  claimed: readonly Span[] = [],
): MemberMention[] {
  const tokens = tokenize(question).filter((t) => !isClaimed(t, claimed));
  const rosterParts = rosterPartsOf(roster);
  const similar = rememberedSimilarity();
  const out: MemberMention[] = [];
  for (const run of capitalisedRuns(tokens, question)) {
    let best: MemberMention | null = null;
    for (let i = 0; i < run.length; i++) {
      for (let j = Math.min(run.length, i + 5); j > i; j--) {
        const span = run.slice(i, j);
        const written = span.map((t) => foldLetters(t.lower));
        const start = span[0]?.start ?? 0;
        const end = span[span.length - 1]?.end ?? 0;
        const candidates: { member: RosterMember; score: number }[] = [];
        for (const r of rosterParts) {
          const s = scoreName(written, r.parts, similar);
          if (s === null) continue;
          const surname = r.parts[r.parts.length - 1] ?? "";
          const coversSurname = similar(written[written.length - 1] ?? "", surname) >= NAME_PART_THRESHOLD;
          if (written.length === 1 && (!coversSurname || similar(written[0] ?? "", surname) < SURNAME_ALONE_THRESHOLD))
            continue;
          if (written.length >= 2 && !coversSurname && written.length < r.parts.length) continue;
          candidates.push({ member: r.member, score: s });
        }
        candidates.sort((a, b) => b.score - a.score);
        const top = candidates[0];
        if (!top) continue;
        // A lone surname shared by two members names neither.
        if (written.length === 1 && candidates.length > 1) continue;
        const longer = best !== null && end - start > best.end - best.start;
        if (
          !best ||
          (longer && top.score >= best.score - LONGER_SPAN_TOLERANCE) ||
          (!longer && top.score > best.score + (end - start < best.end - best.start ? LONGER_SPAN_TOLERANCE : 0))
        ) {
          best = { member: top.member, score: top.score, start, end };
        }
      }
    }
    if (best) out.push(best);
  }
  return out;
}
