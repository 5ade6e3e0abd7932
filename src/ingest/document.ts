// The seam between readers and the grammar: a document as its format gives it, before sentences are read.
//
// Every reader (text, markdown, PDF, FirstAgenda JSON and HTML, eDoc XML, Acadre XML, …) turns bytes into a
// `SourceDocument`. Where the format has structure (FirstAgenda's items with number, title, case number and
// sections; XML records), the reader fills `items`, `participants` and the header fields from it. Where it has
// none (plain text, PDF), the reader hands `blocks` and leaves the rest null, and the text grammar finds the
// header and the items. Either way the sentence rules for decisions and votes are shared by all formats.
import { z } from "zod";

// SourceRef lives with the domain model (a Meeting carries it); re-exported here for readers.
import { SourceRefSchema } from "../domain/source.ts";

export { type SourceRef, SourceRefSchema, type SourceSystem, SourceSystemSchema } from "../domain/source.ts";

/** The role a block plays in the document, as far as the format tells it. */
export const BlockRoleSchema = z.enum([
  /** Document title or header line ("Referat", the body, the date). */
  "title",
  /** An agenda item's heading ("Punkt 4: …", a FirstAgenda punktrow's h2). */
  "item-heading",
  /** A section heading inside an item ("Beslutning", "Indstilling", "Sagsforløb", "Resume"). */
  "section-heading",
  /** Running text. */
  "paragraph",
  /** One row of a table; `cells` holds the cells in order. */
  "table-row",
  /** One entry of a bulleted or numbered list. */
  "list-item",
]);
export type BlockRole = z.infer<typeof BlockRoleSchema>;

export const BlockSchema = z.object({
  role: BlockRoleSchema,
  /** The block's text, whitespace collapsed; for a table row the cells joined by a tab. */
  text: z.string(),
  /** The cells of a table row, else absent. */
  cells: z.array(z.string()).optional(),
  /** The PDF page the block stands on, when known. */
  page: z.number().int().positive().nullable(),
});
export type Block = z.infer<typeof BlockSchema>;

/** A participant as the format lists them (FirstAgenda `Moededeltagere`, Acadre members). */
export const SourceParticipantSchema = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  absent: z.boolean(),
  /** For a substitute: the member they stand in for, when said. */
  substituteFor: z.string().nullable(),
});
export type SourceParticipant = z.infer<typeof SourceParticipantSchema>;

/** An agenda item as the format gives it; its `blocks` are the item's body (sections and paragraphs). */
export const SourceItemSchema = z.object({
  /** The item number ("punkt"); null when the document does not number its items. */
  number: z.number().int().positive().nullable(),
  title: z.string(),
  caseNumber: z.string().nullable(),
  closed: z.boolean(),
  /** The item's own id in its system (FirstAgenda item id), for official item links. */
  id: z.string().nullable(),
  /** The official URL of the item, when the system has one. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The PDF page where the item's heading stands, when known. */
  page: z.number().int().positive().nullable(),
  blocks: z.array(BlockSchema),
  /**
   * Members the system records as away from this item, with its word for it (FirstAgenda's
   * `ExternalAgendaItemAttendees`: "Fraværende"); absent when the format keeps no such record.
   */
  absent: z.array(z.object({ name: z.string().min(1), reason: z.string().min(1) })).optional(),
});
export type SourceItem = z.infer<typeof SourceItemSchema>;

export const SourceDocumentSchema = z.object({
  ref: SourceRefSchema,
  /** From the format when it says (FirstAgenda `Afsluttet`, eDoc `MeetingState`); null: read from the text. */
  documentType: z.enum(["referat", "dagsorden"]).nullable(),
  /** The body as the source names it (may carry an election period, "Byråd 2022-2025"); null: from the text. */
  body: z.string().min(1).nullable(),
  /** Meeting date YYYY-MM-DD; null: from the text. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  location: z.string().nullable(),
  /** Null when the format has no participant list (the text grammar reads attendance then). */
  participants: z.array(SourceParticipantSchema).nullable(),
  /** Null when the format does not split items: the grammar finds them in `blocks`. */
  items: z.array(SourceItemSchema).nullable(),
  /** The whole document as blocks, in reading order (the header when `items` is given, else everything). */
  blocks: z.array(BlockSchema),
  pageCount: z.number().int().positive().nullable(),
  /** Faults the reader recovered from, one line each without the file name ("line 8497: … dropped"); shown to the user. */
  warnings: z.array(z.string()).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
