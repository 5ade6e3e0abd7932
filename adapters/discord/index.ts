// The Discord adapter (discord.js): slash commands answered by deferring then editing; @mentions when enabled.
import { once } from "node:events";
import {
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from "discord.js";
import type { DiscordConfig } from "../../src/config.ts";
import type { Assistant, Language } from "../../src/domain/index.ts";
import type { FollowCommands } from "../../src/follow/index.ts";
import type { Logger } from "../../src/log.ts";
import type { Adapter } from "../adapter.ts";
import { createQuestionHandler, type QuestionHandlerOptions, type Reply } from "../shared/answer-question.ts";
import { createReplayFilter } from "../shared/replay-filter.ts";
import { COMMANDS, type CommandOptions } from "./commands.ts";
import { discordFollowCommand, postDiscordAlert } from "./follow.ts";
import { type DiscordMessage, NO_MENTIONS, renderAnswer, renderNotice } from "./render-answer.ts";
import { toQuestion } from "./to-question.ts";

export interface DiscordAdapterOptions {
  assistant: Assistant;
  settings: DiscordConfig;
  logger: Logger;
  /** Guard settings (length, rate limit, timeout, today), for tests. */
  questions?: Partial<Omit<QuestionHandlerOptions, "assistant" | "logger" | "platform">>;
  /** /follow, /unfollow, /following; absent: they are answered as unknown commands. */
  follow?: FollowCommands | null;
  /** How long start() waits for the gateway's READY and guilds. Default 30 s. */
  readyTimeoutMs?: number;
}

export interface DiscordAdapter extends Adapter {
  /** The logged-in client, once started (tests read its user and state). */
  readonly client: Client;
  /** Posts a follow alert to a channel. */
  sendAlert(channel: string, text: string): Promise<void>;
}

/** Gateway intents: slash commands need only Guilds; reading @mentions needs the privileged Message Content intent. */
export function intentsFor(settings: Pick<DiscordConfig, "messageContent">): GatewayIntentBits[] {
  return settings.messageContent
    ? [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.MessageContent,
        GatewayIntentBits.DirectMessages,
      ]
    : [GatewayIntentBits.Guilds];
}

/** Permissions the bot needs where it answers mentions: view channels, send messages (also in threads), embed links, read history (to reply). */
export const BOT_PERMISSIONS = 1024n + 2048n + 16384n + 65536n + 274877906944n;

/** The link a server admin opens to add the bot with its slash commands. */
export function inviteUrl(appId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${appId}&scope=bot+applications.commands&permissions=${BOT_PERMISSIONS}`;
}

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { settings } = options;
  const logger = options.logger.child({ component: "discord" });
  const questions = createQuestionHandler({
    assistant: options.assistant,
    logger,
    platform: "discord",
    ...options.questions,
  });
  const client = new Client({
    intents: intentsFor(settings),
    // DM channels arrive uncached; without this partial, discord.js drops DMs.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}),
  });

  // A gateway resume can deliver an interaction or message again: each id is answered once.
  const deliveries = createReplayFilter();

  const toMessage = (reply: Reply): DiscordMessage =>
    reply.kind === "answer" ? renderAnswer(reply.answer) : renderNotice(reply.text);

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    if (options.follow && (await discordFollowCommand(options.follow, interaction))) return;
    const command = COMMANDS[interaction.commandName];
    const language: Language = interaction.locale.startsWith("da") ? "da" : "en";
    if (!command) {
      // A stale registration: answer rather than leave Discord's "did not respond".
      await interaction.reply({
        ...renderNotice(`Unknown command /${interaction.commandName}.`),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const input = command.toQuestion(optionReader(interaction), language);
    if ("problem" in input) {
      await interaction.reply({ ...renderNotice(input.problem), flags: MessageFlags.Ephemeral });
      return;
    }
    let deferred = false;
    const reply = await questions.ask(
      {
        user: interaction.user.id,
        conversation: `${interaction.channelId}:${interaction.user.id}`,
        text: input.question,
      },
      {
        // Deferring shows "thinking…" and gives the engine 15 minutes instead of 3 seconds.
        beforeEngine: async () => {
          await interaction.deferReply();
          deferred = true;
        },
      },
    );
    if (!deferred) {
      // Refused before the engine: only the asker sees why.
      if (reply.kind !== "answer")
        await interaction.reply({ ...renderNotice(reply.text), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.editReply(toMessage(reply));
  }

  async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.system) return;
    const direct = message.channel.isDMBased();
    if (!direct && !message.mentions.users.has(me.id)) return;
    if (!deliveries.first(`message:${message.id}`)) return;
    const reply = await questions.ask(
      {
        user: message.author.id,
        conversation: `${message.channelId}:${message.author.id}`,
        text: toQuestion(message.content, me.id),
      },
      {
        beforeEngine: async () => {
          // Typing is a courtesy: a failure to show it must not stop the answer.
          if ("sendTyping" in message.channel) await message.channel.sendTyping().catch(() => {});
        },
      },
    );
    // A reply to a mention is public: a burst gets one rate-limit notice per window, the rest stay unanswered.
    if (reply.kind === "refused" && reply.silent) return;
    await message.reply(toMessage(reply));
  }

  // One place where every handler's failure ends: logged with its cause, never a crash.
  const guarded =
    <T>(what: string, handler: (value: T) => Promise<void>) =>
    (value: T) => {
      handler(value).catch((error: unknown) => logger.error({ err: error }, `${what} failed`));
    };

  client.on(
    Events.InteractionCreate,
    guarded("interaction", async (interaction: Interaction) => {
      if (!deliveries.first(`interaction:${interaction.id}`)) return;
      if (interaction.isChatInputCommand()) await onCommand(interaction);
    }),
  );
  if (settings.messageContent) client.on(Events.MessageCreate, guarded("message", onMessage));
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, "gateway disconnected"));

  return {
    name: "discord",
    client,
    sendAlert: (channel, text) => postDiscordAlert(client, channel, text),
    async start() {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000) });
      try {
        await client.login(settings.token);
        await ready;
      } catch (error) {
        await client.destroy().catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`discord: could not connect to the gateway: ${reason}`, { cause: error });
      }
      logger.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size, invite: inviteUrl(settings.appId) },
        "discord connected",
      );
    },
    async stop() {
      await client.destroy();
    },
  };
}

function optionReader(interaction: ChatInputCommandInteraction): CommandOptions {
  return {
    string: (name) => interaction.options.getString(name),
    integer: (name) => interaction.options.getInteger(name),
  };
}
