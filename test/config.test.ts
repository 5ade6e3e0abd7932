import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../src/config.ts";

const SLACK = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };
const DISCORD = { DISCORD_TOKEN: "MTAw.abc.def-ghi", DISCORD_APP_ID: "100000000000000001" };

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("runs with nothing set: index-data, no chat platforms, no viewer settings", () => {
    expect(parseConfig({})).toEqual({
      indexDir: "index-data",
      publicBaseUrl: null,
      port: null,
      host: null,
      logLevel: null,
      slack: null,
      discord: null,
      sync: null,
      engineWorkers: null,
    });
  });

  it("reads SYNC_EVERY as a duration, with the sources file and data folder", () => {
    expect(parseConfig({ SYNC_EVERY: "6h" }).sync).toEqual({
      everyMs: 6 * 3_600_000,
      sourcesFile: "sources.json",
      dataDir: "data",
    });
    expect(parseConfig({ SYNC_EVERY: "30m", SYNC_SOURCES: "greve.json", DATA_DIR: "/srv/data" }).sync).toEqual({
      everyMs: 30 * 60_000,
      sourcesFile: "greve.json",
      dataDir: "/srv/data",
    });
    expect(problems({ SYNC_EVERY: "often" })).toEqual(["SYNC_EVERY must be a duration such as 30m, 6h or 1d"]);
    expect(problems({ SYNC_EVERY: "0m" })).toEqual([
      "SYNC_EVERY must be at least 1m (sync asks a municipality's site, politely)",
    ]);
    expect(problems({ SYNC_SOURCES: "greve.json" })).toEqual([
      "SYNC_EVERY is missing: sync settings are given but not how often to sync (e.g. 6h)",
    ]);
  });

  it("reads the Slack hand-off's SLACK_QUEUE and SLACK_CONCURRENCY, with defaults", () => {
    const defaults = parseConfig({ ...SLACK }).slack;
    expect([defaults?.queue, defaults?.concurrency]).toEqual([1_000, 32]);
    const set = parseConfig({ ...SLACK, SLACK_QUEUE: "200", SLACK_CONCURRENCY: "8" }).slack;
    expect([set?.queue, set?.concurrency]).toEqual([200, 8]);
    expect(problems({ ...SLACK, SLACK_QUEUE: "0", SLACK_CONCURRENCY: "lots" })).toEqual([
      "SLACK_QUEUE must be 1–100000 events",
      "SLACK_CONCURRENCY must be a number of events",
    ]);
  });

  it("reads ENGINE_WORKERS as 0–16 threads", () => {
    expect(parseConfig({ ENGINE_WORKERS: "0" }).engineWorkers).toBe(0);
    expect(parseConfig({ ENGINE_WORKERS: "3" }).engineWorkers).toBe(3);
    expect(problems({ ENGINE_WORKERS: "many" })).toEqual(["ENGINE_WORKERS must be a number of worker threads"]);
    expect(problems({ ENGINE_WORKERS: "40" })).toEqual(["ENGINE_WORKERS must be 0–16 (0 answers on the main thread)"]);
  });

  it("reads Slack in HTTP mode, in Socket Mode, and Discord with its options", () => {
    const config = parseConfig({
      ...SLACK,
      ...DISCORD,
      SLACK_API_URL: "http://127.0.0.1:4400/api",
      DISCORD_GUILD_ID: "200000000000000002",
      DISCORD_MESSAGE_CONTENT: "on",
      PUBLIC_BASE_URL: "https://referat.example.org/",
      PORT: "3000",
    });
    expect(config.slack).toEqual({
      botToken: "xoxb-1-2-abc",
      signingSecret: SLACK.SLACK_SIGNING_SECRET,
      appToken: null,
      apiUrl: "http://127.0.0.1:4400/api/",
      queue: 1_000,
      concurrency: 32,
    });
    expect(config.discord).toMatchObject({ guildId: "200000000000000002", messageContent: true, apiUrl: null });
    expect(config.publicBaseUrl).toBe("https://referat.example.org");
    expect(config.port).toBe(3000);
    expect(parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A" }).slack?.appToken).toBe("xapp-1-A");
  });

  it("treats blank values as unset", () => {
    expect(parseConfig({ PORT: "", SLACK_BOT_TOKEN: "  ", INDEX_DIR: "" }).indexDir).toBe("index-data");
  });

  it.each([
    [{ PORT: "http" }, "PORT must be a port number"],
    [{ PORT: "70000" }, "PORT must be 1–65535"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent"],
    [{ PUBLIC_BASE_URL: "referat.example.org" }, "PUBLIC_BASE_URL must be an http(s) URL, e.g. https://example.org"],
    [{ ...SLACK, SLACK_BOT_TOKEN: "xoxp-user" }, "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"],
    [
      { SLACK_BOT_TOKEN: "xoxb-1" },
      "SLACK_SIGNING_SECRET is missing: HTTP mode (no SLACK_APP_TOKEN) verifies requests with it (Basic Information → App Credentials)",
    ],
    [
      { SLACK_APP_TOKEN: "xapp-1" },
      "SLACK_BOT_TOKEN is missing: Slack settings are given but the bot token (xoxb-…) is not",
    ],
    [
      { DISCORD_TOKEN: DISCORD.DISCORD_TOKEN },
      "DISCORD_APP_ID is missing: the bot needs its application id (Developer Portal → General Information)",
    ],
    [
      { ...DISCORD, DISCORD_APP_ID: "my-bot" },
      "DISCORD_APP_ID must be a Discord id (15–21 digits; Developer Portal → General Information)",
    ],
    [{ ...DISCORD, DISCORD_MESSAGE_CONTENT: "maybe" }, "DISCORD_MESSAGE_CONTENT must be true or false"],
  ])("names the bad setting in %j", (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it("lists every problem in one message and never echoes a secret", () => {
    const secret = "xoxp-very-secret-value";
    try {
      parseConfig({ SLACK_BOT_TOKEN: secret, PORT: "x" }, ".env");
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message.split("\n")[0]).toBe("config: invalid settings in the environment and .env:");
      expect(message).toContain("  - PORT must be a port number");
      expect(message).toContain("  - SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
      expect(message).not.toContain(secret);
    }
  });
});

describe("loadConfig", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it("loads .env when present, the real environment winning", () => {
    const dir = mkdtempSync(join(tmpdir(), "referat-config-"));
    const file = join(dir, ".env");
    writeFileSync(file, "# settings\nINDEX_DIR=from-file\nLOG_LEVEL=debug\n");
    process.env.LOG_LEVEL = "warn";
    delete process.env.INDEX_DIR;
    const config = loadConfig({ envFile: file });
    rmSync(dir, { recursive: true, force: true });
    expect(config.indexDir).toBe("from-file");
    expect(config.logLevel).toBe("warn");
  });

  it("runs without a .env file", () => {
    expect(() => loadConfig({ envFile: join(tmpdir(), "does-not-exist.env") })).not.toThrow();
  });
});
