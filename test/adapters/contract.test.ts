import { EventEmitter } from "node:events";
import { PassThrough } from "node:stream";
import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Adapter } from "../../adapters/adapter.ts";
import { createConsoleAdapter } from "../../adapters/console/index.ts";
import { createDiscordAdapter } from "../../adapters/discord/index.ts";
import { createSlackAdapter } from "../../adapters/slack/index.ts";
import { createLogger } from "../../src/log.ts";
import { startDiscordStandIn } from "../harness/discord-stand-in.ts";
import { createFakeAssistant, type FakeAssistant } from "../harness/fake-assistant.ts";
import { appMention, newTs, sendSlackEvent } from "../harness/slack-requests.ts";
import { startSlackStandIn } from "../harness/slack-stand-in.ts";
import { waitFor } from "../harness/wait-for.ts";

/**
 * Drives one adapter the way its platform would: a person asks in a conversation, the reply comes back as the
 * text they would see. The same contract runs against every adapter.
 */
interface Driver {
  adapter: Adapter;
  /** Asks in conversation `conversation` (a thread, a channel and user, a console session); resolves with the visible reply. */
  ask(question: string, conversation: string): Promise<string>;
  /** Frees what the driver started besides the adapter (stand-ins). */
  close(): Promise<void>;
}

const silent = createLogger({ level: "silent" });

async function consoleDriver(assistant: FakeAssistant): Promise<Driver> {
  const input = new PassThrough();
  const output = new PassThrough();
  const events = new EventEmitter();
  let written = "";
  output.on("data", (chunk) => {
    written += String(chunk);
    events.emit("change");
  });
  const adapter = createConsoleAdapter({ assistant, input, output });
  return {
    adapter,
    async ask(question) {
      const from = written.length;
      input.write(`${question}\n`);
      // The console writes each answer (or its error line) in one piece, ending with a blank line.
      return waitFor(
        events,
        () => (written.length > from && written.endsWith("\n\n") ? written.slice(from) : undefined),
        {
          what: "the console's reply",
        },
      );
    },
    close: async () => {},
  };
}

async function slackDriver(assistant: FakeAssistant): Promise<Driver> {
  const slack = await startSlackStandIn();
  const secret = "c0ffee00c0ffee00c0ffee00c0ffee00";
  const adapter = createSlackAdapter({
    assistant,
    logger: silent,
    settings: { botToken: slack.botToken, signingSecret: secret, appToken: null, apiUrl: slack.apiUrl },
    port: 0,
    host: "127.0.0.1",
  });
  const threads = new Map<string, string>();
  return {
    adapter,
    async ask(question, conversation) {
      const before = slack.callsOf("chat.postMessage").length;
      const ts = newTs();
      const threadTs = threads.get(conversation);
      if (!threadTs) threads.set(conversation, ts);
      const actor = { teamId: slack.teamId, botUserId: slack.botUserId, user: "U0CONTRACT" };
      const event = appMention(actor, { channel: "C0CONTRACT", text: question, ts, ...(threadTs ? { threadTs } : {}) });
      await sendSlackEvent(`${adapter.url}/slack/events`, secret, event);
      const post = await slack.waitFor(() => slack.callsOf("chat.postMessage")[before], "the Slack reply");
      return [
        post.args.text,
        ...((post.args.blocks ?? []) as { text?: { text: string } }[]).map((b) => b.text?.text),
      ].join("\n");
    },
    close: () => slack.close(),
  };
}

async function discordDriver(assistant: FakeAssistant): Promise<Driver> {
  const discord = await startDiscordStandIn();
  const adapter = createDiscordAdapter({
    assistant,
    logger: silent,
    settings: {
      token: discord.token,
      appId: discord.appId,
      guildId: null,
      apiUrl: discord.apiUrl,
      messageContent: false,
    },
  });
  const users = new Map<string, ReturnType<typeof discord.newUser>>();
  return {
    adapter,
    async ask(question, conversation) {
      const user = users.get(conversation) ?? discord.newUser();
      users.set(conversation, user);
      const { id, token } = discord.sendInteraction({ name: "ask", user, options: { question } });
      const reply = await discord.waitFor(
        () =>
          discord.requestsTo("PATCH", new RegExp(`/webhooks/${discord.appId}/${token}/messages/@original$`))[0] ??
          discord
            .requestsTo("POST", new RegExp(`^/interactions/${id}/`))
            .find((r) => (r.body as { type: number }).type === 4),
        "the Discord reply",
      );
      const body = reply.body as { content?: string; embeds?: APIEmbed[]; data?: { content?: string } };
      const embeds = (body.embeds ?? []).flatMap((e) => [
        e.title,
        e.description,
        ...(e.fields ?? []).map((f) => f.value),
      ]);
      return [body.content, body.data?.content, ...embeds].filter(Boolean).join("\n");
    },
    close: () => discord.close(),
  };
}

const DRIVERS: Record<string, (assistant: FakeAssistant) => Promise<Driver>> = {
  console: consoleDriver,
  slack: slackDriver,
  discord: discordDriver,
};

for (const [name, makeDriver] of Object.entries(DRIVERS)) {
  describe(`adapter contract: ${name}`, () => {
    const assistant = createFakeAssistant();
    let driver: Driver;

    beforeAll(async () => {
      driver = await makeDriver(assistant);
      await driver.adapter.start();
    });
    afterAll(async () => {
      await driver.adapter.stop();
      await driver.close();
    });

    it("has a name", () => {
      expect(driver.adapter.name).toMatch(new RegExp(name));
    });

    it("answers a question with the engine's answer and its citation", async () => {
      const reply = await driver.ask("how did Ø vote on Integrationsrådet?", "first");
      expect(reply).toContain("item 12");
      expect(reply).toContain("9 December 2020");
      expect(assistant.asked.at(-1)?.question).toBe("how did Ø vote on Integrationsrådet?");
    });

    it("asks a follow-up with what the conversation was about", async () => {
      await driver.ask("how did Ø vote on Integrationsrådet?", "follow-up");
      const asked = assistant.asked.length;
      await driver.ask("and Venstre?", "follow-up");
      expect(assistant.asked.length).toBe(asked + 1);
      expect(assistant.asked.at(-1)?.options?.context).toMatchObject({
        intent: "vote",
        topic: "Integrationsrådet",
        party: "Ø",
      });
    });

    it("tells the asker when the engine fails, and answers the next question", async () => {
      assistant.failNext(new Error("engine down"));
      const failed = await driver.ask("how did Ø vote on Integrationsrådet?", "failure");
      expect(failed.trim().length).toBeGreaterThan(0);
      expect(failed).not.toContain("item 12");
      const next = await driver.ask("how did Ø vote on Integrationsrådet?", "failure");
      expect(next).toContain("item 12");
    });

    it("says so when the minutes hold no answer, without inventing a citation", async () => {
      const reply = await driver.ask("How did Ø vote on the new football stadium?", "not-found");
      expect(reply).toMatch(/found no record/);
      expect(reply).not.toContain("punkt");
    });
  });
}
