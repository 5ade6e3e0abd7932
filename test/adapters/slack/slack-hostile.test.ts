import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeAssistant } from "../../harness/fake-assistant.ts";
import { captureLogs } from "../../harness/log-capture.ts";
import { type SlackHttpApp, startSlackHttpApp } from "../../harness/slack-http-app.ts";
import {
  type Actor,
  appMention,
  directMessage,
  sendSlackEvent,
  sendSlashCommand,
  signSlackRequest,
  slashCommand,
} from "../../harness/slack-requests.ts";
import type { SlackStandIn } from "../../harness/slack-stand-in.ts";

const SECRET = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

// Hostile and replayed requests against the real Bolt app in HTTP mode (issue 11 §2): each one is answered with
// an HTTP status, logged with a reference id, and the process goes on serving.
describe("Slack adapter under hostile requests", () => {
  let slack: SlackStandIn;
  let events: string;
  const assistant = createFakeAssistant();
  const logs = captureLogs([SECRET]);
  let userCounter = 0;
  const actor = (): Actor => ({ teamId: slack.teamId, botUserId: slack.botUserId, user: `U0HOSTILE${++userCounter}` });
  const now = () => Math.floor(Date.now() / 1000);

  let app: SlackHttpApp;

  beforeAll(async () => {
    app = await startSlackHttpApp(SECRET, {
      assistant,
      logger: logs.logger,
      questions: { rateLimit: { limit: 3, windowMs: 60_000 } },
    });
    ({ slack, events } = app);
  });
  afterAll(async () => {
    await app.close();
  });

  const signedPost = async (body: string, contentType: string, timestamp = now()) => {
    const response = await fetch(events, {
      method: "POST",
      headers: { "content-type": contentType, ...signSlackRequest(body, SECRET, timestamp) },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const stillServes = async (channel: string) => {
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel, text: "Integrationsrådet?" }));
    return slack.waitFor(() => slack.callsOf("chat.postMessage").find((c) => c.args.channel === channel), channel);
  };

  it.each([
    ["JSON null", "null", "application/json"],
    ["a JSON string", '"hello"', "application/json"],
    ["a JSON array", "[1,2]", "application/json"],
    ["broken JSON", '{"type":', "application/json"],
    ["form payload=null", "payload=null", "application/x-www-form-urlencoded"],
    ["form payload=42", "payload=42", "application/x-www-form-urlencoded"],
  ])("answers a signed body of %s with 400, logs a reference id, and keeps serving", async (_what, body, type) => {
    const response = await signedPost(body, type);
    expect(response.status).toBe(400);
    const logged = logs.lines.findLast((l) => l.msg === "refused a Slack request");
    expect(logged?.reference).toMatch(/^[0-9a-f]{8}$/);
    await stillServes(`C0AFTER${userCounter}`);
  });

  it("refuses a timestamp six minutes in the future with 401 and answers nothing", async () => {
    const before = assistant.asked.length;
    const payload = appMention(actor(), { channel: "C0FUTURE", text: "Integrationsrådet?" });
    const response = await sendSlackEvent(events, SECRET, payload, { timestamp: now() + 6 * 60 });
    expect(response.status).toBe(401);
    await stillServes("C0AFTERFUTURE");
    expect(assistant.asked.length).toBe(before + 1);
    expect(slack.callsOf("chat.postMessage").some((c) => c.args.channel === "C0FUTURE")).toBe(false);
  });

  it("answers a slash command replayed with the same signature once", async () => {
    const fields = slashCommand(actor(), {
      channel: "C0REPLAY",
      text: "Integrationsrådet?",
      responseUrl: slack.responseUrl("replay"),
    });
    const timestamp = now();
    const first = await sendSlashCommand(events, SECRET, fields, { timestamp });
    const replay = await sendSlashCommand(events, SECRET, fields, { timestamp });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200); // acknowledged, so Slack does not retry, but not answered again
    await stillServes("C0AFTERREPLAY");
    await slack.waitFor(() => slack.callsOf("chat.postMessage").find((c) => c.args.channel === "C0REPLAY"), "answer");
    expect(slack.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0REPLAY")).toHaveLength(1);
  });

  it("answers an event replayed with a fresh signature (same event id) once", async () => {
    const event = appMention(actor(), { channel: "C0REPLAYEV", text: "Integrationsrådet?" });
    await sendSlackEvent(events, SECRET, event);
    await sendSlackEvent(events, SECRET, event, { timestamp: now() - 1 });
    await stillServes("C0AFTERREPLAYEV");
    expect(slack.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0REPLAYEV")).toHaveLength(1);
  });

  it("refuses a body larger than Slack sends with 413 from its Content-Length, before reading it", async () => {
    const response = await rawPost(events, {
      // Signed headers (over a body that never comes), so only the declared size can refuse it.
      headers: {
        "content-type": "application/json",
        "content-length": String(4 * 2 ** 20),
        ...signSlackRequest("{}", SECRET, now()),
      },
      body: Buffer.alloc(1024, 0x20), // the rest never comes: an early answer is the only way to finish
    });
    expect(response.status).toBe(413);
    await stillServes("C0AFTERBIG");
  });

  it("refuses an oversized chunked body with 413 once the limit is passed", async () => {
    const body = JSON.stringify({ type: "event_callback", pad: "x".repeat(2 * 2 ** 20) });
    const response = await rawPost(events, {
      headers: { "content-type": "application/json", ...signSlackRequest(body, SECRET, now()) },
      body: Buffer.from(body),
      chunked: true,
    });
    expect(response.status).toBe(413);
  });

  it("refuses an unsigned request with 401 before reading its body", async () => {
    const response = await rawPost(events, {
      headers: { "content-type": "application/json", "content-length": String(512 * 1024) },
      body: Buffer.alloc(1024, 0x20),
    });
    expect(response.status).toBe(401);
  });

  it("sends rate-limit refusals ephemerally, one notice per user per window", async () => {
    const asker = actor();
    for (let i = 0; i < 8; i++) {
      await sendSlackEvent(events, SECRET, appMention(asker, { channel: "C0BURST", text: `Integrationsrådet ${i}?` }));
    }
    await slack.waitFor(() => {
      const n = slack.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0BURST").length;
      return n >= 3 ? n : undefined;
    }, "three answers");
    const notice = await slack.waitFor(
      () => slack.callsOf("chat.postEphemeral").find((c) => c.args.channel === "C0BURST"),
      "an ephemeral notice",
    );
    expect(notice.args.user).toBe(asker.user);
    expect(String(notice.args.text)).toMatch(/wait \d+ s/);
    // A DM from the same user in the same window gets no second notice.
    await sendSlackEvent(events, SECRET, directMessage(asker, { channel: "D0BURST", text: "Integrationsrådet?" }));
    await stillServes("C0AFTERBURST");
    const posts = slack
      .callsOf("chat.postMessage")
      .filter((c) => ["C0BURST", "D0BURST"].includes(String(c.args.channel)));
    expect(posts).toHaveLength(3);
    expect(posts.some((p) => /wait \d+ s/.test(String(p.args.text)))).toBe(false);
    expect(slack.callsOf("chat.postEphemeral").filter((c) => c.args.user === asker.user)).toHaveLength(1);
  });
});

/** A POST with exact control over headers and framing (a Content-Length that the body does not fill, chunking). */
function rawPost(
  url: string,
  options: { headers: Record<string, string>; body: Buffer; chunked?: boolean },
): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: options.headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
      req.destroy();
    });
    req.on("error", (error) => {
      // The server may close the connection after answering; a status already received wins.
      if ((error as NodeJS.ErrnoException).code !== "ECONNRESET" && (error as NodeJS.ErrnoException).code !== "EPIPE")
        reject(error);
    });
    if (options.chunked) {
      for (let at = 0; at < options.body.length; at += 64 * 1024) req.write(options.body.subarray(at, at + 64 * 1024));
      req.end();
    } else {
      req.write(options.body); // never end(): the declared length is not reached
    }
  });
}
