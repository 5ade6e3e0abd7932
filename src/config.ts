// Reads the environment (and `.env` when present) once into a typed, validated Config for adapters/main.ts.
import { existsSync } from "node:fs";
import { z } from "zod";

/** Log levels pino understands; "silent" turns logging off. */
export const LogLevelSchema = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);
export type LogLevel = z.infer<typeof LogLevelSchema>;

export interface SlackConfig {
  /** Bot token (xoxb-…), used for every Web API call. */
  botToken: string;
  /** Verifies HTTP requests (v0 signatures); not needed in Socket Mode. */
  signingSecret: string | null;
  /** App-level token (xapp-…): when set, Socket Mode; else HTTP mode on `port`. */
  appToken: string | null;
  /** Web API base, e.g. a proxy or a local stand-in; null means Slack's own. */
  apiUrl: string | null;
  /** Acknowledged events waiting for an answer (SLACK_QUEUE); beyond it events are refused with 503. */
  queue?: number;
  /** Events handled at once (SLACK_CONCURRENCY); the engine workers bound the answering itself. */
  concurrency?: number;
}

/** Defaults of the Slack hand-off: what 500 concurrent events were measured with (README, "Load"). */
export const SLACK_HANDOFF_DEFAULTS = { queue: 1_000, concurrency: 32 } as const;

export interface DiscordConfig {
  token: string;
  /** Application (client) id: needed to register commands and to build the invite link. */
  appId: string;
  /** Register commands in this guild only (instant) instead of globally. */
  guildId: string | null;
  /** REST base, e.g. a proxy or a local stand-in; null means Discord's own. The gateway URL comes from REST. */
  apiUrl: string | null;
  /** Answer @mentions in messages; needs the privileged Message Content intent. */
  messageContent: boolean;
}

/** Background sync (`npm start` with SYNC_EVERY set): fetch new meetings, rebuild the index, swap it in. */
export interface SyncConfig {
  /** Milliseconds between the start of one sync and the next (SYNC_EVERY, e.g. "6h"). */
  everyMs: number;
  /** The sources file (SYNC_SOURCES, default sources.json): which municipalities, where they publish. */
  sourcesFile: string;
  /** Where the raw documents are stored (DATA_DIR, default data). */
  dataDir: string;
}

export interface Config {
  indexDir: string;
  /** Where the minutes viewer is reachable from outside; links in answers point here when no official URL exists. */
  publicBaseUrl: string | null;
  /** HTTP port for the viewer and for Slack's HTTP mode. */
  port: number | null;
  /** Interface to bind HTTP servers to; null means all interfaces. */
  host: string | null;
  /** Null when LOG_LEVEL is unset, so the entry point can pick a default that suits the adapters run. */
  logLevel: LogLevel | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** Null unless SYNC_EVERY is set. */
  sync: SyncConfig | null;
  /** Worker threads answering chat questions off the thread that acknowledges them; 0 answers in-process; null: default. */
  engineWorkers: number | null;
}

/** Default Slack HTTP-mode port when PORT is unset (Bolt's own default). */
export const DEFAULT_SLACK_PORT = 3000;

/** Thrown for a missing or malformed setting; the message names every problem, one per line. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[], file: string | null) {
    const where = file ? `environment and ${file}` : "environment";
    super(`config: invalid settings in the ${where}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** A whole number in [min, max], read from a string; `range` says the bounds in the error. */
const wholeNumber = (what: string, min: number, max: number, range: string) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .int("must be a whole number")
    .min(min, range)
    .max(max, range);

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const httpUrl = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]+/.test(s) && URL.canParse(s), "must be an http(s) URL, e.g. https://example.org");

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{15,21}$/, "must be a Discord id (15–21 digits; Developer Portal → General Information)");

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ["1", "0", "true", "false", "yes", "no", "on", "off"].includes(s), "must be true or false")
  .transform((s) => ["1", "true", "yes", "on"].includes(s));

/** Units SYNC_EVERY may be written in, in milliseconds. */
const DURATION_UNITS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m", "6h", "1d" → milliseconds; at least a minute, so that no site is asked more often than that. */
const duration = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\d+\s*(m|min|h|d)$/, "must be a duration such as 30m, 6h or 1d")
  .transform((s) => {
    const [, n = "0", unit = "m"] = /^(\d+)\s*(\w+)$/.exec(s) ?? [];
    return Number(n) * (DURATION_UNITS[unit] ?? 0);
  })
  .refine((ms) => ms >= 60_000, "must be at least 1m (sync asks a municipality's site, politely)");

