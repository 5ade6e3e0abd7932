// `npx tsx bench/parse-linear.ts [MB…]`: parse time of adversarial minutes (bench/adversarial-minutes.ts) at growing
// sizes, one JSON line per shape and size. Linear parsing shows as time that doubles with the size, not quadruples.
import { parseText } from "../src/parse/index.ts";
import { ADVERSARIAL_SHAPES } from "./adversarial-minutes.ts";

const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["1", "2", "5", "10"]).map(Number);
const only = process.env.BENCH_SHAPE;

for (const [shape, build] of Object.entries(ADVERSARIAL_SHAPES)) {
  if (only && shape !== only) continue;
  for (const mb of sizes) {
    const text = build(mb * 1_000_000);
    const started = performance.now();
    let result = "ok";
    try {
      const m = parseText(text, { source: `${shape}.txt` });
      result = `${m.items.length} items, ${m.votes.length} votes`;
    } catch (error) {
      result = error instanceof Error ? error.message.slice(0, 80) : String(error);
    }
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`${JSON.stringify({ shape, mb, chars: text.length, ms, result })}\n`);
  }
}
