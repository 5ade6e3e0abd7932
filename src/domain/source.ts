// Where a meeting comes from and how items are referred to: stable across file names, folders and rebuilds.
import { z } from "zod";

/** The publishing systems (and plain files) documents come from. */
export const SourceSystemSchema = z.enum(["file", "firstagenda", "edoc", "acadre"]);
export type SourceSystem = z.infer<typeof SourceSystemSchema>;

/** The publishing systems as their users know them. */
export const SOURCE_SYSTEM_NAMES: Record<SourceSystem, string> = {
  file: "Fil",
  firstagenda: "FirstAgenda",
  edoc: "eDoc",
  acadre: "Acadre",
};

/** Where a document comes from: enough to give the meeting a stable id and cite the official page. */
export const SourceRefSchema = z.object({
  system: SourceSystemSchema,
  /** The municipality, when the source says so (sources.json, the site, the export); else read from the text. */
  municipality: z.string().min(1).nullable(),
  /** The document's own id in its system (FirstAgenda meeting id, eDoc/Acadre meeting id); null for files. */
  documentId: z.string().min(1).nullable(),
  /** The official URL of the meeting's minutes or agenda, when known. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The file name the document was read from (for messages and the manifest). */
  file: z.string().min(1),
  /** sha256 of the document's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** A meeting's stable id: "<system>:<documentId>" for a system document, else a slug of place, body and date. */
export const MeetingIdSchema = z.string().min(1);

/** An agenda item by its meeting's stable id and its number ("punkt"): what the index and answers refer to. */
export const ItemRefSchema = z.object({ meeting: MeetingIdSchema, number: z.number().int().positive() });
export type ItemRef = z.infer<typeof ItemRefSchema>;
