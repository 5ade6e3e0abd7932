// Reads the subject of a vote sentence: an optional majority marker and a list of members or parties.
import type { VoteEntry } from "../../domain/index.ts";
import { LIST_REMARK, MAJORITY_MARKERS } from "../lexicon.ts";
import { readPeopleList } from "../members.ts";

export interface Subject {
  entries: VoteEntry[];
  side: "majority" | "minority" | null;
  total: number | null;
}

/** "Et flertal, A og B (A) samt C (Ø)" -> entries and side; null when the text is not a complete list. */
export function readSubject(text: string): Subject | null {
  let rest = text.trim().replace(/^[,;:–-]\s*/, "");
  // "… og 1 RV (ved en fejl) )": the remark dropped, the group it is about kept.
  if (LIST_REMARK.cue.test(rest)) rest = rest.replace(LIST_REMARK.pattern, "");
  let side: Subject["side"] = null;
  for (const m of MAJORITY_MARKERS) {
    const hit = m.pattern.exec(rest);
    if (hit) {
      side = m.side;
      rest = rest.slice(hit[0].length);
      break;
    }
  }
  rest = rest.replace(/^(?:heraf|nemlig|dvs\.)\s+/iu, "").trim();
  // "Et flertal (A, B og F)": the list stands in parentheses; "(O) stemte imod": one party in parentheses.
  const wrapped = /^\(([^()]+)\)$/u.exec(rest);
  if (wrapped) rest = wrapped[1] ?? "";
  // "Et borgerligt flertal stemte for, mens …": a side whose members are not named.
  if (rest === "") return side !== null && /\p{L}$/u.test(text.trim()) ? { entries: [], side, total: null } : null;
  const list = readPeopleList(rest);
  if (!list.complete) return null;
  const entries: VoteEntry[] = list.entries.map((e) =>
    e.name === null
      ? { name: null, party: e.party, ...(e.count !== undefined ? { count: e.count } : {}) }
      : { name: e.name, party: e.party },
  );
  return { entries, side, total: list.total ?? null };
}

/** A proposer: "(O)", "Marlene Harpsøe (O)", "Gruppe A", "Venstre"; null when the subject names nobody. */
export function readProposer(text: string): { name?: string; party?: string | null } | null {
  const t = text.trim();
  const bare = /^\(\s*([A-ZÆØÅ]{1,3})\s*\)$/u.exec(t);
  const subject = bare ? readSubject(bare[1] ?? "") : readSubject(t);
  const first = subject?.entries[0];
  if (!first) return null;
  if (first.name) return { name: first.name, party: first.party };
  return { party: first.party };
}
