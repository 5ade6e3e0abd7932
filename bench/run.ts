// `npm run bench [-- --real DIR]`: builds indexes of ~1k, 10k and 100k synthetic items in a temp dir and prints one
// JSON line per size — build time, index bytes on disk, load time, heap after load, answer and search latency,
// plain MiniSearch's latency (prefix + fuzzy 0.2) for the same topics, and the typo look-up both ways (our scan
// of the term list beside MiniSearch's SearchableMap radix tree). Then one line for the real Greve corpus
// (FirstAgenda JSON, read from ../shared/real/firstagenda/greve or --real DIR), answering 30 questions about it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_TERM_LOOKUP, type TermLookupKind } from "../src/search/term-lookup.ts";
import { GREVE_QUESTIONS } from "./greve-questions.ts";
import { runRecordBench } from "./records.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").filter(Boolean).map(Number);
const QUESTIONS = 120;
const SEED = 1;
const here = import.meta.dirname;
const { values } = parseArgs({ options: { real: { type: "string" } }, strict: true });
const REAL = resolve(values.real ?? join(here, "../../shared/real/firstagenda/greve"));
const KINDS: readonly TermLookupKind[] = ["scan", "radix"];

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

/** The loaded index timed with each typo look-up; the chosen one's figures are the line's, both are shown. */
function timeBothLookups(dir: string): Record<string, unknown> {
  const runs = Object.fromEntries(KINDS.map((kind) => [kind, probe(["referat", dir, kind])]));
  const side = Object.fromEntries(
    KINDS.map((kind) => {
      const r = runs[kind] as { termLookup?: object; answer?: object; error?: string };
      return [kind, { ...(r.termLookup ?? {}), answer: r.answer ?? null, ...(r.error ? { error: r.error } : {}) }];
    }),
  );
  const { termLookup: _, ...chosen } = runs[DEFAULT_TERM_LOOKUP] as Record<string, unknown>;
  return { ...chosen, termLookup: { used: DEFAULT_TERM_LOOKUP, ...side } };
}

for (const size of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `referat-bench-${size}-`));
  try {
    // Each step runs in its own process and this one holds nothing meanwhile: with the 100k-item corpus and its
    // build still in this process, the probe measured the load about a second slower (2.4 s against 1.3 s).
    const built = probe(["build", dir, String(size), String(SEED), String(QUESTIONS)]);
    const referat = timeBothLookups(dir);
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

if (!existsSync(REAL)) {
  process.stdout.write(
    `${JSON.stringify({ source: "real Greve FirstAgenda JSON", missing: `${REAL} not found: no real-corpus line (give one with npm run bench -- --real DIR)` })}\n`,
  );
} else {
  const dir = await mkdtemp(join(tmpdir(), "referat-bench-greve-"));
  try {
    const questions = join(dir, "greve-questions.json");
    await writeFile(questions, JSON.stringify(GREVE_QUESTIONS));
    const built = probe(["build-real", dir, REAL, questions]);
    const referat = built.error ? {} : timeBothLookups(dir);
    process.stdout.write(
      `${JSON.stringify({
        source: `real Greve FirstAgenda JSON (${REAL}), parsed by the readers`,
        meetings: built.meetings,
        items: built.items,
        votes: built.votes,
        skipped: built.skipped,
        buildMs: built.buildMs,
        indexBytes: built.indexBytes,
        ...(built.error ? { buildError: built.error } : {}),
        ...referat,
      })}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
// Record answers over the real Greve archive (its own line; see records.ts).
await runRecordBench();
