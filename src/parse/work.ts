// Counts the steps of the parser's loops that could grow faster than their input, so a test can show that every
// stage stays linear on adversarial input by counting, not by timing. Counting costs one addition per step.

/** Steps taken since the last reset, per stage: a counter per stage, so a step is one lookup and one addition. */
const counts = new Map<string, { n: number }>();

/** Records `n` steps of a stage. */
export function step(stage: string, n = 1): void {
  const counter = counts.get(stage);
  if (counter) counter.n += n;
  else counts.set(stage, { n });
}

/** The steps recorded per stage since the last reset, and clears them. */
export function takeSteps(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stage, counter] of counts) out[stage] = counter.n;
  counts.clear();
  return out;
}
