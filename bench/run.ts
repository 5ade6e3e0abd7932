// `npm run bench`: builds indexes of ~1k, 10k and 100k synthetic items in a temp dir and prints one JSON line per
// size — build time, bytes on disk, load time, heap after load, answer and search latency, and plain MiniSearch's
// latency (prefix + fuzzy 0.2) for the same topics over the same items.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeIndex } from "../src/search/index.ts";
import { sha256 } from "../src/search/manifest.ts";
import { benchQuestions } from "./questions.ts";
import { generateMeetings } from "./synthetic-minutes.ts";

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
    const corpus = generateMeetings(size, SEED);
    const items = corpus.meetings.reduce((n, m) => n + m.items.length, 0);
    const questions = benchQuestions(corpus, QUESTIONS);
    await writeFile(join(dir, "questions.json"), JSON.stringify(questions));
    const inputs = corpus.meetings.map((meeting) => ({
      name: meeting.source,
      sha256: sha256(meeting.source),
      bytes: 0,
      meeting,
    }));
    const started = performance.now();
    const manifest = await writeIndex(inputs, [], dir);
    const buildMs = Math.round(performance.now() - started);
    const bytes = Object.values(manifest.files).reduce((sum, f) => sum + f.bytes, 0);
    inputs.length = 0;
    const referat = probe(["referat", dir]);
    // Plain MiniSearch is slow at 100k items: fewer queries there keep the benchmark within minutes.
    const mini = probe(["minisearch", dir, String(size), String(SEED), String(size >= 100_000 ? 40 : QUESTIONS)]);
    process.stdout.write(
      `${JSON.stringify({
        items,
        meetings: corpus.meetings.length,
        votes: manifest.counts.votes,
        source: "synthetic Meeting objects (not parsed text)",
        buildMs,
        indexBytes: bytes,
        ...referat,
        minisearch: mini,
      })}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
