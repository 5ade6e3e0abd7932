// `npm run bench:parse [-- MB…]`: parse time and memory of adversarial minutes (bench/adversarial-minutes.ts), one
// JSON line per shape and size. Each case runs in its own child process so its peak RSS is its own. Linear parsing
// shows as time that doubles with the size, not quadruples. BENCH_SHAPE=name runs one shape.
//
// `npm run bench:index [-- MB…]` (`--index`): the whole `index` path instead, as a user runs it: each shape is written
// to a file first, then a child process builds an index of it with the default limits (size, lines, votes) and
// prints its peak RSS beside its RSS before reading, and whether the file was indexed or refused.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIndex } from "../src/ingest/index.ts";
import { parseText } from "../src/parse/index.ts";
import { ADVERSARIAL_SHAPES } from "./adversarial-minutes.ts";

const MB = 1024 * 1024;

/** One case in this process: build, parse, print one JSON line. */
function runCase(shape: string, mb: number): void {
  const build = ADVERSARIAL_SHAPES[shape];
  if (!build) throw new Error(`no shape ${shape}`);
  const text = build(mb * 1_000_000);
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let result: string;
  try {
    const m = parseText(text, { source: `${shape}.txt` });
    result = `${m.items.length} items, ${m.votes.length} votes`;
  } catch (error) {
    result = error instanceof Error ? error.message.slice(0, 80) : String(error);
  }
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({
      shape,
      mb,
      chars: text.length,
      ms,
      cpuMs,
      peakRssMB,
      rssBeforeParseMB: Math.round(rssBefore / MB),
      peakHeapMB: Math.round(peakHeap / MB),
      result,
    })}\n`,
  );
}

/** One index case in this process: build an index of the file as `referat index` does, print one JSON line. */
async function runIndexCase(shape: string, mb: number, file: string, out: string): Promise<void> {
  const rssBeforeMB = Math.round(process.memoryUsage().rss / MB);
  const started = performance.now();
  const report = await buildIndex([file], { outDir: out });
  const ms = Math.round(performance.now() - started);
  const result =
    report.skipped[0]?.reason ?? `indexed: ${report.items} items, ${report.votes} votes, ${report.upcoming} upcoming`;
  process.stdout.write(
    `${JSON.stringify({ shape, mb, ms, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rssBeforeMB, result })}\n`,
  );
}

const child = process.env.BENCH_PARSE_CASE;
if (child) {
  const [shape, mb, file, out] = JSON.parse(child) as [string, number, string?, string?];
  if (file && out) await runIndexCase(shape, mb, file, out);
  else runCase(shape, mb);
} else {
  const args = process.argv.slice(2);
  const index = args.includes("--index");
  const numbers = args.filter((a) => a !== "--index");
  const sizes = (numbers.length > 0 ? numbers : index ? ["10", "45"] : ["1", "10"]).map(Number);
  const only = process.env.BENCH_SHAPE;
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), "referat-bench-index-"));
  try {
    for (const shape of Object.keys(ADVERSARIAL_SHAPES)) {
      if (only && shape !== only) continue;
      for (const mb of sizes) {
        const file = join(dir, `${shape.replaceAll(" ", "-")}-${mb}.txt`);
        if (index) writeFileSync(file, (ADVERSARIAL_SHAPES[shape] as (bytes: number) => string)(mb * 1_000_000));
        const run = spawnSync(process.execPath, [...process.execArgv, self], {
          env: {
            ...process.env,
            BENCH_PARSE_CASE: JSON.stringify(index ? [shape, mb, file, join(dir, "index")] : [shape, mb]),
          },
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
        });
        process.stdout.write(run.stdout || `${JSON.stringify({ shape, mb, error: `exit ${run.status}` })}\n`);
        if (index) rmSync(file, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
