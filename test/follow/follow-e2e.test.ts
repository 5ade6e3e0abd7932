// Following end to end on 127.0.0.1: follow through the real Bolt app and discord.js client against the stand-ins,
// an index run that adds a meeting, then exactly one alert per matching fact in the right channel with the right
// citation; a restart does not repost; a failing post is retried. On PGlite and (with DATABASE_URL) PostgreSQL.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord/index.ts";
import { registerCommands } from "../../adapters/discord/register-commands.ts";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack/index.ts";
import { buildLexicon } from "../../src/answer/understand/lexicon.ts";
import type { Db } from "../../src/follow/db.ts";
import { createFollowCommands, deliverAlerts, type FollowCommands, queueAlerts } from "../../src/follow/index.ts";
import { createFollowStore, type FollowStore } from "../../src/follow/store.ts";
import { buildIndex } from "../../src/ingest/index.ts";
import { createLogger } from "../../src/log.ts";
import { type LoadedIndex, loadIndex } from "../../src/search/index.ts";
import { type DiscordStandIn, startDiscordStandIn } from "../harness/discord-stand-in.ts";
import { createFakeAssistant } from "../harness/fake-assistant.ts";
import { sendSlashCommand, slashCommand } from "../harness/slack-requests.ts";
import { type SlackStandIn, startSlackStandIn } from "../harness/slack-stand-in.ts";
import { ENGINES, FOLLOW_TIMEOUTS } from "./engines.ts";

vi.setConfig(FOLLOW_TIMEOUTS);

const SECRET = "3b5a8c0d2e4f60718293a4b5c6d7e8f9";
const BASE = "http://127.0.0.1:8080";
// The meeting the second index run adds: Social- og Beskæftigelsesudvalget, Helsingør, 14 April 2021.
const ADDED = "001_03a16291dcfa58af.txt";

