// Counts the steps of the parser's loops that could grow faster than their input, so a test can show that every
// stage stays linear on adversarial input by counting, not by timing. Counting costs one addition per step.

/** Steps taken since the last reset, per stage. */
const counts = new Map<string, number>();

/** Records `n` steps of a stage. */
export function step(stage: string, n = 1): void {
  counts.set(stage, (counts.get(stage) ?? 0) + n);
}

/** The steps recorded per stage since the last reset, and clears them. */
export function takeSteps(): Record<string, number> {
  const out = Object.fromEntries(counts);
  counts.clear();
  return out;
}
