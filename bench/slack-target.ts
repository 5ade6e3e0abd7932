// What the Slack load and soak scripts drive: the Web API stand-in in this process and the real app (adapters/main.ts)
// in a child process on 127.0.0.1, plus signed senders that time acknowledgements and answers.
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { type Actor, appMention, signSlackRequest } from "../test/harness/slack-requests.ts";
import { type SlackStandIn, startSlackStandIn } from "../test/harness/slack-stand-in.ts";
import type { SenderRequest, SenderResult } from "./slack-sender.ts";

export const SIGNING_SECRET = "5f3c1a9e7b2d4c6e8f0a1b2c3d4e5f60";

/** Questions a busy workspace asks about the bundled minutes: votes, decisions, upcoming items, links, both languages. */
export const LOAD_QUESTIONS = [
  "how did Ø vote on Integrationsrådet?",
  "hvad er på vej i Social- og Beskæftigelsesudvalget?",
  "Giv mig et link til punkt 12 fra mødet den 09-12-2020",
  "Hvordan stemte Venstre om budgetområde 722?",
  "What was decided about the strategic conversion of budget area 722?",
  "Hvem var fraværende på mødet den 09-12-2020?",
  "hvad besluttede udvalget om handicappolitik?",
  "How did Dansk Folkeparti vote on Integrationsrådet?",
];

export interface Memory {
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
}

export interface Target {
  /** POST URL of the app's Slack endpoint. */
  events: string;
  slack: SlackStandIn;
  actor(user: string): Actor;
  /** The app process's memory after a GC. */
  memory(): Promise<Memory>;
  /** The app's own acknowledgement times (request received to response written) since the last call, in ms. */
  appAcks(): Promise<number[]>;
  /** performance.now() of this process when the first post (message or ephemeral) to `channel` arrived, once it has. */
  answeredAt(channel: string): number | undefined;
  stop(): Promise<void>;
}

export async function startTarget(env: Record<string, string> = {}): Promise<Target> {
  const slack = await startSlackStandIn();
  const port = await freePort();
  const stopSlack = () => slack.close();
  const child: ChildProcess = fork(join(import.meta.dirname, "slack-app.ts"), [], {
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const messages: { kind: string }[] = [];
  child.on("message", (m) => messages.push(m as { kind: string }));
  await waitForMessage(child, "ready", 60_000).catch(async (error: unknown) => {
    // Nothing may keep this process alive after a failed start (the stand-in's server would).
    if (child.exitCode === null) child.kill("SIGKILL");
    await stopSlack();
    throw error;
  });

  // Arrival time of the first post per channel, recorded as the stand-in sees calls.
  const arrivals = new Map<string, number>();
  let seen = 0;
  const record = () => {
    for (; seen < slack.calls.length; seen++) {
      const call = slack.calls[seen];
      const channel = call?.args.channel;
      if (typeof channel === "string" && !arrivals.has(channel)) arrivals.set(channel, performance.now());
    }
    return undefined;
  };
  // Sampled every 5 ms (a never-resolving waitFor kept its 24-day timer and this process alive after the run).
  const recorder = setInterval(record, 5);

  return {
    events: `http://127.0.0.1:${port}/slack/events`,
    slack,
    actor: (user) => ({ teamId: slack.teamId, botUserId: slack.botUserId, user }),
    async memory() {
      const reply = waitForMessage(child, "memory", 30_000);
      child.send("memory");
      return (await reply) as unknown as Memory;
    },
    async appAcks() {
      const reply = waitForMessage(child, "acks", 30_000);
      child.send("acks");
      return ((await reply) as { ackMs: number[] }).ackMs;
    },
    answeredAt(channel) {
      record();
      return arrivals.get(channel);
    },
    async stop() {
      clearInterval(recorder);
      if (child.connected) child.send("stop");
      await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await slack.close();
    },
  };
}

function waitForMessage(child: ChildProcess, kind: string, timeoutMs: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      reject(new Error(`the app has exited (code ${child.exitCode ?? child.signalCode}); no ${kind}`));
      return;
    }
    const timer = setTimeout(() => reject(new Error(`the app sent no ${kind} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: unknown) => {
      if ((m as { kind?: string }).kind !== kind) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(m as Record<string, unknown>);
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (code ${code}) before sending ${kind}`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Sender {
  /** Sends all `requests` at once from the sender process; results in the same order. */
  send(url: string, requests: SenderRequest[]): Promise<SenderResult[]>;
  stop(): Promise<void>;
}

/**
 * The sending side of the load in its own process (bench/slack-sender.ts: node:http, keep-alive agent), so that
 * what it measures is not slowed by this process's stand-in and bookkeeping.
 */
export async function startSender(): Promise<Sender> {
  const child = fork(join(import.meta.dirname, "slack-sender.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await waitForMessage(child, "ready", 60_000);
  return {
    async send(url, requests) {
      const reply = waitForMessage(child, "results", 10 * 60_000);
      child.send({ kind: "batch", url, requests });
      return ((await reply) as unknown as { results: SenderResult[] }).results;
    },
    async stop() {
      child.disconnect();
      await Promise.race([once(child, "exit"), new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** A signed JSON request for the sender. */
export function signed(payload: unknown, timestamp = Math.floor(Date.now() / 1000)): SenderRequest {
  const body = JSON.stringify(payload);
  return {
    body,
    headers: { "content-type": "application/json", ...signSlackRequest(body, SIGNING_SECRET, timestamp) },
  };
}

/** The generator's floor: a server on 127.0.0.1 that answers 200 at once, without reading anything. */
export async function startFloorServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer((req, res) => {
    req.resume();
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Sent {
  status: number;
  /** Milliseconds until the response's status line arrived (the acknowledgement); null when the request failed. */
  ackMs: number | null;
  started: number;
}

/** POSTs a raw body with the given headers and times the acknowledgement. */
export async function post(url: string, body: string | Uint8Array, headers: Record<string, string>): Promise<Sent> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(30_000) });
    const ackMs = performance.now() - started;
    await response.arrayBuffer();
    return { status: response.status, ackMs, started };
  } catch {
    return { status: 0, ackMs: null, started };
  }
}

/** A signed JSON POST. */
export function postSigned(url: string, payload: unknown, timestamp = Math.floor(Date.now() / 1000)): Promise<Sent> {
  const body = JSON.stringify(payload);
  return post(url, body, { "content-type": "application/json", ...signSlackRequest(body, SIGNING_SECRET, timestamp) });
}

/** A mention from `user` in its own channel (so its answer can be told apart). */
export function mention(target: Target, user: string, channel: string, text: string) {
  return appMention(target.actor(user), { channel, text });
}

export function percentiles(samples: number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: Math.round(sorted.at(-1) ?? 0), n: sorted.length };
}
