import { type ChildProcess, spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { plan } from "../../adapters/main.ts";
import { parseConfig } from "../../src/config.ts";
import { startDiscordStandIn } from "../harness/discord-stand-in.ts";
import { appMention, sendSlackEvent } from "../harness/slack-requests.ts";
import { startSlackStandIn } from "../harness/slack-stand-in.ts";
import { waitFor } from "../harness/wait-for.ts";

const SLACK = { SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };
const DISCORD = { DISCORD_TOKEN: "MTAw.abc.def", DISCORD_APP_ID: "100000000000000001" };

describe("plan", () => {
  it("runs the console chat with a local viewer on 8080 when no platform is configured", () => {
    expect(plan(parseConfig({}))).toEqual({
      slack: null,
      discord: false,
      console: true,
      viewer: { on: "own", port: 8080, host: "127.0.0.1" },
      publicBaseUrl: "http://localhost:8080",
    });
  });

  it("serves the viewer on Slack's HTTP server, and links to it", () => {
    expect(plan(parseConfig({ ...SLACK, PORT: "3001" }))).toMatchObject({
      slack: "http",
      console: false,
      viewer: { on: "slack", port: 3001 },
      publicBaseUrl: "http://localhost:3001",
    });
  });

  it("runs no viewer for Discord alone unless PORT or PUBLIC_BASE_URL is set", () => {
    expect(plan(parseConfig(DISCORD))).toMatchObject({
      discord: true,
      console: false,
      viewer: null,
      publicBaseUrl: null,
    });
    expect(plan(parseConfig({ ...DISCORD, PUBLIC_BASE_URL: "https://referat.example.org" }))).toMatchObject({
      viewer: { on: "own", port: 8080, host: "0.0.0.0" },
      publicBaseUrl: "https://referat.example.org",
    });
  });

  it("runs Slack in Socket Mode beside Discord, with the viewer on PORT", () => {
    expect(
      plan(parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", ...DISCORD, PORT: "9000" })),
    ).toMatchObject({
      slack: "socket",
      discord: true,
      viewer: { on: "own", port: 9000 },
    });
  });
});

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  events: EventEmitter;
}

// The entry point as `npm start` runs it (tsx adapters/main.ts), with only the given settings.
function start(env: Record<string, string>, input?: string): Started {
  const child = spawn("node_modules/.bin/tsx", ["adapters/main.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const events = new EventEmitter();
  let out = "";
  let err = "";
  child.stdout?.on("data", (c) => {
    out += String(c);
    events.emit("change");
  });
  child.stderr?.on("data", (c) => {
    err += String(c);
    events.emit("change");
  });
  if (input !== undefined) child.stdin?.end(input);
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit, events };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("npm start (adapters/main.ts)", () => {
  it("names every bad setting in one message and exits 2, without a stack trace", async () => {
    const run = start({ PORT: "web", SLACK_APP_TOKEN: "xapp-1" });
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain("PORT must be a port number");
    expect(run.stderr()).toContain("SLACK_BOT_TOKEN is missing");
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it("says how to build the index when INDEX_DIR holds none, and exits 1", async () => {
    const run = start({ INDEX_DIR: "test/no-such-index" });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain("test/no-such-index");
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it("runs the console chat with the viewer when nothing is configured, and ends with its input", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port) }, "Link to the minutes of the meeting on 9 December 2020\n");
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain(`Minutes viewer: http://127.0.0.1:${port}`);
    expect(run.stdout()).toContain("2020");
  });

  it("runs Slack (HTTP, with the viewer on its port) and Discord together, and stops both on SIGTERM", async () => {
    const slack = await startSlackStandIn();
    const discord = await startDiscordStandIn();
    const port = await freePort();
    const run = start({
      ...SLACK,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    try {
      await waitFor(run.events, () => (run.stderr().includes("referat running") ? true : undefined), {
        what: "the start log",
        describe: run.stderr,
        timeoutMs: 45_000,
      });
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      const actor = { teamId: slack.teamId, botUserId: slack.botUserId, user: "U0MAIN" };
      await sendSlackEvent(
        `http://127.0.0.1:${port}/slack/events`,
        SLACK.SLACK_SIGNING_SECRET,
        appMention(actor, { channel: "C0MAIN", text: "Link to the minutes of the meeting on 9 December 2020" }),
      );
      await slack.waitFor(() => slack.callsOf("chat.postMessage")[0], "the Slack answer", 30_000);
      const { token } = discord.sendInteraction({
        name: "ask",
        options: { question: "Link to the minutes of the meeting on 9 December 2020" },
      });
      await discord.waitFor(() => discord.requestsTo("PATCH", new RegExp(token))[0], "the Discord answer", 30_000);
      run.child.kill("SIGTERM");
      expect(await run.exit).toBe(0);
      const stopped = run
        .stderr()
        .split("\n")
        .filter((l) => l.includes('"msg":"stopped"'));
      expect(stopped.map((l) => (JSON.parse(l) as { adapter: string }).adapter)).toEqual(["discord", "slack (http)"]);
      expect(run.stderr()).not.toContain(SLACK.SLACK_SIGNING_SECRET);
      expect(run.stderr()).not.toContain(discord.token);
    } finally {
      if (run.child.exitCode === null) run.child.kill("SIGKILL");
      await slack.close();
      await discord.close();
    }
  }, 150_000);
});
