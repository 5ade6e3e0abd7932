// Subscriptions and the alert outbox, on the follow database (see db.ts). Exactly once per subscription and fact:
// a fact is recorded under a unique (subscription, fact) key in the same transaction that records the post
// carrying it, before anything is sent; posts are claimed with FOR UPDATE SKIP LOCKED, marked sent after, and a
// failed post is retried later. Two processes never send the same post, and a restart never reposts a sent one.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db, Queryable } from "./db.ts";

export const FollowKindSchema = z.enum(["party", "member", "body", "case", "topic"]);
export type FollowKind = z.infer<typeof FollowKindSchema>;

/** What a subscription matches, as data (see facts.ts). */
export const FollowQuerySchema = z
  .object({
    kind: FollowKindSchema,
    /** Party letter, member name, body name, case key, or the topic words. */
    key: z.string().min(1),
    /** Empty: any municipality. */
    municipality: z.string(),
    /** Topic words' alternatives (Danish forms from the glossary), for topic subscriptions. */
    terms: z.array(z.array(z.string())).default([]),
  })
  .strict();
export type FollowQuery = z.infer<typeof FollowQuerySchema>;

export const SubscriptionSchema = z.object({
  id: z.coerce.number().int().positive(),
  platform: z.string().min(1),
  workspace: z.string(),
  channel: z.string().min(1),
  userId: z.string().min(1),
  label: z.string().min(1),
  language: z.enum(["da", "en"]),
  query: FollowQuerySchema,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export interface Where {
  platform: string;
  workspace: string;
  channel: string;
}

/** A message as queued: plain text the adapters post as it is (Slack mrkdwn and Discord markdown both read it). */
export const AlertMessageSchema = z.object({ text: z.string().min(1) }).strict();
export type AlertMessage = z.infer<typeof AlertMessageSchema>;

export const AlertPostSchema = z.object({
  id: z.coerce.number().int().positive(),
  postKey: z.string(),
  platform: z.string(),
  workspace: z.string(),
  channel: z.string(),
  meetingKey: z.string(),
  message: AlertMessageSchema,
  status: z.enum(["pending", "sending", "sent", "failed"]),
  attempts: z.coerce.number().int(),
  lastError: z.string().nullable(),
});
export type AlertPost = z.infer<typeof AlertPostSchema>;

const subscriptionOf = (row: Record<string, unknown>): Subscription =>
  SubscriptionSchema.parse({
    id: row.id,
    platform: row.platform,
    workspace: row.workspace,
    channel: row.channel,
    userId: row.user_id,
    label: row.label,
    language: row.language,
    query: typeof row.query === "string" ? JSON.parse(row.query) : row.query,
  });

const postOf = (row: Record<string, unknown>): AlertPost =>
  AlertPostSchema.parse({
    id: row.id,
    postKey: row.post_key,
    platform: row.platform,
    workspace: row.workspace,
    channel: row.channel,
    meetingKey: row.meeting_key,
    message: typeof row.message === "string" ? JSON.parse(row.message) : row.message,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error ?? null,
  });

/** One fact to alert a subscription about, with the meeting it belongs to and the line that tells it. */
export interface PendingAlert {
  subscription: Subscription;
  factKey: string;
  meetingKey: string;
  /** Renders the message for the facts of one meeting that are new to one channel. */
  line: string;
}

export interface FollowStore {
  readonly db: Db;
  /** Adds a subscription; false when the channel already follows the same thing. */
  subscribe(where: Where, userId: string, label: string, language: "da" | "en", query: FollowQuery): Promise<boolean>;
  /** Removes the user's own subscriptions in the channel matching kind and key; returns how many. */
  unsubscribe(where: Where, userId: string, query: Pick<FollowQuery, "kind" | "key" | "municipality">): Promise<number>;
  /** Subscriptions in a channel (every user's). */
  channelSubscriptions(where: Where): Promise<Subscription[]>;
  /** A user's own subscriptions in a workspace. */
  userSubscriptions(platform: string, workspace: string, userId: string): Promise<Subscription[]>;
  all(): Promise<Subscription[]>;
  /**
   * Records the alerts not yet recorded and queues one post per channel and meeting carrying them, in one
   * transaction. `render` turns one meeting's new lines for one channel into the message.
   */
  enqueue(
    alerts: readonly PendingAlert[],
    render: (meetingKey: string, alerts: readonly PendingAlert[]) => AlertMessage,
  ): Promise<{ facts: number; posts: number }>;
  /** Claims due posts of these platforms for `worker` (pending, failed and due again, or stuck past the lease). */
  claim(
    worker: string,
    platforms: readonly string[],
    options?: { limit?: number; leaseMs?: number },
  ): Promise<AlertPost[]>;
  markSent(post: AlertPost, worker: string): Promise<void>;
  markFailed(post: AlertPost, worker: string, error: string, retryInMs: number): Promise<void>;
  posts(): Promise<AlertPost[]>;
  close(): Promise<void>;
}

export function createFollowStore(db: Db): FollowStore {
  return {
    db,
    async subscribe(where, userId, label, language, query) {
      const q = FollowQuerySchema.parse(query);
      const rows = await db.query(
        `insert into subscriptions (platform, workspace, channel, user_id, kind, key, municipality, label, language, query)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (platform, workspace, channel, kind, key, municipality) do nothing returning id`,
        [
          where.platform,
          where.workspace,
          where.channel,
          userId,
          q.kind,
          q.key,
          q.municipality,
          label,
          language,
          JSON.stringify(q),
        ],
      );
      return rows.length > 0;
    },
    async unsubscribe(where, userId, query) {
      const rows = await db.query(
        `delete from subscriptions where platform = $1 and workspace = $2 and channel = $3 and user_id = $4
         and kind = $5 and key = $6 and municipality = $7 returning id`,
        [where.platform, where.workspace, where.channel, userId, query.kind, query.key, query.municipality],
      );
      return rows.length;
    },
    async channelSubscriptions(where) {
      const rows = await db.query(
        "select * from subscriptions where platform = $1 and workspace = $2 and channel = $3 order by id",
        [where.platform, where.workspace, where.channel],
      );
      return rows.map(subscriptionOf);
    },
    async userSubscriptions(platform, workspace, userId) {
      const rows = await db.query(
        "select * from subscriptions where platform = $1 and workspace = $2 and user_id = $3 order by id",
        [platform, workspace, userId],
      );
      return rows.map(subscriptionOf);
    },
    async all() {
      return (await db.query("select * from subscriptions order by id")).map(subscriptionOf);
    },
    async enqueue(alerts, render) {
      return db.transaction(async (tx) => {
        const fresh: PendingAlert[] = [];
        for (const alert of alerts) {
          const inserted = await tx.query(
            `insert into alert_facts (subscription_id, fact_key) values ($1, $2)
             on conflict (subscription_id, fact_key) do nothing returning subscription_id`,
            [alert.subscription.id, alert.factKey],
          );
          if (inserted.length > 0) fresh.push(alert);
        }
        const groups = new Map<string, PendingAlert[]>();
        for (const alert of fresh) {
          const s = alert.subscription;
          const key = JSON.stringify([s.platform, s.workspace, s.channel, alert.meetingKey]);
          groups.set(key, [...(groups.get(key) ?? []), alert]);
        }
        for (const [key, group] of groups) {
          const [platform, workspace, channel, meetingKey] = JSON.parse(key) as string[];
          const facts = group.map((a) => `${a.subscription.id}:${a.factKey}`).sort();
          const postKey = createHash("sha256")
            .update(`${key}|${facts.join(",")}`)
            .digest("hex");
          const message = AlertMessageSchema.parse(render(meetingKey as string, group));
          const [post] = await tx.query<{ id: string }>(
            `insert into alert_posts (post_key, platform, workspace, channel, meeting_key, message)
             values ($1, $2, $3, $4, $5, $6) returning id`,
            [postKey, platform, workspace, channel, meetingKey, JSON.stringify(message)],
          );
          await linkFacts(tx, post?.id ?? null, group);
        }
        return { facts: fresh.length, posts: groups.size };
      });
    },
    async claim(worker, platforms, options = {}) {
      if (platforms.length === 0) return [];
      const rows = await db.query(
        `update alert_posts set status = 'sending', claimed_by = $1, claimed_at = now(), attempts = attempts + 1
         where id in (
           select id from alert_posts
           where platform = any($2::text[])
             and ((status in ('pending', 'failed') and next_attempt_at <= now())
               or (status = 'sending' and claimed_at < now() - make_interval(secs => $3::double precision / 1000)))
           order by id limit $4 for update skip locked)
         returning *`,
        [worker, [...platforms], options.leaseMs ?? 5 * 60_000, options.limit ?? 20],
      );
      return rows.map(postOf).sort((a, b) => a.id - b.id);
    },
    async markSent(post, worker) {
      await db.query(
        "update alert_posts set status = 'sent', sent_at = now(), last_error = null where id = $1 and claimed_by = $2",
        [post.id, worker],
      );
    },
    async markFailed(post, worker, error, retryInMs) {
      await db.query(
        `update alert_posts set status = 'failed', last_error = $3,
         next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
         where id = $1 and claimed_by = $2`,
        [post.id, worker, error.slice(0, 500), retryInMs],
      );
    },
    async posts() {
      return (await db.query("select * from alert_posts order by id")).map(postOf);
    },
    close: () => db.close(),
  };
}

async function linkFacts(tx: Queryable, postId: string | null, group: readonly PendingAlert[]): Promise<void> {
  for (const alert of group) {
    await tx.query("update alert_facts set post_id = $1 where subscription_id = $2 and fact_key = $3", [
      postId,
      alert.subscription.id,
      alert.factKey,
    ]);
  }
}
