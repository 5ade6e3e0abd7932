// A local stand-in for Discord: the REST routes a bot uses and a WebSocket gateway (HELLO, IDENTIFY, READY, heartbeats, dispatch).
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { waitFor } from "./wait-for.ts";

/** One REST call as the bot made it; `path` is without the /api/v10 prefix. */
export interface DiscordRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The Authorization header, e.g. "Bot <token>", or null (interaction callbacks and webhooks carry none). */
  auth: string | null;
}

export interface DiscordFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface DiscordUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export interface DiscordStandInOptions {
  /** The only bot token accepted (REST and IDENTIFY). Default a fixed test token. */
  token?: string;
  appId?: string;
  guildId?: string;
  channelId?: string;
  /** HELLO's heartbeat interval; small values make heartbeats observable in tests. Default 41 250 ms. */
  heartbeatIntervalMs?: number;
  /** Port on 127.0.0.1 for REST and gateway; default a free one. */
  port?: number;
}

export interface InteractionSpec {
  /** Command name, e.g. "ask". */
  name: string;
  /** Option values by name: strings become STRING (3), integers INTEGER (4). */
  options?: Record<string, string | number>;
  user?: DiscordUser;
  locale?: string;
  channelId?: string;
}

export interface MessageSpec {
  content: string;
  author?: DiscordUser;
  /** Adds the bot to the message's mentions (as Discord does for "<@bot>"). Default: content contains the bot mention. */
  mentionsBot?: boolean;
  channelId?: string;
  /** A direct message: no guild, a DM channel. */
  direct?: boolean;
}

export interface DiscordStandIn {
  /** REST base to give the bot as DISCORD_API_URL (discord.js appends /v10). */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly appId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUser: DiscordUser;
  readonly requests: DiscordRequest[];
  /** IDENTIFY payloads (`d`) received. */
  readonly identifies: Record<string, unknown>[];
  /** Heartbeats received (each answered with HEARTBEAT_ACK). */
  readonly heartbeats: number;
  /** Commands registered with PUT, by scope: "global" or the guild id. */
  readonly commands: Map<string, Record<string, unknown>[]>;
  /** A user to ask as; a fresh one per call. */
  newUser(name?: string): DiscordUser;
  /** Resolves once a client has identified and received READY and GUILD_CREATE. */
  connected(): Promise<void>;
  /** Sends a dispatch (op 0) with the next sequence number to every identified client. */
  dispatch(type: string, data: unknown): void;
  /** Every event dispatched, in order (to send one again, as a gateway resume may). */
  readonly dispatched: { type: string; data: unknown }[];
  /** Dispatches INTERACTION_CREATE for a slash command; returns its id and token. */
  sendInteraction(spec: InteractionSpec): { id: string; token: string };
  /** Dispatches MESSAGE_CREATE; returns the message id. */
  sendMessage(spec: MessageSpec): string;
  /** Calls of a method whose path matches. */
  requestsTo(method: string, path: RegExp): DiscordRequest[];
  waitFor<T>(check: () => T | undefined, what?: string, timeoutMs?: number): Promise<T>;
  /** Answers the next call matching method and path with a fault (e.g. a 429). */
  failNext(method: string, path: RegExp, fault: DiscordFault): void;
  close(): Promise<void>;
}

const EPOCH = 1420070400000n;
let increment = 0n;
/** A Discord snowflake for now (timestamp bits, then a counter). */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | increment).toString();
}

const ALL_PERMISSIONS = "2251799813685247";

