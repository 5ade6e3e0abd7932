// Bolt's Logger interface over our pino logger, so Bolt's own lines are structured and secret-free too.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/log.ts";

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

export function toBoltLogger(logger: Logger): BoltLogger {
  let log = logger;
  // Bolt passes several values per line (strings, errors); join strings into the message, keep the first error.
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]) => {
      const error = parts.find((p) => p instanceof Error);
      const text = parts
        .filter((p) => !(p instanceof Error))
        .map((p) => (typeof p === "string" ? p : JSON.stringify(p)))
        .join(" ");
      if (error) log[level]({ err: error }, text || (error as Error).message);
      else log[level](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The level is ours (LOG_LEVEL); Bolt asking to change it is ignored on purpose.
    setLevel: () => {},
    getLevel: () => TO_BOLT[log.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      log = log.child({ component: name });
    },
  };
}
