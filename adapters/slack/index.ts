// The Slack adapter (Bolt): @mentions answered in their thread, direct messages, and the /referat slash command.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import { SLACK_HANDOFF_DEFAULTS, type SlackConfig } from "../../src/config.ts";
import type { Assistant } from "../../src/domain/index.ts";
import type { FollowCommands } from "../../src/follow/index.ts";
import { type Logger, newRequestId } from "../../src/log.ts";
import type { Adapter } from "../adapter.ts";
import { createQuestionHandler, type QuestionHandlerOptions, type Reply } from "../shared/answer-question.ts";
import { createHandoff } from "../shared/handoff.ts";
import { createReplayFilter } from "../shared/replay-filter.ts";
import { toBoltLogger } from "./bolt-logger.ts";
import { postSlackAlert, slackFollowCommand } from "./follow.ts";
import { renderAnswer, renderNotice, type SlackMessage } from "./render-answer.ts";
import { type CheckedRequest, createRequestGuard, MAX_SLACK_BODY_BYTES } from "./request-guard.ts";
import { toQuestion } from "./to-question.ts";

/** Where Slack sends events, commands and interactions in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";
/** The slash command the app manifest declares. */
export const SLASH_COMMAND = "/referat";

/** Serves other HTTP requests on the same port (the minutes viewer); returns true when it handled one. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface SlackAdapterOptions {
  assistant: Assistant;
  settings: SlackConfig;
  logger: Logger;
  /** HTTP mode: the port for POST /slack/events (0 picks a free one, for tests). */
  port?: number;
  /** HTTP mode: interface to bind; default all. */
  host?: string | null;
  /** HTTP mode: other routes on the same server, tried for everything but POST /slack/events. */
  httpHandler?: HttpHandler | null;
  /** Guard settings (length, rate limit, timeout, today), for tests. */
  questions?: Partial<Omit<QuestionHandlerOptions, "assistant" | "logger" | "platform">>;
  /** `/referat follow|unfollow|following`; absent: those words are asked as questions. */
  follow?: FollowCommands | null;
}

