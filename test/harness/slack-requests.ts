// Builds and sends what Slack sends an app in HTTP mode: signed (v0) event callbacks and slash commands.
import { createHmac, randomBytes } from "node:crypto";

/** Slack's v0 request signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>` with the signing secret. */
export function signSlackRequest(body: string, signingSecret: string, timestamp: number): Record<string, string> {
  const signature = createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

export interface SendOptions {
  /** Seconds since the epoch; default now. Slack apps refuse timestamps older than 5 minutes. */
  timestamp?: number;
  /** Sign with this secret instead (to test a bad signature). */
  signWith?: string;
}

/** POSTs a JSON event callback to `url` (…/slack/events), signed; resolves with the HTTP response. */
export function sendSlackEvent(url: string, signingSecret: string, payload: object, options: SendOptions = {}) {
  return sendSigned(url, signingSecret, JSON.stringify(payload), "application/json", options);
}

/** POSTs a form-encoded slash command to `url`, signed. */
export function sendSlashCommand(
  url: string,
  signingSecret: string,
  fields: Record<string, string>,
  options: SendOptions = {},
) {
  return sendSigned(
    url,
    signingSecret,
    new URLSearchParams(fields).toString(),
    "application/x-www-form-urlencoded",
    options,
  );
}

async function sendSigned(url: string, secret: string, body: string, contentType: string, options: SendOptions) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = { "content-type": contentType, ...signSlackRequest(body, options.signWith ?? secret, timestamp) };
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
}

export interface Actor {
  teamId: string;
  botUserId: string;
  /** The asking user. */
  user: string;
}

let tsCounter = 0;
/** A fresh Slack message timestamp ("1607500000.000123"). */
export function newTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, "0")}`;
}

function callback(actor: Actor, event: Record<string, unknown>) {
  return {
    token: "legacy-verification-token",
    team_id: actor.teamId,
    api_app_id: "A0REFERAT1",
    event,
    type: "event_callback",
    event_id: `Ev${randomBytes(5).toString("hex").toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: actor.teamId, user_id: actor.botUserId, is_bot: true }],
    is_ext_shared_channel: false,
  };
}

/** An `app_mention` in a channel: "<@BOT> question", optionally inside a thread. */
export function appMention(
  actor: Actor,
  options: { channel: string; text: string; ts?: string; threadTs?: string },
): Record<string, unknown> {
  const ts = options.ts ?? newTs();
  return callback(actor, {
    type: "app_mention",
    user: actor.user,
    text: `<@${actor.botUserId}> ${options.text}`,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: options.channel,
    event_ts: ts,
  });
}

/** A direct message to the bot (message.im). */
export function directMessage(
  actor: Actor,
  options: { channel: string; text: string; ts?: string; threadTs?: string },
): Record<string, unknown> {
  const ts = options.ts ?? newTs();
  return callback(actor, {
    type: "message",
    channel_type: "im",
    user: actor.user,
    text: options.text,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: options.channel,
    event_ts: ts,
  });
}

/** The form fields of `/referat <text>`. */
export function slashCommand(
  actor: Actor,
  options: { channel: string; text: string; responseUrl: string; command?: string },
): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: actor.teamId,
    team_domain: "stand-in",
    channel_id: options.channel,
    channel_name: "general",
    user_id: actor.user,
    user_name: "asker",
    command: options.command ?? "/referat",
    text: options.text,
    api_app_id: "A0REFERAT1",
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: `${Date.now()}.${randomBytes(4).toString("hex")}`,
  };
}
