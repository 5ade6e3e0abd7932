// `npm start`: runs every configured chat adapter in one process (console chat when none), plus the minutes viewer.
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { SwappableAssistant } from "../src/assistant.ts";
import { type Config, ConfigError, DEFAULT_SLACK_PORT, loadConfig } from "../src/config.ts";
import type { Assistant } from "../src/domain/index.ts";
import { createLogger, type Logger, newRequestId } from "../src/log.ts";
import type { LoadedIndex } from "../src/search/index.ts";
import type { Adapter } from "./adapter.ts";
import type { Following } from "./shared/follow.ts";

// The engine and each platform's SDK are imported only when needed: a settings error or the console chat
// starts without loading Bolt and discord.js.

/** The console chat's viewer port when PORT is unset. */
export const DEFAULT_VIEWER_PORT = 8080;

export interface Plan {
  slack: "http" | "socket" | null;
  discord: boolean;
  console: boolean;
  /** Where the viewer runs: on the Slack HTTP server, on its own port, or not at all. */
  viewer: { on: "slack"; port: number } | { on: "own"; port: number; host: string } | null;
  /** Links in answers point here when a source has no official URL. */
  publicBaseUrl: string | null;
}

/** Decides what runs from the settings alone (pure, so the rules are testable). */
export function plan(config: Config): Plan {
  const slack = config.slack ? (config.slack.appToken ? "socket" : "http") : null;
  const discord = config.discord !== null;
  const chat = slack !== null || discord;
  let viewer: Plan["viewer"] = null;
  if (slack === "http") {
    // The events server is up anyway: the viewer shares it.
    viewer = { on: "slack", port: config.port ?? DEFAULT_SLACK_PORT };
  } else if (config.port !== null || config.publicBaseUrl !== null || !chat) {
    // The console chat's viewer is for this machine only; a published one listens on every interface.
    const host = config.host ?? (chat || config.publicBaseUrl ? "0.0.0.0" : "127.0.0.1");
    viewer = { on: "own", port: config.port ?? DEFAULT_VIEWER_PORT, host };
  }
  const publicBaseUrl = config.publicBaseUrl ?? (viewer ? `http://localhost:${viewer.port}` : null);
  return { slack, discord, console: !chat, viewer, publicBaseUrl };
}

export interface RunOptions {
  /** `.env` path; null skips it. Default ".env". */
  envFile?: string | null;
  input?: Readable;
  output?: Writable;
  /** Where startup problems are written. Default stderr. */
  errors?: Writable;
}

export interface Running {
  readonly adapters: readonly Adapter[];
  /** Stops every adapter, last started first. Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the console chat's input has ended (never, when no console runs). */
  readonly ended: Promise<void>;
  readonly logger: Logger;
}

