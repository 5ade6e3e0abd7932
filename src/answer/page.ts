// How much of an answer's main list one answer shows; the rest are "and N more", asked for with "more" / "flere".
import type { Answer, Fact, FactKind } from "../domain/index.ts";

/** How many facts of the answer's main list one answer shows; the rest are "and N more". */
export const PAGE: Record<
  Answer["intent"],
  { kind: FactKind; of: Extract<Fact, { kind: "more" }>["of"]; size: number } | null
> = {
  vote: { kind: "vote", of: "votes", size: 10 },
  decision: { kind: "decision", of: "decisions", size: 10 },
  upcoming: { kind: "upcoming", of: "items", size: 15 },
  search: { kind: "passage", of: "passages", size: 6 },
  source: { kind: "source", of: "meetings", size: 10 },
  attendance: null,
};

/**
 * One page of a list, from `offset`: the rows shown, how many are left after them, and how many are shown so far. A
 * remainder of a few rows (at most PAGE_SLACK of the page size, and at least 2) is shown with the page rather than
 * left for a page of its own: "more" then shows the rest, as it promises.
 */
export function pageOf<T>(
  list: readonly T[],
  offset: number,
  size: number,
): { rows: T[]; rest: number; shown: number } {
  const from = Math.min(Math.max(0, offset), list.length);
  const slack = Math.max(2, Math.floor(size * PAGE_SLACK));
  const take = list.length - from - size <= slack ? list.length - from : size;
  const rows = list.slice(from, from + take);
  return { rows, rest: list.length - from - rows.length, shown: from + rows.length };
}

/** Share of a page size that may follow the page instead of waiting for "more". */
export const PAGE_SLACK = 0.2;
