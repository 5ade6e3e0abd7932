// Posts queued alerts: claims due posts of the platforms this process can post to, sends each, marks it sent, or
// failed to be retried later. Run by every bot process; the claim makes each post go out once.
import { randomUUID } from "node:crypto";
import type { FollowStore } from "./store.ts";

/** Posts one message to a channel of a platform; throws when the platform refuses. */
export type AlertSender = (channel: string, text: string) => Promise<void>;

export interface DeliveryOptions {
  store: FollowStore;
  senders: Partial<Record<string, AlertSender>>;
  /** This process's name in the claims (default a random id). */
  worker?: string;
  /** Wait before retrying a failed post (default 60 s). */
  retryMs?: number;
  /** A claimed post not marked after this long is claimed again (default 5 min). */
  leaseMs?: number;
  /** Posts claimed per round (default 20): smaller shares a long queue between processes sooner. */
  limit?: number;
}

/** One round: returns how many posts were sent and how many failed. */
export async function deliverAlerts(options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const worker = options.worker ?? randomUUID();
  const platforms = Object.keys(options.senders).filter((p) => options.senders[p]);
  const posts = await options.store.claim(worker, platforms, { leaseMs: options.leaseMs, limit: options.limit });
  let sent = 0;
  let failed = 0;
  for (const post of posts) {
    const send = options.senders[post.platform];
    try {
      if (!send) throw new Error(`no sender for ${post.platform}`);
      await send(post.channel, post.message.text);
      await options.store.markSent(post, worker);
      sent += 1;
    } catch (error) {
      await options.store.markFailed(
        post,
        worker,
        error instanceof Error ? error.message : String(error),
        options.retryMs ?? 60_000,
      );
      failed += 1;
    }
  }
  return { sent, failed };
}

/** Delivers every `intervalMs` until stopped; a round's error is reported and the next round runs. */
export function startAlertDelivery(
  options: DeliveryOptions & { intervalMs: number; onError?: (error: unknown) => void },
): { stop(): Promise<void>; runNow(): Promise<void> } {
  const worker = options.worker ?? randomUUID();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const round = () => {
    running = running
      .then(() => deliverAlerts({ ...options, worker }))
      .then(
        () => {},
        (error: unknown) => options.onError?.(error),
      );
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void round();
  }, options.intervalMs);
  timer.unref();
  return {
    runNow: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