/** Starts what the configuration asks for; throws ConfigError / IndexError / a start error, after stopping what started. */
export async function run(options: RunOptions = {}): Promise<Running> {
  const config = loadConfig({ envFile: options.envFile === undefined ? ".env" : options.envFile });
  const what = plan(config);
  const logger = createLogger({
    // The console chat shares the terminal: only warnings unless asked for more.
    level: config.logLevel ?? (what.console ? "warn" : "info"),
    secrets: [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.discord?.token],
  });
  const background = config.sync ? await prepareSync(config, logger) : null;
  const { createSwappableAssistant } = await import("../src/assistant.ts");
  const { IndexError, loadIndex } = await import("../src/search/index.ts");
  let index: LoadedIndex;
  try {
    index = await loadIndex(config.indexDir);
  } catch (error) {
    // With sync configured and no index built yet, the first sync builds it before anything is served.
    if (!(background && error instanceof IndexError)) throw error;
    logger.warn({ indexDir: config.indexDir, reason: error.message }, "no index yet: syncing before starting");
    await background.syncOnce();
    background.syncedAtStart = true;
    index = await loadIndex(config.indexDir);
  }
  const assistant = createSwappableAssistant(index, what.publicBaseUrl ? { publicBaseUrl: what.publicBaseUrl } : {});
  let endConsole: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    endConsole = resolve;
  });
  // Following: commands in every chat adapter, and a loop posting queued alerts through them (see README).
  const { followSettings } = await import("../src/follow/settings.ts");
  const { createFollowing } = await import("./shared/follow.ts");
  const following = createFollowing(() => assistant.index, followSettings(), logger);
  // Chat platforms send bursts: answers run in worker threads so acknowledgements are never queued behind them.
  let pool: import("./shared/engine-pool.ts").EnginePool | null = null;
  if (!what.console && config.engineWorkers !== 0) {
    const { startEnginePool } = await import("./shared/engine-pool.ts");
    pool = await startEnginePool({
      indexDir: config.indexDir,
      publicBaseUrl: what.publicBaseUrl,
      ...(config.engineWorkers ? { size: config.engineWorkers } : {}),
    });
    logger.info({ workers: pool.size }, "engine workers ready");
  }
  const chatAssistant: Assistant = pool ?? assistant;
  let adapters: Adapter[];
  try {
    adapters = await buildAdapters(config, what, assistant, chatAssistant, logger, options, endConsole, following);
  } catch (error) {
    await pool?.close();
    throw error;
  }
  if (background) adapters.push(background.adapter(assistant));

  const started: Adapter[] = [];
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await following.stop().catch((error: unknown) => logger.error({ err: error }, "follow stop failed"));
      for (const adapter of [...started].reverse()) {
        try {
          await adapter.stop();
          logger.info({ adapter: adapter.name }, "stopped");
        } catch (error) {
          logger.error({ err: error, adapter: adapter.name }, "stop failed");
        }
      }
      await pool?.close();
      logger.flush();
    })();
    return stopping;
  };
  try {
    for (const adapter of adapters) {
      await adapter.start();
      started.push(adapter);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  following.startDelivery();
  logger.info({ adapters: adapters.map((a) => a.name), meetings: assistant.index.meetings.length }, "referat running");
  if (!what.viewer) {
    logger.warn(
      "no minutes viewer runs (PORT and PUBLIC_BASE_URL are unset): links to minutes without an official URL point at http://localhost:8080",
    );
  }
  return { adapters, stop, ended, logger };
}

async function buildAdapters(
  config: Config,
  what: Plan,
  assistant: Assistant & { readonly index: LoadedIndex },
  chatAssistant: Assistant,
  logger: Logger,
  options: RunOptions,
  onConsoleEnd: () => void,
  following: Following,
): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const { senders, commands: follow } = following;
  const { createViewerHandler, startViewer } = await import("../src/viewer/index.ts");
  if (what.viewer?.on === "own") {
    adapters.push(
      viewerAdapter(startViewer, () => assistant.index, what.viewer.port, what.viewer.host, logger, options),
    );
  }
  if (config.slack) {
    const { createSlackAdapter } = await import("./slack/index.ts");
    const slack = createSlackAdapter({
      assistant: chatAssistant,
      settings: config.slack,
      logger,
      port: what.viewer?.on === "slack" ? what.viewer.port : (config.port ?? DEFAULT_SLACK_PORT),
      host: config.host,
      httpHandler: createViewerHandler(() => assistant.index),
      follow,
    });
    senders.slack = slack.sendAlert;
    adapters.push(slack);
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import("./discord/index.ts");
    const discord = createDiscordAdapter({ assistant: chatAssistant, settings: config.discord, logger, follow });
    senders.discord = discord.sendAlert;
    adapters.push(discord);
  }
  if (what.console) {
    const { createConsoleAdapter } = await import("./console/index.ts");
    adapters.push(
      createConsoleAdapter({
        assistant,
        ...(options.input ? { input: options.input } : {}),
        ...(options.output ? { output: options.output } : {}),
        onEnd: onConsoleEnd,
        follow,
      }),
    );
    senders.console = async (_channel, text) => void (options.output ?? process.stdout).write(`${text}\n\n`);
  }
  return adapters;
}

type StartViewer = typeof import("../src/viewer/index.ts").startViewer;

