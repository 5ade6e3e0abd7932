// `npm run bench:parse [-- MB…]`: parse time and memory of adversarial minutes (bench/adversarial-minutes.ts), one
// JSON line per shape and size. Each case runs in its own child process so its peak RSS is its own. Linear parsing
// shows as time that doubles with the size, not quadruples. BENCH_SHAPE=name runs one shape.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
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

const child = process.env.BENCH_PARSE_CASE;
if (child) {
  const [shape, mb] = JSON.parse(child) as [string, number];
  runCase(shape, mb);
} else {
  const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["1", "10"]).map(Number);
  const only = process.env.BENCH_SHAPE;
  const self = fileURLToPath(import.meta.url);
  for (const shape of Object.keys(ADVERSARIAL_SHAPES)) {
    if (only && shape !== only) continue;
    for (const mb of sizes) {
      const run = spawnSync(process.execPath, [...process.execArgv, self], {
        env: { ...process.env, BENCH_PARSE_CASE: JSON.stringify([shape, mb]) },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      process.stdout.write(run.stdout || `${JSON.stringify({ shape, mb, error: `exit ${run.status}` })}\n`);
    }
  }
}
