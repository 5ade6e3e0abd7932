// Following: subscriptions, alerts after index/sync runs, and the commands adapters share. See README "Following".
import { existsSync } from "node:fs";
import { openDb } from "./db.ts";
import type { FollowSettings } from "./settings.ts";
import { createFollowStore, type FollowStore } from "./store.ts";

export { changedMeetings, collectAlerts, meetingKeyOf, queueAlerts, renderAlert } from "./alerts.ts";
export { createFollowCommands, type FollowCommands, type FollowRequest, parseFollowCommand } from "./commands.ts";
export { type AlertSender, deliverAlerts, startAlertDelivery } from "./deliver.ts";
export { type FollowSettings, followSettings } from "./settings.ts";
export type { FollowStore, Subscription } from "./store.ts";

/**
 * Opens the follow store the settings name. With `ifExists`, an embedded database that was never created is not
 * created (an index run where nobody follows anything leaves no database behind): then null.
 */
export async function openFollowStore(
  settings: FollowSettings,
  options: { ifExists?: boolean } = {},
): Promise<FollowStore | null> {
  if (!settings.databaseUrl && options.ifExists && !existsSync(settings.pgliteDir)) return null;
  return createFollowStore(await openDb({ databaseUrl: settings.databaseUrl, pgliteDir: settings.pgliteDir }));
}

/** A store opened on first use (the embedded database costs seconds to open; most runs never follow anything). */
export function lazyFollowStore(settings: FollowSettings): {
  get(options?: { ifExists?: boolean }): Promise<FollowStore | null>;
  close(): Promise<void>;
} {
  let opening: Promise<FollowStore | null> | null = null;
  return {
    get(options = {}) {
      if (opening) return opening;
      if (options.ifExists && !settings.databaseUrl && !existsSync(settings.pgliteDir)) return Promise.resolve(null);
      opening = openFollowStore(settings);
      return opening;
    },
    async close() {
      const store = await opening?.catch(() => null);
      await store?.close();
      opening = null;
    },
  };
}
