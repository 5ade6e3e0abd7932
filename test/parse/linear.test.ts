// Every parsing stage grows linearly with adversarial input: the steps of the loops that once grew with the square
// of the input (heading chains, contents pairing, lists, sentences, bodies, votes) are counted at two sizes.
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_SHAPES } from "../../bench/adversarial-minutes.ts";
import { parseText } from "../../src/parse/index.ts";
import { takeSteps } from "../../src/parse/work.ts";

const total = (s: Record<string, number>) => Object.values(s).reduce((n, k) => n + k, 0);

function stepsAt(shape: string, bytes: number): Record<string, number> {
  const build = ADVERSARIAL_SHAPES[shape];
  if (!build) throw new Error(`no shape ${shape}`);
  takeSteps();
  try {
    parseText(build(bytes), { source: `${shape}.txt` });
  } catch {
    // A refusal still counts the steps taken before it.
  }
  return takeSteps();
}

describe("linear parsing", () => {
  it.each(Object.keys(ADVERSARIAL_SHAPES))("takes about twice the steps for twice the %s", (shape) => {
    const small = stepsAt(shape, 300_000);
    const large = stepsAt(shape, 600_000);
    expect(total(large)).toBeGreaterThan(0);
    // Twice the input: at most 2.5 times the steps per stage (n log n for the heading chain stays well below); a stage
    // that only starts at the larger size (a few sentences after the last item number) is held to a small share.
    for (const [stage, n] of Object.entries(large))
      expect(n, stage).toBeLessThanOrEqual(2.5 * (small[stage] ?? 0) + 0.02 * total(large));
    expect(total(large)).toBeLessThanOrEqual(2.5 * total(small));
  });

  it("counts the quadratic pairing it avoids: a long contents list pairs within a window", () => {
    const steps = stepsAt("long contents", 400_000);
    // 8,000 items against 14,000 entries would be 10^8 pairs; the window keeps it to a few per item.
    expect(steps.toc ?? 0).toBeLessThan(400_000);
  });
});
