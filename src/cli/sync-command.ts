// `referat sync [--sources FILE] [--data DIR] [--index DIR] [--json]`: fetches new and changed meetings from the
// municipalities' publishing systems into DIR (one file per meeting), then rebuilds the index from what is stored.
import { parseArgs } from "node:util";
import { z } from "zod";
import { type SyncOutcome, syncAndIndex } from "../ingest/sync/sync-and-index.ts";
import { readSyncSources, SyncSourcesError } from "../ingest/sync/sync-sources.ts";
import type { PoliteClientOptions } from "../sources/polite-client.ts";
import type { Command } from "./command.ts";
import { CLEAR_LINE, progressBar } from "./progress-bar.ts";

const USAGE =
  "usage: referat sync [--sources FILE] [--data DIR] [--index DIR] [--json]   (defaults: sources.json, data, index-data)";

const ArgsSchema = z
  .object({
    sources: z.string().min(1, "--sources needs a file"),
    data: z.string().min(1, "--data needs a directory"),
    index: z.string().min(1, "--index needs a directory"),
    json: z.boolean(),
  })
  .strict();
export type SyncArgs = z.infer<typeof ArgsSchema>;

/** Reads the arguments; returns an error message for anything it does not understand. */
export function parseSyncArgs(args: readonly string[]): SyncArgs | { error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        sources: { type: "string" },
        data: { type: "string" },
        index: { type: "string" },
        json: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0] ?? "bad arguments" };
  }
  const parsed = ArgsSchema.safeParse({
    sources: values.sources ?? "sources.json",
    data: values.data ?? "data",
    index: values.index ?? "index-data",
    json: values.json === true,
  });
  return parsed.success ? parsed.data : { error: parsed.error.issues[0]?.message ?? "bad arguments" };
}

export interface SyncIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Overrides of the polite client's defaults (tests shorten pauses and timeouts). */
  client?: Partial<PoliteClientOptions>;
}

/** Runs sync with parsed arguments; resolves to the exit code (1 when any meeting or site failed). */
export async function runSync(args: SyncArgs, io: SyncIo): Promise<number> {
  let sources: Awaited<ReturnType<typeof readSyncSources>>;
  try {
    sources = await readSyncSources(args.sources);
  } catch (error) {
    if (!(error instanceof SyncSourcesError)) throw error;
    io.stderr.write(`referat sync: ${error.message}\n`);
    return 2;
  }
  const tty = io.stderr.isTTY === true;
  const outcome: SyncOutcome = await syncAndIndex({
    sources,
    dataDir: args.data,
    indexDir: args.index,
    client: io.client ?? {},
    onProgress: tty ? (done, total, label) => io.stderr.write(progressBar(done, total, label)) : undefined,
    onBadStoredFile: (path, reason) =>
      io.stderr.write(`referat sync: stored ${path} cannot be read (${reason}); fetching it again\n`),
  });
  if (tty) io.stderr.write(CLEAR_LINE);
  const { meetings } = outcome.sync;
  for (const f of outcome.sync.failures) {
    const what = f.meeting ? `meeting ${f.meeting}` : "committee list";
    io.stderr.write(`referat sync: ${f.municipality}: ${what} failed (retried next run): ${f.reason}\n`);
  }
  for (const s of outcome.index?.skipped ?? []) io.stderr.write(`referat sync: not indexed ${s.name}: ${s.reason}\n`);
  if (outcome.indexError) io.stderr.write(`referat sync: the index was not rebuilt: ${outcome.indexError}\n`);
  const items = outcome.index?.items ?? 0;
  const votes = outcome.index?.votes ?? 0;
  io.stdout.write(
    `synced ${sources.length} source${sources.length === 1 ? "" : "s"}: ${meetings.new} new, ${meetings.updated} updated, ` +
      `${meetings.unchanged} unchanged, ${meetings.failed} failed meetings; ` +
      (outcome.index
        ? `indexed ${outcome.index.documents} meetings, ${items} items, ${votes} votes into ${args.index}`
        : "index not rebuilt") +
      ` in ${(outcome.milliseconds / 1000).toFixed(1)} s\n`,
  );
  if (args.json) io.stdout.write(`${JSON.stringify({ meetings, items, votes })}\n`);
  const failed = outcome.sync.failures.length > 0 || outcome.indexError !== null;
  return failed ? 1 : 0;
}

export const syncCommand: Command = {
  summary: "fetch new and changed meetings from sources.json's sites into --data and rebuild the index",
  async run(args: string[]): Promise<number> {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const parsed = parseSyncArgs(args);
    if ("error" in parsed) {
      process.stderr.write(`referat sync: ${parsed.error}\n${USAGE}\n`);
      return 2;
    }
    return runSync(parsed, { stdout: process.stdout, stderr: process.stderr });
  },
};
