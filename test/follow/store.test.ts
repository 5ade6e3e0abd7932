import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../src/follow/db.ts";
import { deliverAlerts } from "../../src/follow/deliver.ts";
import { createFollowStore, type FollowStore, type PendingAlert, type Subscription } from "../../src/follow/store.ts";
import { ENGINES, FOLLOW_TIMEOUTS } from "./engines.ts";

vi.setConfig(FOLLOW_TIMEOUTS);

const where = { platform: "slack", workspace: "T1", channel: "C1" };
const party = { kind: "party" as const, key: "Ø", municipality: "Greve", terms: [] };

describe.each(ENGINES)("the follow store on $name", (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  const open = async (): Promise<{ store: FollowStore; reopen: () => Promise<FollowStore> }> => {
    const fresh = await engine.fresh();
    const stores: Db[] = [];
    const make = async () => {
      const db = await fresh.open();
      stores.push(db);
      return createFollowStore(db);
    };
    cleanups.push(async () => {
      for (const db of stores) await db.close().catch(() => {});
      await fresh.cleanup();
    });
    return { store: await make(), reopen: make };
  };
  const alert = (s: Subscription, fact: string, meeting = "m1"): PendingAlert => ({
    subscription: s,
    factKey: fact,
    meetingKey: meeting,
    line: `• ${fact}`,
  });
  const render = (_m: string, group: readonly PendingAlert[]) => ({ text: group.map((a) => a.line).join("\n") });

  it.skipIf(!engine.available)("applies its migrations once, and again on reopening changes nothing", async () => {
    const { store, reopen } = await open();
    await store.close();
    const again = await reopen();
    const rows = await again.db.query<{ version: number }>("select version from follow_migrations");
    expect(rows.map((r) => Number(r.version))).toEqual([1]);
  });

  it.skipIf(!engine.available)("keeps one subscription per channel and thing, removable only by its user", async () => {
    const { store } = await open();
    expect(await store.subscribe(where, "U1", "Enhedslisten (Ø) i Greve", "da", party)).toBe(true);
    expect(await store.subscribe(where, "U2", "Enhedslisten (Ø) i Greve", "da", party)).toBe(false);
    expect(await store.unsubscribe(where, "U2", party)).toBe(0);
    expect((await store.userSubscriptions("slack", "T1", "U1")).map((s) => s.label)).toEqual([
      "Enhedslisten (Ø) i Greve",
    ]);
    expect(await store.unsubscribe(where, "U1", party)).toBe(1);
    expect(await store.all()).toEqual([]);
  });

  it.skipIf(!engine.available)(
    "records each subscription and fact once, and posts it once, also after a restart",
    async () => {
      const { store, reopen } = await open();
      await store.subscribe(where, "U1", "Ø", "da", party);
      const [s] = await store.all();
      if (!s) throw new Error("no subscription");
      const alerts = [alert(s, "f1"), alert(s, "f2"), alert(s, "f3", "m2")];
      expect(await store.enqueue(alerts, render)).toEqual({ facts: 3, posts: 2 });
      expect(await store.enqueue(alerts, render)).toEqual({ facts: 0, posts: 0 });
      const sent: string[] = [];
      const senders = { slack: async (channel: string, text: string) => void sent.push(`${channel}:${text}`) };
      expect(await deliverAlerts({ store, senders })).toEqual({ sent: 2, failed: 0 });
      expect(sent).toEqual(["C1:• f1\n• f2", "C1:• f3"]);
      await store.close();
      const restarted = await reopen();
      expect(await deliverAlerts({ store: restarted, senders })).toEqual({ sent: 0, failed: 0 });
      expect(await restarted.enqueue(alerts, render)).toEqual({ facts: 0, posts: 0 });
      expect(sent).toHaveLength(2);
    },
  );

  it.skipIf(!engine.available)("retries a failed post and sends it once", async () => {
    const { store } = await open();
    await store.subscribe(where, "U1", "Ø", "da", party);
    const [s] = await store.all();
    if (!s) throw new Error("no subscription");
    await store.enqueue([alert(s, "f1")], render);
    let fail = true;
    const sent: string[] = [];
    const senders = {
      slack: async (_c: string, text: string) => {
        if (fail) {
          fail = false;
          throw new Error("not_in_channel");
        }
        sent.push(text);
      },
    };
    expect(await deliverAlerts({ store, senders, retryMs: 0 })).toEqual({ sent: 0, failed: 1 });
    expect((await store.posts())[0]).toMatchObject({ status: "failed", lastError: "not_in_channel", attempts: 1 });
    expect(await deliverAlerts({ store, senders, retryMs: 0 })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverAlerts({ store, senders, retryMs: 0 })).toEqual({ sent: 0, failed: 0 });
    expect(sent).toEqual(["• f1"]);
    expect((await store.posts())[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it.skipIf(!engine.available)("never sends a post twice when two processes queue and deliver at once", async () => {
    const { store, reopen } = await open();
    // PGlite is one process's database: its "second process" is a second handle only on a server.
    const other = engine.name === "postgres" ? await reopen() : store;
    await store.subscribe(where, "U1", "Ø", "da", party);
    const [s] = await store.all();
    if (!s) throw new Error("no subscription");
    const alerts = Array.from({ length: 12 }, (_, i) => alert(s, `f${i}`, `m${i % 4}`));
    const queued = await Promise.all([store.enqueue(alerts, render), other.enqueue(alerts, render)]);
    expect(queued.reduce((n, q) => n + q.facts, 0)).toBe(12);
    expect(queued.reduce((n, q) => n + q.posts, 0)).toBe(4);
    const sent: string[] = [];
    const senders = { slack: async (_c: string, text: string) => void sent.push(text) };
    await Promise.all([
      deliverAlerts({ store, senders, worker: "a" }),
      deliverAlerts({ store: other, senders, worker: "b" }),
      deliverAlerts({ store, senders, worker: "c" }),
    ]);
    expect(sent.sort()).toEqual([...new Set(sent)].sort());
    expect(sent).toHaveLength(4);
  });
});
