// Remembers keys seen recently (request signatures, event and interaction ids) so a replay or a redelivery is handled
// once. Bounded in time and in count, so memory stays flat however many requests arrive.

export interface ReplayFilterOptions {
  /** How long a key is remembered. Default 10 minutes (Slack signatures are valid for 5 minutes either way). */
  ttlMs?: number;
  /** Oldest keys are forgotten beyond this many. Default 50 000. */
  maxEntries?: number;
  now?: () => number;
}

export interface ReplayFilter {
  /** True the first time `key` is seen within the window; false for a repeat. Empty keys always pass. */
  first(key: string | null | undefined): boolean;
  readonly size: number;
}

export function createReplayFilter(options: ReplayFilterOptions = {}): ReplayFilter {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 50_000;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order (one ttl for all), so expired keys are always at the front.
  const seen = new Map<string, number>();
  return {
    first(key) {
      if (!key) return true;
      const t = now();
      for (const [k, expires] of seen) {
        if (expires > t && seen.size <= maxEntries) break;
        seen.delete(k);
      }
      const expires = seen.get(key);
      if (expires !== undefined && expires > t) return false;
      seen.set(key, t + ttlMs);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
