// Following for a running bot: the follow commands (the store opened on first use) and the loop that posts
// queued alerts through whichever adapters run.
import { buildLexicon, type Lexicon } from "../../src/answer/understand/lexicon.ts";
import {
  type AlertSender,
  createFollowCommands,
  type FollowCommands,
  type FollowSettings,
  lazyFollowStore,
  startAlertDelivery,
} from "../../src/follow/index.ts";
import type { Logger } from "../../src/log.ts";
import type { LoadedIndex } from "../../src/search/index.ts";

export interface Following {
  commands: FollowCommands;
  /** How to post to each platform that runs; adapters add theirs before startDelivery. */
  senders: Partial<Record<string, AlertSender>>;
  /** Starts posting queued alerts every settings.pollMs through the senders. */
  startDelivery(): void;
  stop(): Promise<void>;
}

export function createFollowing(index: () => LoadedIndex, settings: FollowSettings, logger: Logger): Following {
  const store = lazyFollowStore(settings);
  let lexicon: { index: LoadedIndex; lexicon: Lexicon } | null = null;
  const lexiconOf = () => {
    const current = index();
    if (lexicon?.index !== current) lexicon = { index: current, lexicon: buildLexicon(current.meetings) };
    return lexicon.lexicon;
  };
  let delivery: ReturnType<typeof startAlertDelivery> | null = null;
  let stopTick: () => void = () => {};
  const senders: Partial<Record<string, AlertSender>> = {};
  return {
    senders,
    commands: {
      async run(request) {
        const s = await store.get();
        if (!s) throw new Error("follow store could not be opened");
        return createFollowCommands({ store: s, lexicon: lexiconOf, channelCap: settings.channelCap }).run(request);
      },
    },
    startDelivery() {
      const tick = setInterval(() => {
        // Nothing to deliver until a database exists (a follow command or an index run creates it).
        void store.get({ ifExists: true }).then((s) => {
          if (!s || delivery) return;
          clearInterval(tick);
          delivery = startAlertDelivery({
            store: s,
            senders,
            intervalMs: settings.pollMs,
            onError: (error) => logger.warn({ err: error }, "follow: posting alerts failed; retrying later"),
          });
          void delivery.runNow();
        });
      }, settings.pollMs);
      tick.unref();
      stopTick = () => clearInterval(tick);
    },
    async stop() {
      stopTick();
      await delivery?.stop();
      await store.close();
    },
  };
}
