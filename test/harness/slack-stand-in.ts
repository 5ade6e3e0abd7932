// A local stand-in for Slack's Web API (auth.test, chat.postMessage, …) and response_url, recording every call.

import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { waitFor } from "./wait-for.ts";

/** One Web API call as the bot made it; `args` has JSON-encoded fields (blocks…) decoded. */
export interface SlackCall {
  method: string;
  /** Bearer token sent, or null. */
  token: string | null;
  args: Record<string, unknown>;
}

/** One POST to a response_url the stand-in handed out (slash commands). */
export interface SlackResponse {
  id: string;
  body: Record<string, unknown>;
}

/** A Socket Mode acknowledgement: the envelope it answers and the payload sent with it (a slash command's reply). */
export interface SlackAck {
  envelopeId: string;
  payload: unknown;
}

/** A canned reply for the next call of a method: an error like not_in_channel, or an HTTP 429. */
export interface SlackFault {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

export interface SlackStandInOptions {
  /** The only bot token accepted; others get invalid_auth. Default "xoxb-test-token". */
  botToken?: string;
  /** The only app-level token accepted by apps.connections.open (Socket Mode). Default "xapp-test-token". */
  appToken?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Port on 127.0.0.1; default a free one. */
  port?: number;
}

export interface SlackStandIn {
  /** Web API base to give the app as SLACK_API_URL, e.g. http://127.0.0.1:PORT/api/ */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly teamId: string;
  readonly calls: SlackCall[];
  readonly responses: SlackResponse[];
  readonly appToken: string;
  /** Socket Mode: acknowledgements received for envelopes sent with sendEnvelope. */
  readonly acks: SlackAck[];
  /** Socket Mode: resolves once a client has connected and been sent `hello`. */
  socketConnected(): Promise<void>;
  /**
   * Socket Mode: sends an envelope to every connected client ("events_api" with an event_callback body,
   * "slash_commands" with the command's fields); returns its envelope id.
   */
  sendEnvelope(type: "events_api" | "slash_commands" | "interactive", payload: unknown): string;
  /** A response_url for a slash-command payload; posts to it land in `responses` under `id`. */
  responseUrl(id: string): string;
  /** Calls of one method, e.g. "chat.postMessage". */
  callsOf(method: string): SlackCall[];
  /** Resolves with the first value `check` returns (not undefined), re-checked on each call; rejects on timeout. */
  waitFor<T>(check: () => T | undefined, what?: string, timeoutMs?: number): Promise<T>;
  /** Answers the next call of `method` with a fault (one per call; queued). */
  failNext(method: string, fault: SlackFault): void;
  /** Who is in a channel, for conversations.members (a channel never set is channel_not_found). */
  setChannelMembers(channel: string, users: string[]): void;
  close(): Promise<void>;
}

export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const botToken = options.botToken ?? "xoxb-test-token";
  const appToken = options.appToken ?? "xapp-test-token";
  const acks: SlackAck[] = [];
  const sockets = new Set<WebSocket>();
  const botUserId = options.botUserId ?? "U0BOT0001";
  const botId = options.botId ?? "B0BOT0001";
  const teamId = options.teamId ?? "T0TEAM001";
  const events = new EventEmitter();
  const calls: SlackCall[] = [];
  const responses: SlackResponse[] = [];
  const faults = new Map<string, SlackFault[]>();
  const channelMembers = new Map<string, string[]>();
  let tsCounter = 0;
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, "0")}`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST") return send(405, { ok: false, error: "method_not_allowed" });
    const args = await readBody(req);

    const respond = /^\/respond\/([\w-]+)$/.exec(url.pathname);
    if (respond) {
      responses.push({ id: respond[1] ?? "", body: args });
      events.emit("change");
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end("ok");
    }

    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!api) return send(404, { ok: false, error: "unknown_route" });
    const method = api[1] ?? "";
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : typeof args.token === "string" ? args.token : null;
    delete args.token;
    calls.push({ method, token, args });
    events.emit("change");

    const fault = faults.get(method)?.shift();
    if (fault) return send(fault.status ?? 200, fault.body ?? { ok: false, error: "fatal_error" }, fault.headers);
    if (method === "apps.connections.open") {
      // Socket Mode opens with the app-level token, never the bot token.
      if (token !== appToken) return send(200, { ok: false, error: "invalid_auth" });
      return send(200, { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket-mode` });
    }
    if (token !== botToken) return send(200, { ok: false, error: "invalid_auth" });

    switch (method) {
      case "auth.test":
        return send(200, {
          ok: true,
          url: "https://stand-in.slack.test/",
          team: "Stand-in",
          user: "referat",
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
          is_enterprise_install: false,
        });
      case "chat.postMessage":
      case "chat.postEphemeral": {
        if (typeof args.channel !== "string") return send(200, { ok: false, error: "channel_not_found" });
        const ts = nextTs();
        return send(200, {
          ok: true,
          channel: args.channel,
          ts,
          message: { type: "message", user: botUserId, bot_id: botId, text: args.text, blocks: args.blocks, ts },
        });
      }
      case "conversations.members": {
        const members = channelMembers.get(String(args.channel));
        if (!members) return send(200, { ok: false, error: "channel_not_found" });
        return send(200, { ok: true, members, response_metadata: { next_cursor: "" } });
      }
      case "chat.update":
        return send(200, { ok: true, channel: args.channel, ts: args.ts, text: args.text });
      default:
        return send(200, { ok: false, error: "unknown_method" });
    }
  });
  // Socket Mode: Slack's WebSocket sends `hello`, then envelopes; the app acknowledges each by envelope_id.
  const wss = new WebSocketServer({ server, path: "/socket-mode" });
  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: sockets.size,
        debug_info: { host: "stand-in" },
        connection_info: { app_id: "A0REFERAT1" },
      }),
    );
    events.emit("change");
    socket.on("message", (raw) => {
      const message = JSON.parse(String(raw)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.push({ envelopeId: message.envelope_id, payload: message.payload ?? null });
      events.emit("change");
    });
    socket.on("close", () => {
      sockets.delete(socket);
      events.emit("change");
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    botToken,
    appToken,
    botUserId,
    teamId,
    calls,
    responses,
    acks,
    socketConnected: () =>
      waitFor(events, () => (sockets.size > 0 ? true : undefined), { what: "a Socket Mode connection" }).then(() => {}),
    sendEnvelope(type, payload) {
      const envelopeId = randomUUID();
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      };
      for (const socket of sockets) socket.send(JSON.stringify(envelope));
      return envelopeId;
    },
    responseUrl: (id) => `${base}/respond/${id}`,
    callsOf: (method) => calls.filter((c) => c.method === method),
    waitFor: (check, what, timeoutMs) =>
      waitFor(events, check, {
        what,
        timeoutMs,
        describe: () =>
          [
            ...calls.map((c) => `  ${c.method} ${JSON.stringify(c.args).slice(0, 300)}`),
            ...responses.map((r) => `  response_url ${r.id} ${JSON.stringify(r.body).slice(0, 300)}`),
          ].join("\n") || "  (nothing)",
      }),
    setChannelMembers(channel, users) {
      channelMembers.set(channel, [...users]);
    },
    failNext(method, fault) {
      faults.set(method, [...(faults.get(method) ?? []), fault]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The Web API takes form-encoded or JSON bodies; form fields holding JSON (blocks, attachments) are decoded.
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if ((req.headers["content-type"] ?? "").includes("application/json"))
    return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
