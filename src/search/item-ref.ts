// Stable references into a loaded index: hits carry positions (fast), answers and links keep ItemRefs (stable).
import type { ItemRef } from "../domain/index.ts";
import type { LoadedIndex } from "./load-index.ts";

/** The stable reference of the item at a position of this index, or null when there is none. */
export function itemRefAt(index: LoadedIndex, meeting: number, number: number): ItemRef | null {
  const m = index.meetings[meeting];
  return m?.items.some((i) => i.number === number) ? { meeting: m.id, number } : null;
}

/** The position of a meeting in this index by its stable id, or null. */
export function meetingPosition(index: LoadedIndex, id: string): number | null {
  const at = index.manifest.inputs.findIndex((input) => input.meeting === id);
  return at < 0 ? null : at;
}
