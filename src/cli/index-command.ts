// `referat index [--out DIR] <files or folders…>`: parses minutes and writes the search index (default index-data/).
import { z } from "zod";
import { beforeIndexRun } from "../follow/after-index.ts";
import { buildIndex } from "../ingest/index.ts";
import type { Command } from "./command.ts";
import { LimitFlagsSchema, limitFlag, readLimits } from "./document-limit-flags.ts";
import { CLEAR_LINE, progressBar } from "./progress-bar.ts";

const USAGE =
  "usage: referat index [--out DIR] [--max-document-mb N] [--max-document-lines L] <files or folders…>   (minutes in any registered format; default DIR: index-data, N: 50, L: 100000)";

const ArgsSchema = z
  .object({
    out: z.string().min(1, "--out needs a directory").default("index-data"),
    ...LimitFlagsSchema.shape,
    inputs: z.array(z.string().min(1)).min(1, "no file or folder given"),
  })
  .strict();

/** Reads the arguments into {out, inputs}; returns an error message for anything it does not understand. */
export function parseIndexArgs(args: readonly string[]): z.infer<typeof ArgsSchema> | { error: string } {
  const inputs: string[] = [];
  let out: string | undefined;
  const limits: { maxDocumentMb?: string; maxDocumentLines?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const limit = limitFlag(args, i);
    if (limit) {
      limits[limit.key] = limit.value;
      i += limit.used - 1;
    } else if (arg === "--out" || arg === "-o") {
      out = args[++i] ?? "";
    } else if (arg.startsWith("--out=")) {
      out = arg.slice("--out=".length);
    } else if (arg === "--") {
      inputs.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("-")) {
      return { error: `unknown option ${arg}` };
    } else {
      inputs.push(arg);
    }
  }
  const parsed = ArgsSchema.safeParse({ out, inputs, ...limits });
  return parsed.success ? parsed.data : { error: parsed.error.issues[0]?.message ?? "bad arguments" };
}

export const indexCommand: Command = {
  summary: "parse minutes (files or folders) and write the search index (--out DIR, default index-data)",
  async run(args: string[]): Promise<number> {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const parsed = parseIndexArgs(args);
    if ("error" in parsed) {
      process.stderr.write(`referat index: ${parsed.error}\n${USAGE}\n`);
      return 2;
    }
    const tty = process.stderr.isTTY === true;
    // Following: alerts for the meetings this run adds or changes (sync will call the same hook).
    const follow = await beforeIndexRun(parsed.out);
    const report = await buildIndex(parsed.inputs, {
      outDir: parsed.out,
      ...readLimits(parsed),
      onProgress: tty ? (done, total, file) => process.stderr.write(progressBar(done, total, file)) : undefined,
      onWarning: (file, warning) =>
        process.stderr.write(`${tty ? "\r\x1b[2K" : ""}referat index: ${file}: ${warning}\n`),
    });
    if (tty) process.stderr.write(CLEAR_LINE);
    for (const skip of report.skipped) process.stderr.write(`referat index: skipped ${skip.name}: ${skip.reason}\n`);
    const skipped = report.skipped.length > 0 ? `, ${report.skipped.length} skipped` : "";
    process.stdout.write(
      `indexed ${report.documents} documents, ${report.items} items, ${report.votes} votes into ${report.outDir}` +
        ` in ${(report.milliseconds / 1000).toFixed(1)} s${skipped}\n`,
    );
    if (follow && report.documents > 0) {
      const queued = await follow.queue();
      if (queued.posts > 0) process.stderr.write(`referat index: ${queued.posts} follow alerts queued\n`);
    }
    return report.documents === 0 ? 1 : 0;
  },
};