// Secrets are checked for shape only; messages never echo their values.
const EnvSchema = z.object({
  INDEX_DIR: z.preprocess(blankToUndefined, z.string().default("index-data")),
  PUBLIC_BASE_URL: optional(httpUrl.transform((s) => s.replace(/\/+$/, ""))),
  PORT: optional(wholeNumber("a port number", 1, 65535, "must be 1–65535")),
  HOST: optional(z.string().trim()),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LogLevelSchema.options, { error: `must be one of ${LogLevelSchema.options.join(", ")}` })),
  ),
  SLACK_BOT_TOKEN: optional(z.string().trim().startsWith("xoxb-", "must be a bot token starting with xoxb-")),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9a-f]{16,}$/i, "must be the app's signing secret (hex)"),
  ),
  SLACK_APP_TOKEN: optional(z.string().trim().startsWith("xapp-", "must be an app-level token starting with xapp-")),
  SLACK_API_URL: optional(httpUrl.transform((s) => (s.endsWith("/") ? s : `${s}/`))),
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "must be a bot token (three dot-separated parts)"),
  ),
  DISCORD_APP_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(httpUrl.transform((s) => s.replace(/\/+$/, ""))),
  DISCORD_MESSAGE_CONTENT: optional(flag),
  SYNC_EVERY: optional(duration),
  SYNC_SOURCES: optional(z.string().trim()),
  DATA_DIR: optional(z.string().trim()),
  SLACK_QUEUE: optional(wholeNumber("a number of events", 1, 100_000, "must be 1–100000 events")),
  SLACK_CONCURRENCY: optional(wholeNumber("a number of events", 1, 1_000, "must be 1–1000 events at once")),
  ENGINE_WORKERS: optional(
    wholeNumber("a number of worker threads", 0, 16, "must be 0–16 (0 answers on the main thread)"),
  ),
});

export interface LoadConfigOptions {
  /** `.env` file loaded into `env` (real environment wins) when it exists; null to skip. Default ".env". */
  envFile?: string | null;
}

/** Loads `.env` (when present) into process.env and validates it; throws ConfigError naming every bad setting. */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const envFile = options.envFile === undefined ? ".env" : options.envFile;
  if (envFile && existsSync(envFile)) {
    try {
      process.loadEnvFile(envFile);
    } catch (error) {
      throw new ConfigError([`${envFile} cannot be read: ${(error as Error).message}`], envFile);
    }
    return parseConfig(process.env, envFile);
  }
  return parseConfig(process.env, null);
}

/** Validates settings from an environment-like record; pure, for tests. */
export function parseConfig(env: Record<string, string | undefined>, file: string | null = null): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "environment")} ${issue.message}`);
  // Which settings are present is judged on the raw values, so a malformed one and a missing one show together.
  const has = (key: string) => (env[key] ?? "").trim() !== "";
  if (has("SLACK_BOT_TOKEN") && !has("SLACK_APP_TOKEN") && !has("SLACK_SIGNING_SECRET")) {
    problems.push(
      "SLACK_SIGNING_SECRET is missing: HTTP mode (no SLACK_APP_TOKEN) verifies requests with it (Basic Information → App Credentials)",
    );
  }
  if (!has("SLACK_BOT_TOKEN") && (has("SLACK_APP_TOKEN") || has("SLACK_SIGNING_SECRET"))) {
    problems.push("SLACK_BOT_TOKEN is missing: Slack settings are given but the bot token (xoxb-…) is not");
  }
  if (has("DISCORD_TOKEN") && !has("DISCORD_APP_ID")) {
    problems.push(
      "DISCORD_APP_ID is missing: the bot needs its application id (Developer Portal → General Information)",
    );
  }
  if (!has("DISCORD_TOKEN") && (has("DISCORD_APP_ID") || has("DISCORD_GUILD_ID"))) {
    problems.push("DISCORD_TOKEN is missing: Discord settings are given but the bot token is not");
  }
  if (!has("SYNC_EVERY") && (has("SYNC_SOURCES") || has("DATA_DIR"))) {
    problems.push("SYNC_EVERY is missing: sync settings are given but not how often to sync (e.g. 6h)");
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems, file);

  const e = parsed.data;
  const slack: SlackConfig | null = e.SLACK_BOT_TOKEN
    ? {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET ?? null,
        appToken: e.SLACK_APP_TOKEN ?? null,
        apiUrl: e.SLACK_API_URL ?? null,
        queue: e.SLACK_QUEUE ?? SLACK_HANDOFF_DEFAULTS.queue,
        concurrency: e.SLACK_CONCURRENCY ?? SLACK_HANDOFF_DEFAULTS.concurrency,
      }
    : null;
  const discord: DiscordConfig | null =
    e.DISCORD_TOKEN && e.DISCORD_APP_ID
      ? {
          token: e.DISCORD_TOKEN,
          appId: e.DISCORD_APP_ID,
          guildId: e.DISCORD_GUILD_ID ?? null,
          apiUrl: e.DISCORD_API_URL ?? null,
          messageContent: e.DISCORD_MESSAGE_CONTENT ?? false,
        }
      : null;
  return {
    indexDir: e.INDEX_DIR,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? null,
    port: e.PORT ?? null,
    host: e.HOST ?? null,
    logLevel: e.LOG_LEVEL ?? null,
    slack,
    discord,
    sync: e.SYNC_EVERY
      ? { everyMs: e.SYNC_EVERY, sourcesFile: e.SYNC_SOURCES ?? "sources.json", dataDir: e.DATA_DIR ?? "data" }
      : null,
    engineWorkers: e.ENGINE_WORKERS ?? null,
  };
}