function viewerAdapter(
  startViewer: StartViewer,
  index: () => LoadedIndex,
  port: number,
  host: string,
  logger: Logger,
  options: RunOptions,
): Adapter {
  let running: { url: string; close(): Promise<void> } | null = null;
  return {
    name: "viewer",
    async start() {
      running = await startViewer({ index, port, host });
      const url = running.url.replace("//0.0.0.0:", "//localhost:");
      logger.info({ url }, "minutes viewer listening");
      // The console chat keeps logs quiet; say where the viewer is on stderr, away from the answers on stdout.
      (options.errors ?? process.stderr).write(`Minutes viewer: ${url}\n`);
    },
    async stop() {
      await running?.close();
      running = null;
    },
  };
}

/**
 * Background sync (SYNC_EVERY): the sources file is read at start (a bad one stops the start, naming the entry);
 * each run fetches what is new into DATA_DIR, rebuilds INDEX_DIR, loads it and swaps it in. Questions asked
 * meanwhile are answered from the index they started on.
 */
async function prepareSync(config: Config, logger: Logger) {
  const sync = config.sync as NonNullable<Config["sync"]>;
  const { existsSync } = await import("node:fs");
  if (!existsSync(sync.sourcesFile)) {
    throw new ConfigError(
      [`SYNC_EVERY is set but ${sync.sourcesFile} is missing (list the municipalities to sync there, see README)`],
      null,
    );
  }
  const { readSyncSources } = await import("../src/ingest/sync/sync-sources.ts");
  const { syncAndIndex } = await import("../src/ingest/sync/sync-and-index.ts");
  const { scheduleSync } = await import("../src/ingest/sync/sync-schedule.ts");
  const sources = await readSyncSources(sync.sourcesFile);
  /** One run; resolves true when a new index was written. */
  const syncOnce = async (): Promise<boolean> => {
    const outcome = await syncAndIndex({ sources, dataDir: sync.dataDir, indexDir: config.indexDir });
    for (const f of outcome.sync.failures) {
      logger.warn(
        { municipality: f.municipality, meeting: f.meeting, reason: f.reason },
        "sync: failed (retried next run)",
      );
    }
    if (outcome.indexError) logger.error({ reason: outcome.indexError }, "sync: the index was not rebuilt");
    logger.info(
      { meetings: outcome.sync.meetings, items: outcome.index?.items ?? null, ms: outcome.milliseconds },
      "sync done",
    );
    return outcome.index !== null;
  };
  return {
    syncOnce,
    /** Set when the index was built by a sync at start: the schedule's first run waits a period. */
    syncedAtStart: false,
    adapter(assistant: SwappableAssistant): Adapter {
      const runAtStart = !this.syncedAtStart;
      let schedule: ReturnType<typeof scheduleSync> | null = null;
      return {
        name: "sync",
        async start() {
          const { loadIndex } = await import("../src/search/index.ts");
          schedule = scheduleSync({
            everyMs: sync.everyMs,
            run: async () => {
              if (await syncOnce()) assistant.swap(await loadIndex(config.indexDir));
            },
            onError: (error) => logger.error({ err: error }, "sync failed"),
            runAtStart,
          });
          logger.info({ every: sync.everyMs, sources: sources.length }, "background sync scheduled");
        },
        async stop() {
          schedule?.stop();
        },
      };
    },
  };
}

async function main(): Promise<void> {
  let running: Running;
  try {
    running = await run();
  } catch (error) {
    // Expected failures (settings, index, a platform refusing to connect) are one clear message, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
    return;
  }
  // The last line of defence: a failure no handler caught is logged with a reference, and serving goes on.
  process.on("unhandledRejection", (reason) => {
    running.logger.error({ err: reason, reference: newRequestId() }, "unhandled rejection; serving on");
  });
  let signalled = false;
  const shutdown = async (code: number) => {
    await running.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second Ctrl-C means "now".
      if (signalled) process.exit(130);
      signalled = true;
      void shutdown(0);
    });
  }
  running.ended.then(() => shutdown(0));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
