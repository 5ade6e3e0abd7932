// A logger whose JSON lines are kept in memory, so tests can check what was (and was not) logged.
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/log.ts";

export interface CapturedLogs {
  logger: Logger;
  /** Parsed log lines, in order. */
  readonly lines: Record<string, unknown>[];
  /** Everything written, raw, to search for leaked secrets. */
  text(): string;
}

export function captureLogs(secrets: string[] = [], level: "debug" | "info" = "info"): CapturedLogs {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      const text = String(chunk);
      raw.push(text);
      for (const line of text.split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level, secrets, destination }), lines, text: () => raw.join("") };
}
