// Structured logs (pino, JSON lines on stderr): one request id per question; tokens and secrets never written.
import { randomBytes } from "node:crypto";
import { pino } from "pino";
import type { LogLevel } from "./config.ts";

export type Logger = pino.Logger;

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Secret values (tokens, signing secrets) masked wherever they appear in a log line. */
  secrets?: readonly (string | null | undefined)[];
  /** Where lines go; default stderr, so stdout stays free for the console chat. */
  destination?: pino.DestinationStream;
}

const MASK = "[redacted]";

/** Keys whose values are never logged, at the top level and one or two levels down. */
const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "Authorization",
  "password",
  "secret",
];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]).concat([
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
]);

export function createLogger(options: CreateLoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 6);
  const scrub = (text: string) => secrets.reduce((acc, secret) => acc.split(secret).join(MASK), text);
  return pino(
    {
      level: options.level,
      base: { app: "referat" },
      redact: { paths: REDACT_PATHS, censor: MASK },
      serializers: { err: (error: unknown) => scrubValue(serializeError(error), scrub) },
      formatters: { log: (object) => scrubValue(object, scrub) as Record<string, unknown> },
      hooks: {
        // Messages are plain strings outside the object the formatter sees.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A short id tying a question's log lines to the reference a user is given in an apology. */
export function newRequestId(): string {
  return randomBytes(4).toString("hex");
}

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (error.cause !== undefined) out.cause = serializeError(error.cause);
  return out;
}

function scrubValue(value: unknown, scrub: (s: string) => string, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return scrubValue(serializeError(value), scrub, depth + 1);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, scrub, depth + 1);
  return out;
}
