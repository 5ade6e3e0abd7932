// Resolves decision-block bodies: splits off the election period and maps misspellings to the closest known body.
import { levenshtein, skeleton } from "../similarity.ts";
import { splitPeriod } from "../split/structure.ts";
import { step } from "../work.ts";

/** A body name as written resolved against the names seen in the document. */
export interface ResolvedBody {
  name: string;
  period: string | null;
}

/**
 * Builds a resolver over the body names of one document. A name that is very close to a more frequent one
 * (one or two letters apart, or equal once æ/ø/å are dropped) is taken for that one: converters drop letters.
 */
export function bodyResolver(written: readonly string[]): (raw: string) => ResolvedBody {
  const counts = new Map<string, number>();
  for (const w of written) {
    const { name } = splitPeriod(w);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Only the most frequent names can absorb a misspelling: a document names a few dozen bodies, not thousands.
  const known = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TARGETS)
    .map(([n]) => n);
  const resolved = new Map<string, ResolvedBody>();
  return (raw: string) => {
    const done = resolved.get(raw);
    if (done) return done;
    const result = resolve(raw);
    resolved.set(raw, result);
    return result;
  };
  function resolve(raw: string): ResolvedBody {
    const { name, period } = splitPeriod(raw.replace(/\s+/g, " ").trim());
    for (const k of known) {
      step("bodies");
      if (k === name || (counts.get(k) ?? 0) <= (counts.get(name) ?? 0)) break;
      const close =
        k.toLowerCase() === name.toLowerCase() ||
        skeleton(k) === skeleton(name) ||
        levenshtein(k.toLowerCase(), name.toLowerCase()) <= Math.max(1, Math.floor(name.length * 0.07));
      if (close && (counts.get(k) ?? 0) > (counts.get(name) ?? 0)) return { name: k, period };
    }
    return { name, period };
  }
}

/** How many of the most frequent body names a misspelt one is compared with. */
const MAX_TARGETS = 40;
