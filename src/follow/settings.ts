// Where the follow store lives and its limits, from the environment (zod-checked).
import { join } from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  REFERAT_DATA: z.string().min(1).optional(),
  FOLLOW_CHANNEL_CAP: z.coerce.number().int().positive("FOLLOW_CHANNEL_CAP must be a positive whole number").optional(),
  FOLLOW_POLL_SECONDS: z.coerce.number().positive("FOLLOW_POLL_SECONDS must be a positive number").optional(),
});

export interface FollowSettings {
  /** A PostgreSQL server; null: the embedded PGlite database in `pgliteDir`. */
  databaseUrl: string | null;
  pgliteDir: string;
  /** Subscriptions one channel may hold. */
  channelCap: number;
  /** How often a running bot posts queued alerts. */
  pollMs: number;
}

export function followSettings(env: NodeJS.ProcessEnv = process.env): FollowSettings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`follow settings: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL ?? null,
    pgliteDir: join(e.REFERAT_DATA ?? "data", "follow-db"),
    channelCap: e.FOLLOW_CHANNEL_CAP ?? 25,
    pollMs: (e.FOLLOW_POLL_SECONDS ?? 30) * 1000,
  };
}
