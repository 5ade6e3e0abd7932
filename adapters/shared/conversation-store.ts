// Remembers what each conversation (a Slack thread, a Discord channel and user) was last about, for follow-ups.
import type { ConversationContext } from "../../src/domain/index.ts";

export interface ConversationStoreOptions {
  /** A conversation idle this long starts afresh. Default 30 minutes. */
  ttlMs?: number;
  /** Oldest conversations are forgotten beyond this many. Default 5 000. */
  maxEntries?: number;
  now?: () => number;
}

export interface ConversationStore {
  get(key: string): ConversationContext | null;
  set(key: string, context: ConversationContext): void;
}

export function createConversationStore(options: ConversationStoreOptions = {}): ConversationStore {
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order; re-inserting on set makes the first key the least recently used.
  const entries = new Map<string, { context: ConversationContext; at: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (now() - entry.at > ttlMs) {
        entries.delete(key);
        return null;
      }
      return entry.context;
    },
    set(key, context) {
      entries.delete(key);
      entries.set(key, { context, at: now() });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
