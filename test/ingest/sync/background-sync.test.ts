import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSwappableAssistant } from "../../../src/assistant.ts";
import { syncAndIndex } from "../../../src/ingest/sync/sync-and-index.ts";
import { scheduleSync } from "../../../src/ingest/sync/sync-schedule.ts";
import type { SyncSource } from "../../../src/ingest/sync/sync-sources.ts";
import { loadIndex } from "../../../src/search/index.ts";
import {
  type FirstAgendaStandIn,
  GREVE_FIXTURES,
  GREVE_SIX,
  startFirstAgendaStandIn,
} from "../../harness/firstagenda-stand-in.ts";

let site: FirstAgendaStandIn;
let dir: string;
let source: SyncSource;

beforeEach(async () => {
  site = await startFirstAgendaStandIn({ dir: GREVE_FIXTURES, files: GREVE_SIX });
  dir = await mkdtemp(join(tmpdir(), "referat-background-"));
  source = { municipality: "Greve", system: "firstagenda", url: site.url };
});
afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const CONCERT = "Hvad besluttede Kultur- og Fritidsudvalget om Nytårskoncerten 2025?";

describe("background sync", () => {
  it("swaps in the rebuilt index while questions are being asked, dropping none", async () => {
    const concert = site.ids.get("greve-kultur-og-fritidsudvalget-2025-03-26.json") as string;
    site.unlist(concert);
    const sync = () =>
      syncAndIndex({
        sources: [source],
        dataDir: join(dir, "data"),
        indexDir: join(dir, "index"),
        client: { pauseMs: 0, timeoutMs: 5000 },
      });
    await sync();
    const assistant = createSwappableAssistant(await loadIndex(join(dir, "index")));
    const before = await assistant.ask(CONCERT, { today: "2025-06-01" });
    expect(before.citations.some((c) => c.url?.includes(concert))).toBe(false);

    site.list(concert);
    let asking = true;
    const answers: Promise<unknown>[] = [];
    const ask = async () => {
      while (asking) {
        answers.push(assistant.ask(CONCERT, { today: "2025-06-01" }));
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const asker = ask();
    const schedule = scheduleSync({
      everyMs: 3_600_000,
      run: async () => {
        const outcome = await sync();
        expect(outcome.sync.meetings.new).toBe(1);
        assistant.swap(await loadIndex(join(dir, "index")));
      },
      onError: (error) => {
        throw error;
      },
      runAtStart: false,
    });
    await schedule.runNow();
    schedule.stop();
    asking = false;
    await asker;
    const settled = await Promise.allSettled(answers);
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((s) => s.status === "fulfilled")).toBe(true);
    const after = await assistant.ask(CONCERT, { today: "2025-06-01" });
    expect(after.status).toBe("found");
    expect(after.citations[0]?.url).toContain(`${site.url}/vis?id=${concert}&punktid=`);
  });

  it("runs one sync at a time and none after stop", async () => {
    let runs = 0;
    let release: () => void = () => {};
    const schedule = scheduleSync({
      everyMs: 3_600_000,
      run: () => {
        runs += 1;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      onError: () => {},
    });
    const again = schedule.runNow();
    expect(runs).toBe(1);
    release();
    await again;
    schedule.stop();
    await schedule.runNow();
    expect(runs).toBe(1);
  });

  it("npm start with SYNC_EVERY and a sources file syncs before serving when no index exists yet", async () => {
    const sources = join(dir, "sources.json");
    await writeFile(sources, JSON.stringify([source]));
    const child = spawn("node_modules/.bin/tsx", ["adapters/main.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        SYNC_EVERY: "6h",
        SYNC_SOURCES: sources,
        DATA_DIR: join(dir, "data"),
        INDEX_DIR: join(dir, "index"),
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => {
      stdout += String(c);
    });
    child.stderr.on("data", (c) => {
      stderr += String(c);
    });
    child.stdin.end(`${CONCERT}\n`);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const concert = site.ids.get("greve-kultur-og-fritidsudvalget-2025-03-26.json") as string;
    expect(stdout).toContain(`${site.url}/vis?id=${concert}&punktid=`);
  }, 60_000);
});
