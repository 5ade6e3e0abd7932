// What the Slack load and soak scripts drive: the Web API stand-in in this process and the real app (adapters/main.ts)
// in a child process on 127.0.0.1, plus signed senders that time acknowledgements and answers.
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { type Actor, appMention, signSlackRequest } from "../test/harness/slack-requests.ts";
import { type SlackStandIn, startSlackStandIn } from "../test/harness/slack-stand-in.ts";

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
  /** Milliseconds since `sent` when the first post (message or ephemeral) to `channel` arrived, once it has. */
  answeredAt(channel: string): number | undefined;
  stop(): Promise<void>;
}

export async function startTarget(env: Record<string, string> = {}): Promise<Target> {
  const slack = await startSlackStandIn();
  const port = await freePort();
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
  await waitForMessage(child, "ready", 60_000);

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
  // waitFor re-runs the check on every call; it never resolves, the timer keeps it bounded.
  slack.waitFor(record, "nothing", 2 ** 31 - 1).catch(() => {});

  return {
    events: `http://127.0.0.1:${port}/slack/events`,
    slack,
    actor: (user) => ({ teamId: slack.teamId, botUserId: slack.botUserId, user }),
    async memory() {
      const reply = waitForMessage(child, "memory", 30_000);
      child.send("memory");
      return (await reply) as unknown as Memory;
    },
    answeredAt(channel) {
      record();
      return arrivals.get(channel);
    },
    async stop() {
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
