// The Slack app under load, in its own process: the real entry point (adapters/main.ts run()) with the settings the
// load script passes in the environment. Answers "memory" over IPC with this process's memory after a GC, and "acks"
// with the app's own acknowledgement times for POST /slack/events since the last "acks": from the moment Node
// parsed the request's headers to the moment the response was handed to the socket (Node's built-in http
// diagnostics channels, so the adapter is measured as it runs, without hooks of its own).
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { run } from "../adapters/main.ts";

const gc = (globalThis as { gc?: () => void }).gc;
const running = await run({ envFile: null });

const received = new WeakMap<IncomingMessage, number>();
let ackMs: number[] = [];
subscribe("http.server.request.start", (message) => {
  const { request } = message as { request: IncomingMessage };
  if (request.method === "POST" && request.url?.startsWith("/slack/events")) received.set(request, performance.now());
});
subscribe("http.server.response.finish", (message) => {
  const { request } = message as { request: IncomingMessage };
  const at = received.get(request);
  if (at !== undefined) ackMs.push(performance.now() - at);
});

process.on("message", (message: unknown) => {
  if (message === "memory") {
    gc?.();
    const m = process.memoryUsage();
    process.send?.({ kind: "memory", rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) });
  } else if (message === "acks") {
    process.send?.({ kind: "acks", ackMs });
    ackMs = [];
  } else if (message === "stop") {
    void running.stop().then(() => process.exit(0));
  }
});
process.send?.({ kind: "ready" });

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