export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const token = options.token ?? "MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.bot-token-for-tests";
  const appId = options.appId ?? "100000000000000001";
  const guildId = options.guildId ?? "200000000000000002";
  const channelId = options.channelId ?? "300000000000000003";
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41_250;
  const botUser: DiscordUser = {
    id: appId,
    username: "referat",
    discriminator: "0",
    global_name: "Referat",
    avatar: null,
    bot: true,
  };
  const events = new EventEmitter();
  const requests: DiscordRequest[] = [];
  const identifies: Record<string, unknown>[] = [];
  const commands = new Map<string, Record<string, unknown>[]>();
  const faults: { method: string; path: RegExp; fault: DiscordFault }[] = [];
  const interactionTokens = new Map<string, { id: string; channelId: string }>();
  const messages = new Map<string, Record<string, unknown>>();
  const dispatched: { type: string; data: unknown }[] = [];
  const sockets = new Set<WebSocket>();
  let heartbeats = 0;
  let sequence = 0;
  let readyCount = 0;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      if (body === undefined) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const prefix = /^\/api\/v\d+/.exec(url.pathname);
    if (!prefix) return send(404, { message: "404: Not Found", code: 0 });
    const path = decodeURIComponent(url.pathname.slice(prefix[0].length));
    const method = req.method ?? "GET";
    const body = await readJson(req);
    const auth = req.headers.authorization ?? null;
    requests.push({ method, path, query: Object.fromEntries(url.searchParams), body, auth });
    events.emit("change");

    const faultIndex = faults.findIndex((f) => f.method === method && f.path.test(path));
    if (faultIndex >= 0) {
      const fault = faults.splice(faultIndex, 1)[0]?.fault ?? { status: 500 };
      return send(fault.status, fault.body ?? { message: "stand-in fault", code: 0 }, fault.headers);
    }

    const botAuthorized = auth === `Bot ${token}`;
    const needsBot = !/^\/(interactions|webhooks)\//.test(path);
    if (needsBot && !botAuthorized) return send(401, { message: "401: Unauthorized", code: 0 });

    if (method === "GET" && path === "/gateway/bot") {
      return send(200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (method === "GET" && path === "/gateway") return send(200, { url: gatewayUrl });
    if (method === "GET" && path === "/users/@me") return send(200, botUser);
    if (method === "GET" && path === "/applications/@me") {
      return send(200, { id: appId, name: "Referat", description: "", bot_public: true, flags: 0, bot: botUser });
    }
    const commandsRoute = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commandsRoute) {
      const m = commandsRoute;
      if (m[1] !== appId) return send(403, { message: "Missing Access", code: 50001 });
      const scope = m[2] ?? "global";
      if (method === "PUT" && Array.isArray(body)) {
        const stored = (body as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: appId,
          version: snowflake(),
          ...(m[2] ? { guild_id: m[2] } : {}),
        }));
        commands.set(scope, stored);
        events.emit("change");
        return send(200, stored);
      }
      if (method === "GET") return send(200, commands.get(scope) ?? []);
    }
    const callbackRoute = method === "POST" ? /^\/interactions\/(\d+)\/([\w.-]+)\/callback$/.exec(path) : null;
    if (callbackRoute) {
      const m = callbackRoute;
      const known = interactionTokens.get(m[2] ?? "");
      if (!known || known.id !== m[1]) return send(404, { message: "Unknown interaction", code: 10062 });
      if (url.searchParams.get("with_response") === "true") {
        return send(200, { interaction: { id: m[1], type: 2 }, resource: { type: (body as { type?: number })?.type } });
      }
      return send(204);
    }
    const webhookRoute = /^\/webhooks\/(\d+)\/([\w.-]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (webhookRoute) {
      const m = webhookRoute;
      const known = interactionTokens.get(m[2] ?? "");
      if (m[1] !== appId || !known) return send(404, { message: "Unknown Webhook", code: 10015 });
      const key = `${m[2]}:${m[3] ?? snowflake()}`;
      if (method === "GET") return send(200, messages.get(key) ?? { message: "Unknown Message", code: 10008 });
      const message = messageObject(known.channelId, body, messages.get(key)?.id as string | undefined);
      messages.set(key, message);
      return send(200, message);
    }
    if (method === "POST" && /^\/channels\/\d+\/typing$/.test(path)) return send(204);
    const messagesRoute = method === "POST" ? /^\/channels\/(\d+)\/messages$/.exec(path) : null;
    if (messagesRoute) return send(200, messageObject(messagesRoute[1] ?? "", body));
    return send(404, { message: "404: Not Found", code: 0 });
  });

  function messageObject(channel: string, body: unknown, id?: string): Record<string, unknown> {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: id ?? snowflake(),
      channel_id: channel,
      author: botUser,
      content: b.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      pinned: false,
      type: b.message_reference ? 19 : 0,
      flags: b.flags ?? 0,
      ...(b.message_reference ? { message_reference: b.message_reference } : {}),
    };
  }

  const wss = new WebSocketServer({ server, path: "/gateway" });
  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: heartbeatInterval }, s: null, t: null }));
    let identified = false;
    socket.on("message", (raw) => {
      let payload: { op?: number; d?: unknown };
      try {
        payload = JSON.parse(String(raw)) as { op?: number; d?: unknown };
      } catch {
        socket.close(4002, "Decode error");
        return;
      }
      switch (payload.op) {
        case 1:
          heartbeats += 1;
          socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          events.emit("change");
          return;
        case 2: {
          const d = (payload.d ?? {}) as Record<string, unknown>;
          if (d.token !== token) {
            socket.close(4004, "Authentication failed.");
            return;
          }
          identifies.push(d);
          identified = true;
          (socket as WebSocket & { identified?: boolean }).identified = true;
          sendDispatch(socket, "READY", {
            v: 10,
            user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
            guilds: [{ id: guildId, unavailable: true }],
            session_id: randomBytes(16).toString("hex"),
            resume_gateway_url: gatewayUrl,
            shard: [0, 1],
            application: { id: appId, flags: 0 },
            private_channels: [],
            relationships: [],
            presences: [],
            guild_join_requests: [],
          });
          sendDispatch(socket, "GUILD_CREATE", guildObject());
          readyCount += 1;
          events.emit("change");
          return;
        }
        case 6:
          // No session memory here: ask the client to identify afresh.
          socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        default:
          if (!identified && payload.op !== 3 && payload.op !== 8) socket.close(4003, "Not authenticated.");
      }
    });
    socket.on("close", () => {
      sockets.delete(socket);
      events.emit("change");
    });
  });

  function sendDispatch(socket: WebSocket, type: string, data: unknown) {
    sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: type, s: sequence, d: data }));
  }

  function guildObject() {
    const joined = new Date().toISOString();
    return {
      id: guildId,
      name: "Stand-in Kommune",
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: "400000000000000004",
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_id: channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: "da",
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      features: [],
      emojis: [],
      stickers: [],
      roles: [
        {
          id: guildId,
          name: "@everyone",
          permissions: "1071698660929",
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      joined_at: joined,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [{ user: botUser, roles: [], joined_at: joined, deaf: false, mute: false, flags: 0 }],
      channels: [
        { id: channelId, type: 0, name: "referater", position: 0, permission_overwrites: [], topic: null, nsfw: false },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  let userCounter = 0;

  const standIn: DiscordStandIn = {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    token,
    appId,
    guildId,
    channelId,
    botUser,
    requests,
    identifies,
    get heartbeats() {
      return heartbeats;
    },
    commands,
    newUser(name) {
      userCounter += 1;
      const username = name ?? `asker${userCounter}`;
      return { id: snowflake(), username, discriminator: "0", global_name: username, avatar: null };
    },
    connected: () =>
      waitFor(events, () => (readyCount > 0 ? true : undefined), { what: "a client to identify" }).then(() => {}),
    dispatched,
    dispatch(type, data) {
      dispatched.push({ type, data });
      for (const socket of sockets) {
        if ((socket as WebSocket & { identified?: boolean }).identified) sendDispatch(socket, type, data);
      }
    },
    sendInteraction(spec) {
      const id = snowflake();
      const interactionToken = `aW50ZXJhY3Rpb24.${randomBytes(24).toString("hex")}`;
      const channel = spec.channelId ?? channelId;
      interactionTokens.set(interactionToken, { id, channelId: channel });
      const user = spec.user ?? standIn.newUser();
      const registered = [...commands.values()].flat().find((c) => c.name === spec.name);
      const declared = (registered?.options ?? []) as { name: string; type: number }[];
      standIn.dispatch("INTERACTION_CREATE", {
        id,
        application_id: appId,
        type: 2,
        token: interactionToken,
        version: 1,
        guild_id: guildId,
        channel_id: channel,
        channel: { id: channel, type: 0, guild_id: guildId, name: "referater", permissions: ALL_PERMISSIONS },
        member: {
          user,
          roles: [],
          joined_at: new Date().toISOString(),
          permissions: ALL_PERMISSIONS,
          deaf: false,
          mute: false,
          flags: 0,
        },
        locale: spec.locale ?? "en-US",
        guild_locale: "da",
        app_permissions: ALL_PERMISSIONS,
        entitlements: [],
        authorizing_integration_owners: { "0": guildId },
        context: 0,
        data: {
          id: (registered?.id as string | undefined) ?? snowflake(),
          name: spec.name,
          type: 1,
          guild_id: guildId,
          options: Object.entries(spec.options ?? {}).map(([name, value]) => ({
            name,
            type: declared.find((o) => o.name === name)?.type ?? (typeof value === "number" ? 4 : 3),
            value,
          })),
        },
      });
      return { id, token: interactionToken };
    },
    sendMessage(spec) {
      const id = snowflake();
      const author = spec.author ?? standIn.newUser();
      const mentionsBot = spec.mentionsBot ?? new RegExp(`<@!?${botUser.id}>`).test(spec.content);
      const channel = spec.channelId ?? (spec.direct ? snowflake() : channelId);
      standIn.dispatch("MESSAGE_CREATE", {
        id,
        channel_id: channel,
        // Discord sends the channel's type with each message; discord.js needs it to build an uncached DM channel.
        channel_type: spec.direct ? 1 : 0,
        ...(spec.direct
          ? {}
          : {
              guild_id: guildId,
              member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
            }),
        author,
        content: spec.content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: mentionsBot ? [botUser] : [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        type: 0,
        flags: 0,
      });
      return id;
    },
    requestsTo: (method, path) => requests.filter((r) => r.method === method && path.test(r.path)),
    waitFor: (check, what, timeoutMs) =>
      waitFor(events, check, {
        what,
        timeoutMs,
        describe: () =>
          requests.map((r) => `  ${r.method} ${r.path} ${JSON.stringify(r.body ?? null).slice(0, 200)}`).join("\n") ||
          "  (no requests)",
      }),
    failNext(method, path, fault) {
      faults.push({ method, path, fault });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return standIn;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return null;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("multipart/form-data")) {
    // discord.js sends multipart only with files; the JSON part is named payload_json.
    const match = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return match?.[1] ? JSON.parse(match[1]) : null;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
