// The two engines the follow store runs on, for tests: embedded PGlite, and the PostgreSQL server named by
// DATABASE_URL (CI starts one; without it those tests are skipped with a notice).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, openDb } from "../../src/follow/db.ts";

export interface Engine {
  name: "pglite" | "postgres";
  available: boolean;
  /** A fresh database: a new PGlite folder, or a new schema on the server. `again` reopens the same one. */
  fresh(): Promise<{ open: () => Promise<Db>; cleanup: () => Promise<void> }>;
}

const url = process.env.DATABASE_URL ?? null;
let noticed = false;
if (!url && !noticed) {
  noticed = true;
  process.stderr.write("follow store: DATABASE_URL is not set; the tests against a PostgreSQL server are skipped\n");
}

/** Opening databases is slow on a loaded machine (PGlite runs PostgreSQL in WebAssembly): generous timeouts. */
export const FOLLOW_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 120_000 };

export const ENGINES: Engine[] = [
  {
    name: "pglite",
    available: true,
    async fresh() {
      const dir = await mkdtemp(join(tmpdir(), "referat-follow-"));
      await cp(await pgliteTemplate(), dir, { recursive: true });
      return {
        open: () => openDb({ databaseUrl: null, pgliteDir: dir }),
        cleanup: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    available: url !== null,
    async fresh() {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      return {
        open: () => openDb({ databaseUrl: url, pgliteDir: null, schema }),
        async cleanup() {
          const db = await openDb({ databaseUrl: url, pgliteDir: null });
          await db.query(`drop schema if exists ${schema} cascade`);
          await db.close();
        },
      };
    },
  },
];

/**
 * An empty PGlite data folder, made once and copied for each test: creating one runs initdb in WebAssembly, which
 * takes seconds (half a minute on a loaded machine); opening a copy takes a fraction of that.
 */
export async function pgliteTemplate(): Promise<string> {
  const { PGlite } = await import("@electric-sql/pglite");
  const manifest = JSON.parse(await readFile("package.json", "utf8")) as { dependencies: Record<string, string> };
  const version = manifest.dependencies["@electric-sql/pglite"] ?? "unknown";
  const template = join(tmpdir(), `referat-pglite-template-${version}`);
  if (existsSync(join(template, "PG_VERSION"))) return template;
  const building = await mkdtemp(join(tmpdir(), "referat-pglite-building-"));
  const db = new PGlite(building);
  await db.waitReady;
  await db.close();
  // Two test files may build it at once: the first rename wins, the other copy is dropped.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}
