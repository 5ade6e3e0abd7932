// `npm run bench`: builds indexes of ~1k, 10k and 100k synthetic items in a temp dir and prints one JSON line per
// size — build time, bytes on disk, load time, heap after load, answer and search latency, and plain MiniSearch's
// latency (prefix + fuzzy 0.2) for the same topics over the same items.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRecordBench } from "./records.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const QUESTIONS = 120;
const SEED = 1;
const here = import.meta.dirname;

function probe(args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(here, "probe.ts"), ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 2 ** 20,
  });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { error: (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ") };
  }
}

for (const size of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `referat-bench-${size}-`));
  try {
    // Each step runs in its own process and this one holds nothing meanwhile: with the 100k-item corpus and its
    // build still in this process, the probe measured the load about a second slower (2.4 s against 1.3 s).
    const built = probe(["build", dir, String(size), String(SEED), String(QUESTIONS)]);
    const referat = probe(["referat", dir]);
    // Plain MiniSearch is slow at 100k items: fewer queries there keep the benchmark within minutes.
    const mini = probe(["minisearch", dir, String(size), String(SEED), String(size >= 100_000 ? 40 : QUESTIONS)]);
    process.stdout.write(
      `${JSON.stringify({
        items: built.items,
        meetings: built.meetings,
        votes: built.votes,
        source: "synthetic Meeting objects (not parsed text)",
        buildMs: built.buildMs,
        indexBytes: built.indexBytes,
        ...(built.error ? { buildError: built.error } : {}),
        ...referat,
        minisearch: mini,
      })}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Record answers over the real Greve archive (its own line; see records.ts).
await runRecordBench();
