// A separate process delivering the queued alerts of one follow store (for follow-processes.test.ts): opens the
// PostgreSQL schema given in argv, runs the alert sender (one post a round, so two
// processes share the queue) until nothing is left, and appends each post it sends to
// the file given, one line per post ("<worker> <text>"). Prints its totals as JSON.
import { appendFile } from "node:fs/promises";
import { openDb } from "../../src/follow/db.ts";
import { deliverAlerts } from "../../src/follow/deliver.ts";
import { createFollowStore } from "../../src/follow/store.ts";

const [schema, out, worker] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!schema || !out || !worker || !url) throw new Error("usage: deliver-process.ts <schema> <out-file> <worker>");
const store = createFollowStore(await openDb({ databaseUrl: url, pgliteDir: null, schema }));
const senders = {
  slack: async (_channel: string, text: string) => {
    // A slow post, so the other process runs while this one is sending.
    await new Promise((r) => setTimeout(r, 50));
    await appendFile(out, `${worker} ${JSON.stringify(text)}\n`);
  },
};
const total = { sent: 0, failed: 0, rounds: 0 };
for (;;) {
  const r = await deliverAlerts({ store, senders, worker, limit: 1 });
  total.sent += r.sent;
  total.failed += r.failed;
  total.rounds += 1;
  if (r.sent === 0 && r.failed === 0) break;
}
await store.close();
process.stdout.write(`${JSON.stringify(total)}\n`);
