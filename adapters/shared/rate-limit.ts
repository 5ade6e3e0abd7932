// A per-key sliding-window rate limit (10 questions a minute per user by default), in memory.

export interface RateLimitOptions {
  /** Questions allowed per window. Default 10. */
  limit?: number;
  /** Window length in milliseconds. Default 60 000. */
  windowMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** A refusal says whether it is the first in this window for the key (`notify`): a burst gets one notice, not one each. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; notify: boolean };

export interface RateLimiter {
  /** Counts one question for `key` when allowed; a refused question is not counted. */
  take(key: string): RateDecision;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const limit = options.limit ?? 10;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number[]>();
  // Until when a key's refusals stay silent: set by the refusal that was notified, to the end of its wait.
  const notifiedUntil = new Map<string, number>();
  return {
    take(key) {
      const t = now();
      const recent = (seen.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        seen.set(key, recent);
        const retryAfterMs = windowMs - (t - (recent[0] ?? t));
        const notify = (notifiedUntil.get(key) ?? 0) <= t;
        if (notify) notifiedUntil.set(key, t + retryAfterMs);
        return { ok: false, retryAfterMs, notify };
      }
      recent.push(t);
      seen.set(key, recent);
      // Forget idle users so the map does not grow with every user ever seen.
      if (seen.size > 10_000) {
        for (const [k, times] of seen) if (times.every((at) => t - at >= windowMs)) seen.delete(k);
        for (const [k, until] of notifiedUntil) if (until <= t) notifiedUntil.delete(k);
      }
      return { ok: true };
    },
  };
}
