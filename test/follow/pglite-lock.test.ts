// PGlite is one process's database: a second process opening the same data folder fails with one clear message
// (naming the folder and DATABASE_URL), and the CLI prints it as one line rather than an internal error.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DbInUseError, lockPathOf, openDb } from "../../src/follow/db.ts";
import { FOLLOW_TIMEOUTS, pgliteTemplate } from "./engines.ts";

vi.setConfig(FOLLOW_TIMEOUTS);

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function freshFolder(): Promise<{ root: string; db: string }> {
  const root = await mkdtemp(join(tmpdir(), "referat-lock-"));
  dirs.push(root);
  const db = join(root, "follow-db");
  await cp(await pgliteTemplate(), db, { recursive: true });
  return { root, db };
}

/** Runs a child process to its end: exit code, stdout and stderr. */
function run(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return new Promise((done) => {
    const child = spawn(TSX, args, { cwd: ROOT, env: merged });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describe("the embedded follow database is one process's", () => {
  it("refuses a second opening of the same folder while the first is open, and allows it after closing", async () => {
    const { db: dir } = await freshFolder();
    const first = await openDb({ databaseUrl: null, pgliteDir: dir });
    expect(existsSync(lockPathOf(dir))).toBe(true);
    const second = openDb({ databaseUrl: null, pgliteDir: dir });
    await expect(second).rejects.toBeInstanceOf(DbInUseError);
    await expect(second).rejects.toThrow(dir);
    await expect(second).rejects.toThrow(/set DATABASE_URL to a PostgreSQL server to run several/);
    await first.close();
    expect(existsSync(lockPathOf(dir))).toBe(false);
    const again = await openDb({ databaseUrl: null, pgliteDir: dir });
    expect(await again.query("select 1 as one")).toEqual([{ one: 1 }]);
    await again.close();
  });

  it("fails in another process that opens the folder, with one line from the CLI, and names this process", async () => {
    const { root, db: dir } = await freshFolder();
    const held = await openDb({ databaseUrl: null, pgliteDir: dir });
    try {
      const fixtures = join(ROOT, "test/fixtures/records/greve/greve-oekonomiudvalget-2023-03-06.json");
      const out = join(root, "index");
      const r = await run(["src/cli/main.ts", "index", fixtures, "--out", out], {
        REFERAT_DATA: root,
        DATABASE_URL: undefined,
      });
      const lines = r.stderr.trim().split("\n");
      expect(r.code).toBe(1);
      expect(lines).toEqual([
        `referat: the embedded follow database ${dir} is in use by process ${process.pid} (lock file ${dir}.lock); it serves one process only: stop that process, or set DATABASE_URL to a PostgreSQL server to run several`,
      ]);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    } finally {
      await held.close();
    }
  });

  it("takes over the lock of a process that ended without removing it", async () => {
    const { db: dir } = await freshFolder();
    // A child opens the folder and is killed, leaving its lock file behind.
    const r = await run(
      [
        "-e",
        `import("./src/follow/db.ts").then(async (m) => { await m.openDb({ databaseUrl: null, pgliteDir: ${JSON.stringify(dir)} }); process.kill(process.pid, "SIGKILL"); })`,
      ],
      {},
    );
    expect(r.code).not.toBe(0);
    expect(existsSync(lockPathOf(dir))).toBe(true);
    const db = await openDb({ databaseUrl: null, pgliteDir: dir });
    expect(await db.query("select 1 as one")).toEqual([{ one: 1 }]);
    await db.close();
  });
});
