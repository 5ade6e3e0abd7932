// `--max-document-mb N` and `--max-document-lines N`: the per-document limits of `parse` and `index` (defaults in
// src/ingest/document-limits.ts), validated.
import { z } from "zod";

/** A positive number of megabytes, given as text on the command line. */
export const MaxDocumentMbSchema = z.coerce
  .number({ error: "--max-document-mb needs a number of megabytes" })
  .positive("--max-document-mb needs a positive number of megabytes")
  .max(4096, "--max-document-mb is at most 4096");

/** A positive whole number of lines, given as text on the command line. */
export const MaxDocumentLinesSchema = z.coerce
  .number({ error: "--max-document-lines needs a number of lines" })
  .int("--max-document-lines needs a whole number of lines")
  .positive("--max-document-lines needs a positive number of lines")
  .max(100_000_000, "--max-document-lines is at most 100000000");

/** Both flags, each optional (the defaults stand). */
export const LimitFlagsSchema = z.object({
  maxDocumentMb: MaxDocumentMbSchema.optional(),
  maxDocumentLines: MaxDocumentLinesSchema.optional(),
});

/** The two flags' names and the option each sets, for the commands' argument loops. */
export const LIMIT_FLAGS = {
  "--max-document-mb": "maxDocumentMb",
  "--max-document-lines": "maxDocumentLines",
} as const;

type LimitFlag = keyof typeof LIMIT_FLAGS;

/** The flag an argument sets ("--max-document-mb 5" or "--max-document-mb=5"), and how many arguments it took. */
export function limitFlag(
  args: readonly string[],
  i: number,
): { key: (typeof LIMIT_FLAGS)[LimitFlag]; value: string; used: number } | null {
  const arg = args[i] ?? "";
  for (const flag of Object.keys(LIMIT_FLAGS) as LimitFlag[]) {
    const key = LIMIT_FLAGS[flag];
    if (arg === flag) return { key, value: args[i + 1] ?? "", used: 2 };
    if (arg.startsWith(`${flag}=`)) return { key, value: arg.slice(flag.length + 1), used: 1 };
  }
  return null;
}

/** Read options from validated flags: megabytes to bytes, lines as given. */
export function readLimits(flags: { maxDocumentMb?: number | undefined; maxDocumentLines?: number | undefined }): {
  maxDocumentBytes?: number;
  maxDocumentLines?: number;
} {
  return {
    ...(flags.maxDocumentMb !== undefined ? { maxDocumentBytes: flags.maxDocumentMb * 1024 * 1024 } : {}),
    ...(flags.maxDocumentLines !== undefined ? { maxDocumentLines: flags.maxDocumentLines } : {}),
  };
}
