import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../adapters/slack/index.ts";
import { loadAssistant } from "../../../src/assistant.ts";
import { createLogger } from "../../../src/log.ts";
import {
  type Actor,
  appMention,
  directMessage,
  newTs,
  sendSlackEvent,
  sendSlashCommand,
  slashCommand,
} from "../../harness/slack-requests.ts";
import { type SlackCall, type SlackStandIn, startSlackStandIn } from "../../harness/slack-stand-in.ts";

const SECRET = "3b5a8c0d2e4f60718293a4b5c6d7e8f9";

// End to end on 127.0.0.1: signed requests into the real Bolt app (HTTP mode), the real engine over the bundled
// index, answers through the Web API stand-in.
describe("Slack end to end (Bolt HTTP mode, real engine, Web API stand-in)", () => {
  let slack: SlackStandIn;
  let adapter: SlackAdapter;
  let events: string;
  let userCounter = 0;
  const actor = (): Actor => ({ teamId: slack.teamId, botUserId: slack.botUserId, user: `U0E2E${++userCounter}` });

  beforeAll(async () => {
    slack = await startSlackStandIn();
    const assistant = await loadAssistant({ indexDir: "index-data", publicBaseUrl: "http://127.0.0.1:8080" });
    adapter = createSlackAdapter({
      assistant,
      logger: createLogger({ level: "silent" }),
      settings: { botToken: slack.botToken, signingSecret: SECRET, appToken: null, apiUrl: slack.apiUrl },
      port: 0,
      host: "127.0.0.1",
    });
    await adapter.start();
    events = `${adapter.url}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await slack?.close();
  });

  const postTo = (channel: string, n = 1): Promise<SlackCall> =>
    slack.waitFor(
      () => slack.callsOf("chat.postMessage").filter((c) => c.args.channel === channel)[n - 1],
      `post #${n} to ${channel}`,
    );
  const blocksText = (call: SlackCall) => JSON.stringify(call.args.blocks);

  it("answers an @mention in its thread with cited blocks (Integrationsrådet → punkt 12)", async () => {
    const mention = appMention(actor(), { channel: "C0E2EMENTION", text: "how did Ø vote on Integrationsrådet?" });
    const response = await sendSlackEvent(events, SECRET, mention);
    expect(response.status).toBe(200);
    const post = await postTo("C0E2EMENTION");
    expect(post.token).toBe(slack.botToken);
    expect(post.args.thread_ts).toBe((mention.event as { ts: string }).ts);
    const blocks = post.args.blocks as { type: string; elements?: { url?: string }[] }[];
    expect(blocksText(post)).toContain("Social- og Beskæftigelsesudvalget · 9 December 2020 · item 12");
    expect(blocks.find((b) => b.type === "actions")?.elements?.[0]?.url).toMatch(/^https?:\/\//);
    expect(String(post.args.text).length).toBeGreaterThan(0);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it("treats a thread as a conversation: a follow-up reuses what the thread was about", async () => {
    const asker = actor();
    const first = appMention(asker, { channel: "C0E2ETHREAD", text: "how did Ø vote on Integrationsrådet?" });
    await sendSlackEvent(events, SECRET, first);
    await postTo("C0E2ETHREAD");
    const threadTs = (first.event as { ts: string }).ts;
    await sendSlackEvent(events, SECRET, appMention(asker, { channel: "C0E2ETHREAD", text: "and Venstre?", threadTs }));
    const followUp = await postTo("C0E2ETHREAD", 2);
    expect(followUp.args.thread_ts).toBe(threadTs);
    expect(blocksText(followUp)).toContain("item 12");
    expect(blocksText(followUp)).toMatch(/Venstre/);
  });

  it("answers a direct message in the conversation, without a thread", async () => {
    await sendSlackEvent(
      events,
      SECRET,
      directMessage(actor(), {
        channel: "D0E2EDM",
        text: "Hvordan stemte Dansk Folkeparti om beskæftigelsesplanen for 2021?",
      }),
    );
    const post = await postTo("D0E2EDM");
    expect(post.args.thread_ts).toBeUndefined();
    expect(blocksText(post)).toContain("punkt 4");
  });

  it("acknowledges /referat at once and posts the cited answer to the channel", async () => {
    const started = performance.now();
    const response = await sendSlashCommand(
      events,
      SECRET,
      slashCommand(actor(), {
        channel: "C0E2ESLASH",
        text: "how did Ø vote on Integrationsrådet?",
        responseUrl: slack.responseUrl("e2e-slash"),
      }),
    );
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    const post = await postTo("C0E2ESLASH");
    expect(blocksText(post)).toContain("item 12");
    expect(blocksText(post)).toContain("how did Ø vote on Integrationsrådet?");
  });

  it("gets 401 and no answer for a bad signature or a timestamp older than five minutes", async () => {
    const badSignature = await sendSlackEvent(
      events,
      SECRET,
      appMention(actor(), { channel: "C0E2EREFUSED", text: "how did Ø vote on Integrationsrådet?" }),
      { signWith: "0123456789abcdef0123456789abcdef" },
    );
    const oldTimestamp = await sendSlackEvent(
      events,
      SECRET,
      appMention(actor(), { channel: "C0E2EREFUSED", text: "how did Ø vote on Integrationsrådet?" }),
      { timestamp: Math.floor(Date.now() / 1000) - 301 },
    );
    expect([badSignature.status, oldTimestamp.status]).toEqual([401, 401]);
    // A valid request sent afterwards is answered; by then the refused ones would have been too.
    await sendSlackEvent(
      events,
      SECRET,
      appMention(actor(), { channel: "C0E2EAFTER", text: "Integrationsrådet?", ts: newTs() }),
    );
    await postTo("C0E2EAFTER");
    expect(slack.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0E2EREFUSED")).toHaveLength(0);
  });

  it("renders a question carrying <!channel> and &<> harmless", async () => {
    // Slack delivers "<!channel>" as markup and "&<>" typed by a user as entities; the slash-command answer echoes the question.
    const text = "<!channel> <@U0VICTIM> A &amp; B &lt;script&gt; how did Ø vote on Integrationsrådet?";
    await sendSlashCommand(
      events,
      SECRET,
      slashCommand(actor(), { channel: "C0E2EHOSTILE", text, responseUrl: slack.responseUrl("hostile") }),
    );
    const post = await postTo("C0E2EHOSTILE");
    const wire = JSON.stringify(post.args);
    expect(wire).not.toMatch(/<!(channel|here|everyone)|<@U0VICTIM>|<script>/);
    expect(wire).toContain("A &amp; B &lt;script&gt;");
    expect(wire).toContain("@\u2060channel");
  });
});
