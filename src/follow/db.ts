// One SQL seam for the follow store: embedded PGlite (PostgreSQL in WebAssembly, in the data folder) by default,
// a PostgreSQL server when DATABASE_URL is set. Both run the same SQL and the same migrations.
import { unlinkSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { MIGRATIONS } from "./migrations.ts";

export interface Queryable {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://… : a PostgreSQL server. Null: PGlite in `pgliteDir`. */
  databaseUrl: string | null;
  /** Folder of the embedded database (created when missing); null keeps it in memory (tests). */
  pgliteDir: string | null;
  /** A schema of its own (created when missing), so tests can share one server; default public. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the database and brings its schema up to date. */
export async function openDb(options: DbOptions): Promise<Db> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`follow store: schema name ${JSON.stringify(schema)} is not allowed`);
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, schema)
    : await openPglite(options.pgliteDir, schema);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * A second process opening the same embedded database: PGlite is one process's database, and two would corrupt
 * it. The message is the whole report (the CLI and `npm start` print it as one line).
 */
export class DbInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded follow database ${dir} is in use by process ${pid} (lock file ${lockPathOf(dir)}); it serves one process only: stop that process, or set DATABASE_URL to a PostgreSQL server to run several`,
    );
    this.name = "DbInUseError";
  }
}

/** The lock file beside the data folder, named after it: `<folder>.lock`, holding the owner's pid. */
export function lockPathOf(dir: string): string {
  return `${resolve(dir)}.lock`;
}

/** Lock files this process holds, removed on exit however it ends. */
const held = new Set<string>();
let exitHook = false;

async function lockPglite(dir: string): Promise<() => Promise<void>> {
  const path = lockPathOf(dir);
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify({ pid: process.pid, dir: resolve(dir) })}\n`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST" || attempt > 0) throw error;
      const pid = await readFile(path, "utf8")
        .then((t) => Number((JSON.parse(t) as { pid?: unknown }).pid))
        .catch(() => Number.NaN);
      // Held by a live process (or by this one, still open): refuse. A dead owner's file is stale: take it over.
      if (Number.isInteger(pid) && (pid === process.pid ? held.has(path) : alive(pid))) {
        throw new DbInUseError(resolve(dir), pid);
      }
      await rm(path, { force: true });
    }
  }
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.on("exit", () => {
      for (const p of held) {
        try {
          unlinkSync(p);
        } catch {
          // Already gone.
        }
      }
    });
  }
  return async () => {
    held.delete(path);
    await rm(path, { force: true });
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

async function openPglite(dir: string | null, schema: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (dir) await mkdir(dir, { recursive: true });
  const unlock = dir ? await lockPglite(dir) : async () => {};
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = new PGlite(dir ?? undefined);
    await pg.waitReady;
  } catch (error) {
    await unlock();
    throw error;
  }
  if (schema !== "public") await pg.exec(`create schema if not exists ${schema}; set search_path to ${schema};`);
  // PGlite is one connection: transactions are serialised by it.
  return {
    engine: "pglite",
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return pg.transaction(async (tx) =>
        fn({
          async query<R>(sql: string, params: unknown[] = []) {
            return (await tx.query<R>(sql, params)).rows;
          },
        }),
      );
    },
    async close() {
      try {
        await pg.close();
      } finally {
        await unlock();
      }
    },
  };
}

async function openPostgres(url: string, schema: string): Promise<Db> {
  const { default: pg } = await import("pg");
  // Bigint ids and counts come back as strings; ours fit in a number.
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema !== "public" ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  if (schema !== "public") await pool.query(`create schema if not exists ${schema}`).catch(ignoreDuplicate);
  return {
    engine: "postgres",
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn({
          async query<R>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as R[];
          },
        });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Two processes creating one schema at once: the loser's "already exists" is fine. */
function ignoreDuplicate(error: unknown): void {
  const code = (error as { code?: string }).code;
  if (code !== "23505" && code !== "42P06") throw error;
}

/** Applies the migrations not yet applied, in order, under a lock so two processes never run one twice. */
async function migrate(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(724001)");
    await tx.query(
      "create table if not exists follow_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
    );
    const done = new Set(
      (await tx.query<{ version: number }>("select version from follow_migrations")).map((r) => Number(r.version)),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements) await tx.query(statement);
      await tx.query("insert into follow_migrations (version, name) values ($1, $2)", [m.version, m.name]);
    }
  });
}
