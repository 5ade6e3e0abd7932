import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../adapters/discord/index.ts";
import { loadAssistant } from "../../../src/assistant.ts";
import type { Assistant } from "../../../src/domain/index.ts";
import { createLogger } from "../../../src/log.ts";
import { type DiscordRequest, type DiscordStandIn, startDiscordStandIn } from "../../harness/discord-stand-in.ts";

interface EditedReply {
  embeds: APIEmbed[];
  components: { components: { url: string; label: string }[] }[];
  allowed_mentions: { parse: string[] };
}

// End to end on 127.0.0.1: a real discord.js Client logs into the REST + gateway stand-in and answers with the real engine.
describe("Discord end to end (discord.js, real engine, REST and gateway stand-in)", () => {
  let discord: DiscordStandIn;
  let adapter: DiscordAdapter;
  let assistant: Assistant;

  beforeAll(async () => {
    discord = await startDiscordStandIn();
    assistant = await loadAssistant({ indexDir: "index-data", publicBaseUrl: "http://127.0.0.1:8080" });
  });
  afterAll(async () => {
    await adapter?.stop();
    await discord?.close();
  });

  it("registers the commands in the guild with `npm run discord:register`", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "adapters/discord/register.ts"], {
      env: {
        ...process.env,
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: discord.appId,
        DISCORD_GUILD_ID: discord.guildId,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    expect(stdout).toContain("Registered /ask, /votes, /upcoming, /minutes, /follow, /unfollow, /following in guild");
    const put = discord.requestsTo(
      "PUT",
      new RegExp(`^/applications/${discord.appId}/guilds/${discord.guildId}/commands$`),
    );
    expect(put).toHaveLength(1);
    expect(put[0]?.auth).toBe(`Bot ${discord.token}`);
    const declared = discord.commands.get(discord.guildId) ?? [];
    expect(declared.map((c) => c.name)).toEqual([
      "ask",
      "votes",
      "upcoming",
      "minutes",
      "follow",
      "unfollow",
      "following",
    ]);
    const ask = declared.find((c) => c.name === "ask") as { options: { name: string; required: boolean }[] };
    expect(ask.options).toEqual([expect.objectContaining({ name: "question", required: true })]);
  });

  it("logs in through the gateway the REST stand-in names", async () => {
    adapter = createDiscordAdapter({
      assistant,
      logger: createLogger({ level: "silent" }),
      settings: {
        token: discord.token,
        appId: discord.appId,
        guildId: discord.guildId,
        apiUrl: discord.apiUrl,
        messageContent: true,
      },
    });
    await adapter.start();
    expect(discord.requestsTo("GET", /^\/gateway\/bot$/)).toHaveLength(1);
    expect(adapter.client.user?.id).toBe(discord.botUser.id);
    expect(adapter.client.guilds.cache.has(discord.guildId)).toBe(true);
  });

  const answered = async (token: string): Promise<EditedReply> =>
    (
      await discord.waitFor(
        () => discord.requestsTo("PATCH", new RegExp(`^/webhooks/${discord.appId}/${token}/messages/@original$`))[0],
        "the edited reply",
      )
    ).body as EditedReply;

  it("defers /ask, then edits in an embed citing punkt 12 for the Integrationsrådet question", async () => {
    const { id, token } = discord.sendInteraction({
      name: "ask",
      options: { question: "how did Ø vote on Integrationsrådet?" },
    });
    const reply = await answered(token);
    const deferral = discord.requestsTo("POST", new RegExp(`^/interactions/${id}/${token}/callback$`));
    expect(deferral.map((r) => (r.body as { type: number }).type)).toEqual([5]);
    expect(deferral[0]?.auth).toBeNull();
    const embed = reply.embeds[0];
    expect(JSON.stringify(embed)).toContain("Social- og Beskæftigelsesudvalget · 9 December 2020 · item 12");
    expect(embed?.fields?.some((f) => /Byrådet · 30 November 2020/.test(f.name))).toBe(true);
    expect(reply.components[0]?.components[0]?.url).toMatch(/^https?:\/\//);
    expect(reply.allowed_mentions.parse).toEqual([]);
  });

  it("answers /votes party topic from the same vote records", async () => {
    const { token } = discord.sendInteraction({
      name: "votes",
      options: { party: "Venstre", topic: "Integrationsrådet" },
    });
    expect(JSON.stringify((await answered(token)).embeds)).toContain("item 12");
  });

  it("answers /minutes date item with a link to the item", async () => {
    const { token } = discord.sendInteraction({ name: "minutes", options: { date: "09-12-2020", item: 12 } });
    const reply = await answered(token);
    expect(reply.components[0]?.components[0]?.url).toMatch(/punkt-12|#page=/);
  });

  it("answers an @mention (MESSAGE_CREATE) with a reply that pings no one", async () => {
    discord.sendMessage({ content: `<@${discord.botUser.id}> how did Ø vote on Integrationsrådet?` });
    const reply: DiscordRequest = await discord.waitFor(
      () => discord.requestsTo("POST", new RegExp(`^/channels/${discord.channelId}/messages$`))[0],
      "the reply to the mention",
    );
    const body = reply.body as EditedReply & { message_reference: { message_id: string } };
    expect(body.message_reference.message_id).toBeDefined();
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body.embeds)).toContain("item 12");
  });

  it("does not ask for message content, nor answer mentions, when DISCORD_MESSAGE_CONTENT is off", async () => {
    const quiet = await startDiscordStandIn();
    const asked: string[] = [];
    const bot = createDiscordAdapter({
      assistant: {
        ask: (q, o) => {
          asked.push(q);
          return assistant.ask(q, o);
        },
      },
      logger: createLogger({ level: "silent" }),
      settings: { token: quiet.token, appId: quiet.appId, guildId: null, apiUrl: quiet.apiUrl, messageContent: false },
    });
    try {
      await bot.start();
      expect(Number(quiet.identifies[0]?.intents) & (1 << 15)).toBe(0);
      quiet.sendMessage({ content: `<@${quiet.botUser.id}> how did Ø vote on Integrationsrådet?` });
      // The slash command sent after the mention is answered; the mention, processed first, was not.
      const { token } = quiet.sendInteraction({ name: "ask", options: { question: "Integrationsrådet?" } });
      await quiet.waitFor(() => quiet.requestsTo("PATCH", new RegExp(token))[0], "the /ask reply");
      expect(asked).toEqual(["Integrationsrådet?"]);
      expect(quiet.requestsTo("POST", /\/messages$/)).toHaveLength(0);
    } finally {
      await bot.stop();
      await quiet.close();
    }
  });
});
