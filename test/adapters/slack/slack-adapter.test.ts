import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackAdapter } from "../../../adapters/slack/index.ts";
import { type Answer, AnswerSchema } from "../../../src/domain/index.ts";
import { createFakeAssistant, voteAnswer } from "../../harness/fake-assistant.ts";
import { captureLogs } from "../../harness/log-capture.ts";
import { type SlackHttpApp, startSlackHttpApp } from "../../harness/slack-http-app.ts";
import {
  type Actor,
  appMention,
  directMessage,
  sendSlackEvent,
  sendSlashCommand,
  slashCommand,
} from "../../harness/slack-requests.ts";
import type { SlackStandIn } from "../../harness/slack-stand-in.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5".replace(/[yz]/g, "0");

// The Bolt app in HTTP mode against the Web API stand-in, with a scripted engine: robustness and escaping.
describe("Slack adapter (HTTP mode, scripted engine)", () => {
  let slack: SlackStandIn;
  let adapter: SlackAdapter;
  let events: string;
  const assistant = createFakeAssistant((question) =>
    question.includes("HOSTILE") ? hostileAnswer(question) : voteAnswer(question),
  );
  const logs = captureLogs([SECRET, "xoxb-test-token"]);
  let userCounter = 0;
  const actor = (): Actor => ({ teamId: slack.teamId, botUserId: slack.botUserId, user: `U0ASKER${++userCounter}` });

  let app: SlackHttpApp;

  beforeAll(async () => {
    app = await startSlackHttpApp(SECRET, {
      assistant,
      logger: logs.logger,
      httpHandler: (req, res) => {
        if (req.url !== "/viewer-probe") return false;
        res.end("viewer");
        return true;
      },
    });
    ({ slack, adapter, events } = app);
  });
  afterAll(async () => {
    await app.close();
  });

  const postsTo = (channel: string, count = 1) =>
    slack.waitFor(() => {
      const posts = slack.callsOf("chat.postMessage").filter((c) => c.args.channel === channel);
      return posts.length >= count ? posts : undefined;
    }, `${count} chat.postMessage to ${channel}`);

  it("refuses a request with a bad signature with 401 and answers nothing", async () => {
    const before = assistant.asked.length;
    const payload = appMention(actor(), { channel: "C0BADSIG", text: "how did Ø vote on Integrationsrådet?" });
    const response = await sendSlackEvent(events, SECRET, payload, { signWith: "0".repeat(32) });
    expect(response.status).toBe(401);
    expect(assistant.asked.length).toBe(before);
  });

  it("refuses a request with a timestamp older than five minutes with 401 and answers nothing", async () => {
    const before = assistant.asked.length;
    const payload = appMention(actor(), { channel: "C0OLDTS", text: "how did Ø vote on Integrationsrådet?" });
    const response = await sendSlackEvent(events, SECRET, payload, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
    // A later, valid mention is answered in its own channel; the refused one never shows up.
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel: "C0AFTEROLD", text: "Integrationsrådet?" }));
    await postsTo("C0AFTEROLD");
    expect(slack.callsOf("chat.postMessage").some((c) => c.args.channel === "C0OLDTS")).toBe(false);
    expect(assistant.asked.length).toBe(before + 1);
  });

  it("acknowledges the slash command before the engine has answered", async () => {
    const release = assistant.hold();
    const response = await sendSlashCommand(
      events,
      SECRET,
      slashCommand(actor(), { channel: "C0SLOW", text: "Integrationsrådet?", responseUrl: slack.responseUrl("slow") }),
    );
    expect(response.status).toBe(200);
    expect(slack.callsOf("chat.postMessage").some((c) => c.args.channel === "C0SLOW")).toBe(false);
    release();
    const [post] = await postsTo("C0SLOW");
    expect(JSON.stringify(post?.args.blocks)).toContain("item 12");
  });

  it("renders content with <!channel>, user mentions and &<> harmless", async () => {
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel: "C0HOSTILE", text: "HOSTILE <!channel>" }));
    const [post] = await postsTo("C0HOSTILE");
    const wire = JSON.stringify(post?.args);
    expect(wire).not.toMatch(/<!(channel|here|everyone)/);
    expect(wire).not.toContain("<@U0VICTIM>");
    expect(wire).toContain("&amp;lt;!channel&amp;gt;"); // the minutes' "&lt;!channel&gt;" literally, escaped again
    expect(wire).toContain("&lt;!here&gt;");
    expect(wire).toContain("A &amp; B &lt;tag&gt;");
  });

  it("answers an engine error with an apology carrying a reference id, logged with its cause", async () => {
    assistant.failNext(new Error("index exploded"));
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel: "C0BROKEN", text: "Integrationsrådet?" }));
    const [post] = await postsTo("C0BROKEN");
    const reference = /reference ([0-9a-f]{8})/.exec(String(post?.args.text))?.[1];
    expect(reference).toBeDefined();
    const logged = logs.lines.find((l) => l.requestId === reference && l.msg === "engine failed");
    expect(JSON.stringify(logged)).toContain("index exploded");
  });

  it("refuses a question over 500 characters politely and privately, without asking the engine", async () => {
    const before = assistant.asked.length;
    const long = `Integrationsrådet ${"x".repeat(520)}`;
    const asker = actor();
    await sendSlackEvent(events, SECRET, directMessage(asker, { channel: "D0LONG", text: long }));
    const post = await slack.waitFor(
      () => slack.callsOf("chat.postEphemeral").find((c) => c.args.channel === "D0LONG"),
      "an ephemeral refusal",
    );
    expect(post.args.user).toBe(asker.user);
    expect(post.args.text).toMatch(/under 500/);
    expect(assistant.asked.length).toBe(before);
  });

  it("answers the eleventh question within a minute with a polite wait message, only to the asker", async () => {
    const asker = actor();
    for (let i = 0; i < 11; i++) {
      await sendSlackEvent(
        events,
        SECRET,
        directMessage(asker, { channel: "D0RATE", text: `Integrationsrådet ${i}?` }),
      );
    }
    const posts = await postsTo("D0RATE", 10);
    const wait = await slack.waitFor(
      () => slack.callsOf("chat.postEphemeral").find((c) => c.args.channel === "D0RATE"),
      "the wait notice",
    );
    expect(wait.args.text).toMatch(/wait \d+ s/);
    expect(posts.filter((p) => /wait \d+ s/.test(String(p.args.text)))).toHaveLength(0);
    // Another user is served meanwhile.
    await sendSlackEvent(events, SECRET, directMessage(actor(), { channel: "D0OTHER", text: "Integrationsrådet?" }));
    const [other] = await postsTo("D0OTHER");
    expect(JSON.stringify(other?.args.blocks)).toContain("item 12");
  });

  it("keeps serving when Slack answers 429: the Web API client retries after Retry-After", async () => {
    slack.failNext("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "0" },
      body: { ok: false, error: "ratelimited" },
    });
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel: "C0LIMITED", text: "Integrationsrådet?" }));
    const posts = await postsTo("C0LIMITED", 2);
    expect(posts).toHaveLength(2); // the refused attempt and the retry
  });

  it("posts the slash-command answer through response_url when the bot is not in the channel", async () => {
    slack.failNext("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    await sendSlashCommand(
      events,
      SECRET,
      slashCommand(actor(), {
        channel: "C0NOTIN",
        text: "Integrationsrådet?",
        responseUrl: slack.responseUrl("notin"),
      }),
    );
    const response = await slack.waitFor(() => slack.responses.find((r) => r.id === "notin"), "a response_url post");
    expect(response.body.response_type).toBe("in_channel");
    expect(JSON.stringify(response.body.blocks)).toContain("item 12");
  });

  it("answers an event Slack delivers twice (a retry with the same event id) once", async () => {
    const event = appMention(actor(), { channel: "C0RETRY", text: "Integrationsrådet?" });
    await sendSlackEvent(events, SECRET, event);
    await sendSlackEvent(events, SECRET, event);
    await sendSlackEvent(events, SECRET, appMention(actor(), { channel: "C0RETRY", text: "Integrationsrådet? again" }));
    const posts = await postsTo("C0RETRY", 2);
    expect(posts.map((p) => p.args.thread_ts)).not.toContain(undefined);
    expect(new Set(posts.map((p) => p.args.thread_ts)).size).toBe(2);
    expect(slack.callsOf("chat.postMessage").filter((c) => c.args.channel === "C0RETRY")).toHaveLength(2);
  });

  it("serves the viewer's routes on the same port and 404 for unknown ones", async () => {
    expect(await (await fetch(`${adapter.url}/viewer-probe`)).text()).toBe("viewer");
    expect((await fetch(`${adapter.url}/nothing-here`)).status).toBe(404);
  });

  it("never writes the bot token or signing secret to the log", () => {
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logs.text()).not.toContain(SECRET);
    expect(logs.text()).not.toContain("xoxb-test-token");
  });
});

function hostileAnswer(question: string): Answer {
  const base = voteAnswer(question);
  return AnswerSchema.parse({
    ...base,
    text: "Hey <!channel> and <!here> and <@U0VICTIM>: A & B <tag> said &lt;!channel&gt; @everyone",
    citations: base.citations.map((c) => ({ ...c, title: "Item <!everyone> <@U0VICTIM>", quote: "<!channel> quote" })),
    votes: base.votes.map((v) => ({ ...v, motion: "Motion <!here> & <b>" })),
    subject: { kind: "member", name: "<@U0VICTIM>", party: null },
  });
}
