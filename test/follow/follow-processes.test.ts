// Exactly once across two bot processes: with DATABASE_URL (a PostgreSQL server; .ci/run starts one, skipped
// without it), two separate processes deliver the same queued alerts at once, and each post is sent once.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openDb } from "../../src/follow/db.ts";
import { createFollowStore, type PendingAlert } from "../../src/follow/store.ts";
import { FOLLOW_TIMEOUTS } from "./engines.ts";

vi.setConfig(FOLLOW_TIMEOUTS);

const url = process.env.DATABASE_URL ?? null;
const ROOT = join(import.meta.dirname, "../..");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function deliverIn(schema: string, out: string, worker: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["test/follow/deliver-process.ts", schema, out, worker], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.on("close", (code) => done({ code, stdout }));
  });
}

describe("alerts across two processes on a PostgreSQL server", () => {
  it.skipIf(!url)("sends each queued post exactly once when two processes deliver at once", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const dir = await mkdtemp(join(tmpdir(), "referat-processes-"));
    const db = await openDb({ databaseUrl: url, pgliteDir: null, schema });
    cleanups.push(async () => {
      await db.query(`drop schema if exists ${schema} cascade`).catch(() => {});
      await db.close();
      await rm(dir, { recursive: true, force: true });
    });
    const store = createFollowStore(db);
    const where = { platform: "slack", workspace: "T1", channel: "C1" };
    await store.subscribe(where, "U1", "Enhedslisten (Ø) i Greve", "da", {
      kind: "party",
      key: "Ø",
      municipality: "Greve",
      terms: [],
    });
    const [s] = await store.all();
    if (!s) throw new Error("no subscription");
    const alerts: PendingAlert[] = Array.from({ length: 24 }, (_, i) => ({
      subscription: s,
      factKey: `fact-${i}`,
      meetingKey: `meeting-${i % 8}`,
      line: `• fact ${i}`,
    }));
    const queued = await store.enqueue(alerts, (_m, group) => ({ text: group.map((a) => a.line).join("\n") }));
    expect(queued).toEqual({ facts: 24, posts: 8 });

    const out = join(dir, "sent.log");
    const runs = await Promise.all([deliverIn(schema, out, "one"), deliverIn(schema, out, "two")]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const totals = runs.map((r) => JSON.parse(r.stdout) as { sent: number; failed: number });
    expect(totals.reduce((n, t) => n + t.sent, 0)).toBe(8);
    expect(totals.reduce((n, t) => n + t.failed, 0)).toBe(0);

    const lines = (await readFile(out, "utf8")).trim().split("\n");
    const texts = lines.map((l) => l.slice(l.indexOf(" ") + 1));
    expect(lines).toHaveLength(8);
    expect(new Set(texts).size).toBe(8);
    const facts = texts.flatMap((t) => (JSON.parse(t) as string).split("\n")).sort();
    expect(facts).toEqual(alerts.map((a) => a.line).sort());
    expect((await store.posts()).map((p) => p.status)).toEqual(Array(8).fill("sent"));
  });
});