describe.each(ENGINES)("following on $name", (engine) => {
  const dirs: string[] = [];
  let before: LoadedIndex;
  let after: LoadedIndex;
  let slack: SlackStandIn;
  let discord: DiscordStandIn;
  let slackApp: SlackAdapter;
  let discordBot: DiscordAdapter;
  let db: Db;
  let store: FollowStore;
  let reopen: () => Promise<Db>;
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (!engine.available) return;
    const files = (await readdir("index-data/minutes")).map((f) => join("index-data/minutes", f));
    const first = await mkdtemp(join(tmpdir(), "referat-follow-before-"));
    const second = await mkdtemp(join(tmpdir(), "referat-follow-after-"));
    dirs.push(first, second);
    await buildIndex(
      files.filter((f) => !f.endsWith(ADDED)),
      { outDir: first },
    );
    await buildIndex(files, { outDir: second });
    before = await loadIndex(first);
    after = await loadIndex(second);
    const fresh = await engine.fresh();
    cleanup = fresh.cleanup;
    reopen = fresh.open;
    db = await fresh.open();
    store = createFollowStore(db);
    // The commands read the store at each call: the restart below replaces it.
    const follow: FollowCommands = {
      run: (request) =>
        createFollowCommands({ store, lexicon: () => buildLexicon(before.meetings), channelCap: 3 }).run(request),
    };
    const logger = createLogger({ level: "silent" });
    slack = await startSlackStandIn();
    slack.setChannelMembers("C0FOLLOW", ["U0MEMBER"]);
    slack.setChannelMembers("C0OTHER", ["U0SOMEONE"]);
    slackApp = createSlackAdapter({
      assistant: createFakeAssistant(),
      logger,
      settings: { botToken: slack.botToken, signingSecret: SECRET, appToken: null, apiUrl: slack.apiUrl },
      port: 0,
      host: "127.0.0.1",
      follow,
    });
    await slackApp.start();
    discord = await startDiscordStandIn();
    await registerCommands({
      token: discord.token,
      appId: discord.appId,
      guildId: discord.guildId,
      apiUrl: discord.apiUrl,
    });
    discordBot = createDiscordAdapter({
      assistant: createFakeAssistant(),
      logger,
      settings: {
        token: discord.token,
        appId: discord.appId,
        guildId: discord.guildId,
        apiUrl: discord.apiUrl,
        messageContent: false,
      },
      follow,
    });
    await discordBot.start();
  }, 120_000);
  afterAll(async () => {
    await slackApp?.stop();
    await discordBot?.stop();
    await slack?.close();
    await discord?.close();
    await store?.close().catch(() => {});
    await cleanup();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  let replies = 0;
  let discordPosts = 0;
  const slashFollow = async (user: string, channel: string, text: string) => {
    const id = `follow-${++replies}`;
    await sendSlashCommand(
      `${slackApp.url}/slack/events`,
      SECRET,
      slashCommand(
        { teamId: slack.teamId, botUserId: slack.botUserId, user },
        { channel, text, responseUrl: slack.responseUrl(id) },
      ),
    );
    const reply = await slack.waitFor(() => slack.responses.find((r) => r.id === id), `the reply to ${text}`);
    return reply.body as { text: string; response_type: string };
  };

  it.skipIf(!engine.available)(
    "follows from Slack and Discord, restating what is followed; only members follow into a channel",
    async () => {
      const ø = await slashFollow("U0MEMBER", "C0FOLLOW", "follow Ø");
      expect(ø).toEqual({ response_type: "ephemeral", text: "Følger: Enhedslisten (Ø)" });
      const refused = await slashFollow("U0MEMBER", "C0OTHER", "follow Ø");
      expect(refused.text).toBe("Kun medlemmer af kanalen kan følge noget i den.");
      const { token } = discord.sendInteraction({
        name: "follow",
        options: { what: "Marlene Harpsøe" },
        channelId: "300000000000000777",
      });
      const edited = await discord.waitFor(
        () => discord.requestsTo("PATCH", new RegExp(`/webhooks/${discord.appId}/${token}/messages/@original$`))[0],
        "the follow reply",
      );
      expect((edited.body as { content: string }).content).toBe("Følger: Marlene Harpsøe (O)");
      const listed = await slashFollow("U0MEMBER", "C0FOLLOW", "following");
      expect(listed.text).toBe("Du følger:\n- Enhedslisten (Ø) (<#C0FOLLOW>)");
    },
  );

  it.skipIf(!engine.available)(
    "posts one alert per channel for the added meeting, each matching fact once, cited",
    async () => {
      const queued = await queueAlerts(store, before, after, BASE);
      const added = after.meetings.find((m) => m.source === ADDED);
      if (!added) throw new Error("the added meeting is not indexed");
      // Computed here from the parsed meeting: the votes naming Ø or Marlene Harpsøe, and decisions naming "(Ø)".
      const votesWith = (test: (e: { name: string | null; party: string | null }) => boolean) =>
        added.votes.filter((v) => v.date === added.date && [...v.for, ...v.against, ...v.abstain].some(test));
      const øVotes = votesWith((e) => e.party === "Ø").length;
      const øDecisions = added.items
        .flatMap((i) => i.decisions)
        .filter((d) => d.date === added.date && d.text.includes("(Ø)")).length;
      const marleneVotes = votesWith((e) => e.name === "Marlene Harpsøe").length;
      const marleneDecisions = added.items
        .flatMap((i) => i.decisions)
        .filter((d) => d.date === added.date && d.text.includes("Marlene Harpsøe")).length;
      expect(øVotes).toBeGreaterThan(0);
      expect(queued).toMatchObject({
        meetings: 1,
        facts: øVotes + øDecisions + marleneVotes + marleneDecisions,
        posts: 2,
      });

      const senders = { slack: slackApp.sendAlert, discord: discordBot.sendAlert };
      slack.failNext("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
      const firstRound = await deliverAlerts({ store, senders, retryMs: 0 });
      expect(firstRound).toEqual({ sent: 1, failed: 1 });
      expect(await deliverAlerts({ store, senders, retryMs: 0 })).toEqual({ sent: 1, failed: 0 });

      const posts = slack.callsOf("chat.postMessage");
      const delivered = posts.filter((p) => p.args.channel === "C0FOLLOW");
      expect(posts.length).toBe(2); // the refused first try, then the retry
      expect(delivered).toHaveLength(2);
      const text = String(delivered[1]?.args.text);
      expect(text.split("\n")[0]).toBe("Nyt fra Social- og Beskæftigelsesudvalget (Helsingør), 14. april 2021:");
      expect(text.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(new Set(text.split("\n").slice(1)).size);
      expect(text).toContain(`${BASE}/meetings/helsingor-social-og-beskaeftigelsesudvalget-2021-04-14#punkt-3`);
      expect(text).toContain("(Følger: Enhedslisten (Ø))");
      const toDiscord = discord.requestsTo("POST", /^\/channels\/300000000000000777\/messages$/);
      // One alert, in as many messages as Discord's 2000 characters need.
      expect(toDiscord.every((r) => (r.body as { content: string }).content.length <= 2000)).toBe(true);
      const content = toDiscord.map((r) => (r.body as { content: string }).content).join("\n");
      expect(content.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(marleneVotes + marleneDecisions);
      expect(content).toContain("#punkt-3");
      discordPosts = toDiscord.length;
    },
  );

  it.skipIf(!engine.available)("does not repost after a restart, nor when the same run is queued again", async () => {
    await store.close();
    db = await reopen();
    store = createFollowStore(db);
    expect(await queueAlerts(store, before, after, BASE)).toMatchObject({ facts: 0, posts: 0 });
    expect(
      await deliverAlerts({ store, senders: { slack: slackApp.sendAlert, discord: discordBot.sendAlert } }),
    ).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(slack.callsOf("chat.postMessage")).toHaveLength(2);
    expect(discord.requestsTo("POST", /^\/channels\/\d+\/messages$/)).toHaveLength(discordPosts);
  });

  it.skipIf(!engine.available)("lets a user remove their own subscription, and no one else's", async () => {
    expect((await slashFollow("U0SOMEONE", "C0FOLLOW", "unfollow Ø")).text).toBe(
      "Du følger ikke Enhedslisten (Ø) i denne kanal (kun den, der satte det op, kan fjerne det).",
    );
    expect((await slashFollow("U0MEMBER", "C0FOLLOW", "unfollow Ø")).text).toBe(
      "Følger ikke længere: Enhedslisten (Ø)",
    );
  });
});
