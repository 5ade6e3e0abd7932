import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../adapters/discord/index.ts";
import { registerCommands } from "../../../adapters/discord/register-commands.ts";
import type { Answer } from "../../../src/domain/index.ts";
import { type DiscordStandIn, startDiscordStandIn } from "../../harness/discord-stand-in.ts";
import { createFakeAssistant, voteAnswer, withFacts } from "../../harness/fake-assistant.ts";
import { captureLogs } from "../../harness/log-capture.ts";

// A real discord.js Client against the REST + gateway stand-in, with a scripted engine: robustness and escaping.
describe("Discord adapter (scripted engine)", () => {
  let discord: DiscordStandIn;
  let adapter: DiscordAdapter;
  const assistant = createFakeAssistant((q) => (q.includes("HOSTILE") ? hostileAnswer(q) : voteAnswer(q)));
  let logs: ReturnType<typeof captureLogs>;

  beforeAll(async () => {
    discord = await startDiscordStandIn({ heartbeatIntervalMs: 200 });
    logs = captureLogs([discord.token]);
    await registerCommands({
      token: discord.token,
      appId: discord.appId,
      guildId: discord.guildId,
      apiUrl: discord.apiUrl,
    });
    adapter = createDiscordAdapter({
      assistant,
      logger: logs.logger,
      settings: {
        token: discord.token,
        appId: discord.appId,
        guildId: discord.guildId,
        apiUrl: discord.apiUrl,
        messageContent: true,
      },
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await discord.close();
  });

  const edited = (token: string) =>
    discord.waitFor(
      () => discord.requestsTo("PATCH", new RegExp(`/webhooks/${discord.appId}/${token}/messages/@original$`))[0],
      `the edited reply for ${token.slice(0, 24)}`,
    );
  const callback = (id: string) =>
    discord.waitFor(() => discord.requestsTo("POST", new RegExp(`^/interactions/${id}/`))[0], `the callback for ${id}`);

  it("identifies with the Message Content intent when mentions are on, and answers heartbeats", async () => {
    const intents = Number(discord.identifies[0]?.intents);
    expect(intents & (1 << 15)).toBe(1 << 15); // MESSAGE_CONTENT
    expect(intents & (1 << 0)).toBe(1); // GUILDS
    // discord.js sends a second heartbeat only when the first was acknowledged; otherwise it drops the connection.
    await discord.waitFor(() => (discord.heartbeats >= 2 ? true : undefined), "two heartbeats");
    expect(discord.identifies).toHaveLength(1);
  });

  it("defers the reply before the engine has answered", async () => {
    const release = assistant.hold();
    const { id, token } = discord.sendInteraction({ name: "ask", options: { question: "Integrationsrådet?" } });
    const deferred = await callback(id);
    expect((deferred.body as { type: number }).type).toBe(5);
    expect(discord.requestsTo("PATCH", new RegExp(token))).toHaveLength(0);
    release();
    const reply = await edited(token);
    expect(JSON.stringify(reply.body)).toContain("item 12");
  });

  it("escapes markdown and defuses mentions from content, with allowedMentions parse []", async () => {
    const { token } = discord.sendInteraction({ name: "ask", options: { question: "HOSTILE" } });
    const reply = (await edited(token)).body as { embeds: APIEmbed[]; allowed_mentions: { parse: string[] } };
    expect(reply.allowed_mentions.parse).toEqual([]);
    const embed = JSON.stringify(reply.embeds);
    expect(embed).not.toMatch(/<@!?\d+>|<@&\d+>/);
    expect(embed).not.toMatch(/(^|[^\u2060])@everyone/);
    expect(reply.embeds[0]?.description).toContain("\\*\\*bold\\*\\*");
    expect(reply.embeds[0]?.description).toContain("\\[click\\]");
  });

  it("answers an engine error with an apology carrying a reference id, logged with its cause", async () => {
    assistant.failNext(new Error("index exploded"));
    const { token } = discord.sendInteraction({ name: "ask", options: { question: "Integrationsrådet?" } });
    const reply = (await edited(token)).body as { content: string };
    const reference = /reference ([0-9a-f]{8})/.exec(reply.content)?.[1];
    expect(reference).toBeDefined();
    expect(JSON.stringify(logs.lines.find((l) => l.requestId === reference && l.msg === "engine failed"))).toContain(
      "index exploded",
    );
  });

  it("refuses an over-long question privately, without deferring or asking the engine", async () => {
    const before = assistant.asked.length;
    const { id } = discord.sendInteraction({ name: "ask", options: { question: "x".repeat(600) } });
    const reply = (await callback(id)).body as { type: number; data: { content: string; flags: number } };
    expect(reply.type).toBe(4);
    expect(reply.data.flags & 64).toBe(64); // ephemeral
    expect(reply.data.content).toMatch(/under 500/);
    expect(assistant.asked.length).toBe(before);
  });

  it("answers the eleventh question within a minute with a private wait message", async () => {
    const user = discord.newUser();
    const ids = Array.from(
      { length: 11 },
      () => discord.sendInteraction({ name: "ask", user, options: { question: "Integrationsrådet?" } }).id,
    );
    const last = await callback(ids[10] ?? "");
    for (const id of ids.slice(0, 10)) await callback(id);
    const bodies = ids.map(
      (id) =>
        discord.requestsTo("POST", new RegExp(`^/interactions/${id}/`))[0]?.body as {
          type: number;
          data?: { content?: string };
        },
    );
    expect(bodies.filter((b) => b.type === 4 && /wait \d+ s/.test(b.data?.content ?? ""))).toHaveLength(1);
    expect(last).toBeDefined();
  });

  it("tells the user when /minutes gets a date it cannot read", async () => {
    const { id } = discord.sendInteraction({ name: "minutes", options: { date: "31-02-2021" } });
    const reply = (await callback(id)).body as { data: { content: string; flags: number } };
    expect(reply.data.content).toMatch(/could not read that date/);
    expect(reply.data.flags & 64).toBe(64);
  });

  it("keeps serving after Discord answers 429: the REST client waits and retries", async () => {
    discord.failNext("PATCH", /\/messages\/@original$/, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05", "x-ratelimit-scope": "user" },
    });
    const { token } = discord.sendInteraction({ name: "ask", options: { question: "Integrationsrådet?" } });
    await discord.waitFor(
      () => (discord.requestsTo("PATCH", new RegExp(token)).length >= 2 ? true : undefined),
      "the retried edit",
    );
  });

  it("answers a direct message without a mention", async () => {
    discord.sendMessage({ content: "Integrationsrådet?", direct: true });
    const reply = await discord.waitFor(
      () =>
        discord
          .requestsTo("POST", /^\/channels\/\d+\/messages$/)
          .find((r) => JSON.stringify(r.body).includes("item 12")),
      "a DM reply",
    );
    expect((reply.body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse).toEqual([]);
  });

  it("ignores messages that do not mention it and messages from bots", async () => {
    const before = assistant.asked.length;
    discord.sendMessage({ content: "Integrationsrådet? (no mention)" });
    discord.sendMessage({
      content: `<@${discord.botUser.id}> Integrationsrådet?`,
      author: { ...discord.newUser(), bot: true },
    });
    // A mention sent after both is answered; by then the two before it have been seen and ignored.
    discord.sendMessage({ content: `<@${discord.botUser.id}> Integrationsrådet? marker` });
    await discord.waitFor(
      () => (assistant.asked.some((a) => a.question.endsWith("marker")) ? true : undefined),
      "the marker",
    );
    expect(assistant.asked.length).toBe(before + 1);
  });

  it("answers an interaction and a mention delivered twice (same id) once", async () => {
    const { id } = discord.sendInteraction({ name: "ask", options: { question: "Integrationsrådet? twice" } });
    const again = discord.dispatched.findLast((d) => d.type === "INTERACTION_CREATE");
    discord.dispatch("INTERACTION_CREATE", again?.data);
    const messageId = discord.sendMessage({ content: `<@${discord.botUser.id}> Integrationsrådet? twice` });
    discord.dispatch("MESSAGE_CREATE", discord.dispatched.findLast((d) => d.type === "MESSAGE_CREATE")?.data);
    await callback(id);
    const replyTo = (r: { body: unknown }) =>
      (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === messageId;
    await discord.waitFor(() => discord.requestsTo("POST", /^\/channels\/\d+\/messages$/).find(replyTo), "the reply");
    // A later mention is answered, so both copies have been handled by now.
    const later = discord.sendMessage({ content: `<@${discord.botUser.id}> Integrationsrådet? later` });
    await discord.waitFor(
      () =>
        discord
          .requestsTo("POST", /^\/channels\/\d+\/messages$/)
          .find(
            (r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === later,
          ),
      "the later reply",
    );
    expect(discord.requestsTo("POST", new RegExp(`^/interactions/${id}/`))).toHaveLength(1);
    expect(discord.requestsTo("POST", /^\/channels\/\d+\/messages$/).filter(replyTo)).toHaveLength(1);
  });

  it("sends one rate-limit notice per user per window for a burst of mentions", async () => {
    const author = discord.newUser("burster");
    const ids = Array.from({ length: 13 }, (_, i) =>
      discord.sendMessage({ content: `<@${discord.botUser.id}> Integrationsrådet? burst ${i}`, author }),
    );
    const repliesTo = () =>
      discord
        .requestsTo("POST", /^\/channels\/\d+\/messages$/)
        .filter((r) =>
          ids.includes(
            String((r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id),
          ),
        );
    await discord.waitFor(() => (repliesTo().length >= 11 ? true : undefined), "ten answers and a notice");
    const marker = discord.sendMessage({ content: `<@${discord.botUser.id}> Integrationsrådet? after burst` });
    await discord.waitFor(
      () =>
        discord
          .requestsTo("POST", /^\/channels\/\d+\/messages$/)
          .find(
            (r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === marker,
          ),
      "the marker reply",
    );
    const notices = repliesTo().filter((r) => /wait \d+ s/.test(JSON.stringify(r.body)));
    expect(repliesTo()).toHaveLength(11);
    expect(notices).toHaveLength(1);
  });

  it("never writes the bot token to the log", () => {
    expect(logs.text()).not.toContain(discord.token);
  });
});

function hostileAnswer(question: string): Answer {
  const base = voteAnswer(question);
  const hostile = "**bold** [click](https://evil.example) <@123456789012345678> <@&123456789012345678> @everyone @here";
  return withFacts({
    ...base,
    decisions: [{ body: "Byrådet", date: "2020-11-30", text: hostile, citation: 0, outcomes: [] }],
    citations: base.citations.map((c) => ({
      ...c,
      title: "# Heading <@123456789012345678>",
      quote: "> quote @everyone",
    })),
    subject: { kind: "member", name: "<@123456789012345678>", party: null },
  });
}
