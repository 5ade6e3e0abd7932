// `--max-document-mb N`: the per-document size limit of `parse` and `index` (default 50 MB), validated.
import { z } from "zod";

/** A positive number of megabytes, given as text on the command line. */
export const MaxDocumentMbSchema = z.coerce
  .number({ error: "--max-document-mb needs a number of megabytes" })
  .positive("--max-document-mb needs a positive number of megabytes")
  .max(4096, "--max-document-mb is at most 4096");
