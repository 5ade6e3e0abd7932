import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFakeAssistant } from "../../harness/fake-assistant.ts";
import { captureLogs } from "../../harness/log-capture.ts";
import { type SlackHttpApp, startSlackHttpApp } from "../../harness/slack-http-app.ts";
import { type Actor, appMention, signSlackRequest } from "../../harness/slack-requests.ts";
import type { SlackStandIn } from "../../harness/slack-stand-in.ts";

const SECRET = "9e8d7c6b5a4f30211203f4a5b6c7d8e9";

// Issue 11 §2: an event is acknowledged as soon as the guard has verified it, before any answering, and waits in a
// bounded hand-off for Bolt and the engine. Here the hand-off holds one event and handles one at a time, and the
// engine blocks until the test releases it, so every acknowledgement below arrives while the engine is blocked.
describe("Slack events are acknowledged before they are answered (real Bolt app over HTTP)", () => {
  let slack: SlackStandIn;
  let events: string;
  const assistant = createFakeAssistant();
  const logs = captureLogs([SECRET]);
  let users = 0;
  const actor = (): Actor => ({ teamId: slack.teamId, botUserId: slack.botUserId, user: `U0ACKFIRST${++users}` });

  let app: SlackHttpApp;

  beforeAll(async () => {
    app = await startSlackHttpApp(SECRET, {
      assistant,
      logger: logs.logger,
      handoff: { queue: 1, concurrency: 1 },
    });
    ({ slack, events } = app);
  });
  afterAll(async () => {
    await app.close();
  });

  const mention = async (channel: string) => {
    const body = JSON.stringify(appMention(actor(), { channel, text: "how did Ø vote on Integrationsrådet?" }));
    const headers = {
      "content-type": "application/json",
      ...signSlackRequest(body, SECRET, Math.floor(Date.now() / 1000)),
    };
    const response = await fetch(events, { method: "POST", headers, body });
    return { status: response.status, text: await response.text() };
  };
  // The fake engine emits no events: polled until the question has reached it.
  const askedAbout = (n: number) =>
    vi.waitFor(
      () => {
        if (assistant.asked.length < n)
          throw new Error(`${assistant.asked.length} of ${n} questions reached the engine`);
      },
      { timeout: 10_000 },
    );
  const answeredIn = (channel: string) =>
    slack.waitFor(() => slack.callsOf("chat.postMessage").find((c) => c.args.channel === channel), channel);

  it("acknowledges while the engine is blocked, and a full hand-off refuses with a logged reference id", async () => {
    const release = assistant.hold();
    try {
      // A reaches the blocked engine; its acknowledgement came first.
      expect((await mention("C0ACKA")).status).toBe(200);
      await askedAbout(1);
      // B is acknowledged while A's answer is blocked, and waits in the hand-off (it holds one).
      expect((await mention("C0ACKB")).status).toBe(200);
      expect(assistant.asked).toHaveLength(1);
      // C finds the hand-off full: refused (Slack retries it), with a reference id in the reply and the log.
      const refused = await mention("C0ACKC");
      expect(refused.status).toBe(503);
      const logged = logs.lines.findLast((l) => l.msg === "slack event refused: the hand-off queue is full");
      expect(logged?.reference).toMatch(/^[0-9a-f]{8}$/);
      expect(refused.text).toContain(`reference ${logged?.reference}`);
      expect(slack.callsOf("chat.postMessage")).toHaveLength(0);
    } finally {
      release();
    }
    // Released: A and B are answered, C never reached the engine.
    await answeredIn("C0ACKA");
    await answeredIn("C0ACKB");
    expect(assistant.asked).toHaveLength(2);
    expect(slack.callsOf("chat.postMessage").some((c) => c.args.channel === "C0ACKC")).toBe(false);
  });
});
