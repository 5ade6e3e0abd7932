import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../adapters/slack/index.ts";
import { createLogger } from "../../../src/log.ts";
import { createFakeAssistant } from "../../harness/fake-assistant.ts";
import { appMention, slashCommand } from "../../harness/slack-requests.ts";
import { type SlackStandIn, startSlackStandIn } from "../../harness/slack-stand-in.ts";

// Socket Mode: the real Bolt app opens a WebSocket through apps.connections.open and acknowledges envelopes.
describe("Slack adapter in Socket Mode", () => {
  let slack: SlackStandIn;
  let adapter: SlackAdapter;
  const assistant = createFakeAssistant();

  beforeAll(async () => {
    slack = await startSlackStandIn();
    adapter = createSlackAdapter({
      assistant,
      logger: createLogger({ level: "silent" }),
      settings: { botToken: slack.botToken, signingSecret: null, appToken: slack.appToken, apiUrl: slack.apiUrl },
    });
    await adapter.start();
    await slack.socketConnected();
  });
  afterAll(async () => {
    await adapter.stop();
    await slack.close();
  });

  it("connects with the app-level token and serves no HTTP port", () => {
    expect(slack.callsOf("apps.connections.open").map((c) => c.token)).toEqual([slack.appToken]);
    expect(adapter.url).toBeNull();
    expect(adapter.name).toBe("slack (socket mode)");
  });

  it("acknowledges an app_mention envelope and answers in its thread", async () => {
    const actor = { teamId: slack.teamId, botUserId: slack.botUserId, user: "U0SOCKET1" };
    const event = appMention(actor, { channel: "C0SOCKET", text: "how did Ø vote on Integrationsrådet?" });
    const envelope = slack.sendEnvelope("events_api", event);
    await slack.waitFor(() => slack.acks.find((a) => a.envelopeId === envelope), "the envelope's ack");
    const post = await slack.waitFor(
      () => slack.callsOf("chat.postMessage").find((c) => c.args.channel === "C0SOCKET"),
      "the answer",
    );
    expect(post.args.thread_ts).toBe((event.event as { ts: string }).ts);
    expect(JSON.stringify(post.args.blocks)).toContain("item 12");
  });

  it("acknowledges /referat before answering it in the channel", async () => {
    const release = assistant.hold();
    const actor = { teamId: slack.teamId, botUserId: slack.botUserId, user: "U0SOCKET2" };
    const fields = slashCommand(actor, {
      channel: "C0SOCKETCMD",
      text: "Integrationsrådet?",
      responseUrl: slack.responseUrl("socket"),
    });
    const envelope = slack.sendEnvelope("slash_commands", fields);
    await slack.waitFor(() => slack.acks.find((a) => a.envelopeId === envelope), "the command's ack");
    expect(slack.callsOf("chat.postMessage").some((c) => c.args.channel === "C0SOCKETCMD")).toBe(false);
    release();
    const post = await slack.waitFor(
      () => slack.callsOf("chat.postMessage").find((c) => c.args.channel === "C0SOCKETCMD"),
      "the answer",
    );
    expect(JSON.stringify(post.args.blocks)).toContain("item 12");
  });
});
