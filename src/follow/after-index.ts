// The hook an index or sync run calls: remember the index before the run, and after it queue the alerts for the
// meetings it added or changed. Nothing happens when no follow database exists (nobody follows anything).
import { type LoadedIndex, loadIndex } from "../search/index.ts";
import { queueAlerts } from "./alerts.ts";
import { openFollowStore } from "./index.ts";
import { type FollowSettings, followSettings } from "./settings.ts";

export interface AfterIndex {
  /** Queues the alerts of the new index in `indexDir`; returns what was queued. */
  queue(): Promise<{ meetings: number; facts: number; posts: number }>;
}

/** Call before the run; null when there is no follow store. */
export async function beforeIndexRun(
  indexDir: string,
  settings: FollowSettings = followSettings(),
  publicBaseUrl: string = process.env.PUBLIC_BASE_URL ?? "http://localhost:8080",
): Promise<AfterIndex | null> {
  const store = await openFollowStore(settings, { ifExists: true });
  if (!store) return null;
  const before: LoadedIndex | null = await loadIndex(indexDir).catch(() => null);
  return {
    async queue() {
      try {
        return await queueAlerts(store, before, await loadIndex(indexDir), publicBaseUrl);
      } finally {
        await store.close();
      }
    },
  };
}
