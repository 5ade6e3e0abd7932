// The real Slack adapter (Bolt, HTTP mode) on 127.0.0.1 against the Web API stand-in, as the Slack tests start it.
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/index.ts";
import type { SlackConfig } from "../../src/config.ts";
import { type SlackStandIn, startSlackStandIn } from "./slack-stand-in.ts";

export interface SlackHttpApp {
  slack: SlackStandIn;
  adapter: SlackAdapter;
  /** The app's POST /slack/events URL. */
  events: string;
  close(): Promise<void>;
}

/** Starts the stand-in and the adapter signed with `signingSecret`; `options` adds the test's own settings. */
export async function startSlackHttpApp(
  signingSecret: string,
  options: Omit<SlackAdapterOptions, "settings" | "port" | "host"> & {
    /** The hand-off settings (SLACK_QUEUE, SLACK_CONCURRENCY), when the test sets them. */
    handoff?: Pick<SlackConfig, "queue" | "concurrency">;
  },
): Promise<SlackHttpApp> {
  const slack = await startSlackStandIn();
  const { handoff, ...adapterOptions } = options;
  const adapter = createSlackAdapter({
    ...adapterOptions,
    settings: { botToken: slack.botToken, signingSecret, appToken: null, apiUrl: slack.apiUrl, ...handoff },
    port: 0,
    host: "127.0.0.1",
  });
  await adapter.start();
  return {
    slack,
    adapter,
    events: `${adapter.url}/slack/events`,
    async close() {
      await adapter.stop();
      await slack.close();
    },
  };
}