export interface SlackAdapter extends Adapter {
  /** HTTP mode: the server's base URL once started (e.g. http://127.0.0.1:3000); null in Socket Mode. */
  readonly url: string | null;
  /** Posts a follow alert to a channel. */
  sendAlert(channel: string, text: string): Promise<void>;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { settings } = options;
  const logger = options.logger.child({ component: "slack" });
  const boltLogger = toBoltLogger(logger);
  const socketMode = settings.appToken !== null;
  const questions = createQuestionHandler({
    assistant: options.assistant,
    logger,
    platform: "slack",
    ...options.questions,
  });

  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: settings.signingSecret ?? "",
        endpoints: SLACK_EVENTS_PATH,
        logger: boltLogger,
        bodyLimit: MAX_SLACK_BODY_BYTES,
      });
  const guard = createRequestGuard({ signingSecret: settings.signingSecret ?? "", logger });
  const app = new App({
    token: settings.botToken,
    logger: boltLogger,
    // auth.test runs in start(), where a bad token or unreachable API fails loudly instead of as an unhandled rejection.
    deferInitialization: true,
    ...(settings.apiUrl ? { clientOptions: { slackApiUrl: settings.apiUrl } } : {}),
    ...(socketMode
      ? { socketMode: true, appToken: settings.appToken ?? undefined }
      : { receiver: receiver as HTTPReceiver }),
  });

  const toMessage = (reply: Reply, askedBy: string | null): SlackMessage =>
    reply.kind === "answer" ? renderAnswer(reply.answer, { askedBy }) : renderNotice(reply.text);

  // Slack redelivers an event it thinks was not acknowledged in time (a new signature, the same event id), and a
  // slash command has its trigger id: each is answered once.
  const deliveries = createReplayFilter();
  const firstDelivery = (id: string | undefined): boolean => deliveries.first(id);

  // Registration reads like a table: one listener per kind of event.
  app.event("app_mention", async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user) return; // other bots, and system mentions, are not questions
    if (!firstDelivery(body.event_id)) return;
    const thread = event.thread_ts ?? event.ts;
    const reply = await questions.ask({
      user: event.user,
      conversation: `${event.channel}:${thread}`,
      text: toQuestion(event.text, context.botUserId ?? null),
    });
    await post(client, reply, { channel: event.channel, thread_ts: thread, user: event.user });
  });

  app.message(async ({ message, body, client, context }) => {
    // Only plain user messages in direct conversations; channel questions come as app_mention.
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user) return;
    if (!firstDelivery(body.event_id)) return;
    const thread = message.thread_ts ?? null;
    const reply = await questions.ask({
      user: message.user,
      conversation: thread ? `${message.channel}:${thread}` : message.channel,
      text: toQuestion(message.text ?? "", context.botUserId ?? null),
    });
    await post(client, reply, { channel: message.channel, thread_ts: thread ?? undefined, user: message.user });
  });

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    // Slack waits 3 s for the acknowledgement; the answer follows when the engine is done.
    await ack();
    if (!firstDelivery(`command:${command.trigger_id}`)) return;
    const followed = options.follow ? await slackFollowCommand(options.follow, command, client) : null;
    if (followed !== null) return void (await respond({ response_type: "ephemeral", text: followed }));
    const reply = await questions.ask({
      user: command.user_id,
      conversation: `${command.channel_id}:command:${command.user_id}`,
      text: toQuestion(command.text, null),
    });
    if (reply.kind !== "answer") {
      // Refusals are for the asker only, and a burst gets one notice per rate-limit window.
      if (!(reply.kind === "refused" && reply.silent))
        await respond({ response_type: "ephemeral", ...renderNotice(reply.text) });
      return;
    }
    const message = toMessage(reply, command.user_id);
    try {
      const posted = await client.chat.postMessage({
        channel: command.channel_id,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
      // Replies in the answer's thread continue this conversation.
      if (posted.ts) questions.remember(`${command.channel_id}:${posted.ts}`, reply.answer.context);
    } catch (error) {
      // The bot may not be in the channel (or it is a DM between people): the response URL always works.
      logger.warn({ err: error, requestId: reply.requestId }, "chat.postMessage failed; answering via response_url");
      await respond({ response_type: "in_channel", ...message });
    }
  });

  // Link buttons open the source in the browser; Slack still reports the click and expects an acknowledgement.
  app.action(/^source_\d+$/, async ({ ack }) => {
    await ack();
  });

  app.error(async (error) => {
    logger.error({ err: error }, "slack listener failed");
  });

  async function post(
    client: App["client"],
    reply: Reply,
    where: { channel: string; thread_ts: string | undefined; user: string },
  ): Promise<void> {
    const { user, ...place } = where;
    try {
      if (reply.kind === "refused") {
        // A refusal concerns the asker alone: shown only to them, once per rate-limit window for a burst.
        if (reply.silent) return;
        await client.chat.postEphemeral({ ...place, user, ...renderNotice(reply.text) });
        return;
      }
      await client.chat.postMessage({ ...place, ...toMessage(reply, null), unfurl_links: false, unfurl_media: false });
    } catch (error) {
      // Retries and 429s are the WebClient's job; what reaches here is final. Log it and keep serving others.
      logger.error({ err: error, requestId: reply.requestId }, "could not post the reply");
    }
  }

  // Events API requests carry no reply: the acknowledgement is written as soon as the guard has verified and
  // de-duplicated the request, and Bolt's middleware, the listener and the engine run afterwards, off the request
  // path, through a bounded hand-off. Commands, actions and URL verification answer through Bolt's receiver.
  const events = createHandoff<{ body: Record<string, unknown>; retryNum?: number; retryReason?: string }>({
    // HTTP mode: events acknowledged and waiting (more are refused with 503 and a reference id, and Slack retries
    // them later), and events handled at once: SLACK_QUEUE and SLACK_CONCURRENCY.
    capacity: options.settings.queue ?? SLACK_HANDOFF_DEFAULTS.queue,
    concurrency: options.settings.concurrency ?? SLACK_HANDOFF_DEFAULTS.concurrency,
    run: ({ body, retryNum, retryReason }) =>
      app.processEvent({
        body,
        ack: async () => {},
        ...(retryNum === undefined ? {} : { retryNum }),
        ...(retryReason === undefined ? {} : { retryReason }),
      }),
    onError: (error, { body }) => logger.error({ err: error, eventId: body.event_id ?? null }, "slack event failed"),
  });
  const handOff = (req: CheckedRequest, res: ServerResponse) => {
    const retry = Number(req.headers["x-slack-retry-num"]);
    const reason = req.headers["x-slack-retry-reason"];
    const accepted = events.offer({
      body: req.body,
      ...(Number.isInteger(retry) ? { retryNum: retry } : {}),
      ...(typeof reason === "string" ? { retryReason: reason } : {}),
    });
    if (accepted) {
      res.writeHead(200).end();
      return;
    }
    const reference = newRequestId();
    logger.warn(
      { reference, eventId: req.body.event_id ?? null, waiting: events.waiting },
      "slack event refused: the hand-off queue is full",
    );
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end(`Busy (reference ${reference})\n`);
  };

  let server: Server | null = null;
  let url: string | null = null;

  return {
    name: socketMode ? "slack (socket mode)" : "slack (http)",
    get url() {
      return url;
    },
    sendAlert: (channel, text) => postSlackAlert(app.client, channel, text),
    async start() {
      await app.init();
      if (socketMode) {
        await app.start();
        logger.info("slack connected in socket mode");
        return;
      }
      const listener = (receiver as HTTPReceiver).requestListener;
      const notFound = (res: ServerResponse) => {
        if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("Not found\n");
      };
      server = createServer((req, res) => {
        let path: string;
        try {
          path = new URL(req.url ?? "/", "http://localhost").pathname;
        } catch {
          return notFound(res);
        }
        if (path !== SLACK_EVENTS_PATH) {
          if (options.httpHandler?.(req, res)) return;
          return notFound(res);
        }
        // Only requests that pass the guard reach Bolt, with their body already read and checked.
        guard(req, res, (checked, response) =>
          checked.body.type === "event_callback" ? handOff(checked, response) : listener(checked, response),
        );
      });
      const srv = server;
      // Clients keep connections open between events; closing them after Node's 5 s default races a client reusing one
      // (ECONNRESET on a busy machine). A minute, as load balancers in front of such apps use.
      srv.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        srv.once("error", reject);
        srv.listen(options.port ?? 3000, options.host ?? undefined, () => {
          srv.off("error", reject);
          resolve();
        });
      });
      const address = srv.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      url = `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${address.port}`;
      logger.info({ url: `${url}${SLACK_EVENTS_PATH}` }, "slack listening for events over HTTP");
    },
    async stop() {
      if (socketMode) {
        await app.stop().catch((error: unknown) => logger.warn({ err: error }, "slack socket mode stop failed"));
        return;
      }
      const srv = server;
      server = null;
      if (!srv) return;
      // Events still waiting are not started on an engine that is shutting down (Slack has them acknowledged).
      const dropped = events.clear();
      if (dropped > 0) logger.warn({ dropped }, "slack events not answered: stopping");
      await new Promise<void>((resolve) => {
        srv.close(() => resolve());
        srv.closeAllConnections();
      });
    },
  };
}
