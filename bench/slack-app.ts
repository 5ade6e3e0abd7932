// The Slack app under load, in its own process: the real entry point (adapters/main.ts run()) with the settings the
// load script passes in the environment. Answers "memory" over IPC with this process's memory after a GC.
import { run } from "../adapters/main.ts";

const gc = (globalThis as { gc?: () => void }).gc;
const running = await run({ envFile: null });

process.on("message", (message: unknown) => {
  if (message === "memory") {
    gc?.();
    const m = process.memoryUsage();
    process.send?.({ kind: "memory", rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) });
  } else if (message === "stop") {
    void running.stop().then(() => process.exit(0));
  }
});
process.send?.({ kind: "ready" });

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
