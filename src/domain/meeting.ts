// The structured form of one minutes document: meeting, items, decision blocks, votes, upcoming items.
// Field names and meanings follow ../shared/eval/SCHEMA.md; votes follow the shape of Open Civic Data's VoteEvent.
import { z } from "zod";
import { PartyLetterSchema } from "./parties.ts";
import { MeetingIdSchema, SourceRefSchema } from "./source.ts";

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD");

/** A named member with the party letter the minutes give them (null when never stated in the document). */
export const MemberSchema = z.object({
  name: z.string().min(1),
  party: PartyLetterSchema.nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

/**
 * One entry in a vote: a member (name + party) or a whole party group (name null, count when written, e.g. C(9)).
 * `count` is absent for member entries.
 */
export const VoteEntrySchema = z.object({
  name: z.string().min(1).nullable(),
  party: PartyLetterSchema.nullable(),
  count: z.number().int().nonnegative().optional(),
});
export type VoteEntry = z.infer<typeof VoteEntrySchema>;

export const VoteCountsSchema = z.object({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});
export type VoteCounts = z.infer<typeof VoteCountsSchema>;

export const OutcomeSchema = z.enum(["adopted", "rejected"]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const PositionSchema = z.enum(["for", "against", "abstain"]);
export type Position = z.infer<typeof PositionSchema>;
/** The positions in their usual order: for, against, abstain. */
export const POSITIONS: readonly Position[] = PositionSchema.options;

/** A recorded vote (VoteEvent): who moved what, the outcome, and who stood where. */
export const VoteSchema = z.object({
  /** Agenda item number ("punkt") the vote is recorded under. */
  item: z.number().int().positive(),
  /** The body that voted, without the election-period suffix. */
  body: z.string().min(1),
  /** The date of the decision block that records the vote (can differ from the meeting date). */
  date: IsoDateSchema,
  /** What was voted on, in a line (taken from the text). */
  motion: z.string(),
  /** Who moved it; null when it is the administration's recommendation (indstilling). */
  proposedBy: z
    .object({ name: z.string().nullable().optional(), party: PartyLetterSchema.nullable().optional() })
    .nullable(),
  outcome: OutcomeSchema,
  for: z.array(VoteEntrySchema),
  against: z.array(VoteEntrySchema),
  abstain: z.array(VoteEntrySchema),
  /** Totals, only when the text states numbers. */
  counts: VoteCountsSchema.nullable(),
  /** The sentences of the minutes this vote was read from, verbatim, for quoting. */
  text: z.string(),
  /** Index into the item's `decisions` of the block holding the vote. */
  decision: z.number().int().nonnegative(),
  /** The PDF page the block holding the vote stands on, when known (evidence: where the quoted sentences stand). */
  page: z.number().int().positive().nullable().optional(),
});
export type Vote = z.infer<typeof VoteSchema>;

/** One decision block: a body's decision on a date ("Beslutninger Byrådet 2018-2021 den 30-11-2020"). */
export const DecisionSchema = z.object({
  body: z.string().min(1),
  /** Election period written after the body's name, e.g. "2018-2021", kept apart from the name. */
  electionPeriod: z.string().nullable(),
  date: IsoDateSchema,
  /** The block's text, paragraphs joined by blank lines: verbatim, the decision's own evidence. */
  text: z.string(),
  /** The PDF page the block starts on, when known. */
  page: z.number().int().positive().nullable().optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * The proposers of an item that is a member's or party's proposal: "Forslaget er stillet af SF Aarhus: Thomas Medom, …"
 * (members, each with the party written beside them or the party named before the colon), "(Stillet af Enhedslisten)"
 * (a party), or the title "Forslag fra V om …" when the text names nobody.
 */
export const ItemProposalSchema = z.object({
  by: z.array(z.object({ name: z.string().min(1).nullable(), party: PartyLetterSchema.nullable() })).min(1),
  /** The words that name them, verbatim (line breaks as spaces): the evidence. */
  text: z.string().min(1),
});
export type ItemProposal = z.infer<typeof ItemProposalSchema>;

export const AgendaItemSchema = z.object({
  number: z.number().int().positive(),
  /** The item's own id in its publishing system (FirstAgenda item id); null for files. */
  id: z.string().min(1).nullable(),
  /** The official page of the item, when the system has one. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** Heading title without "Punkt N:" and the kind prefix; "Lukket" for closed items without a title. */
  title: z.string(),
  /** "Beslutning" | "Orientering" | null (no prefix, or closed). */
  kind: z.enum(["Beslutning", "Orientering"]).nullable(),
  closed: z.boolean(),
  /** The municipality's case (journal) number, e.g. "20/8896". */
  caseNumber: z.string().nullable(),
  /** Page from the table of contents. */
  page: z.number().int().positive().nullable(),
  /** Page where the heading stands in the source PDF, when read from a PDF. */
  sourcePage: z.number().int().positive().nullable(),
  /** "Sagen afgøres i:" — the body that decides. */
  decidedIn: z.string().nullable(),
  /** The administration's recommendation (Indstilling), verbatim. */
  recommendation: z.string().nullable(),
  /** The case description (everything but decisions and recommendation), for search; empty for closed items. */
  text: z.string(),
  decisions: z.array(DecisionSchema),
  /** Who put the item's proposal forward (a member's or party's proposal); absent when the item names nobody. */
  proposedBy: ItemProposalSchema.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** A row of a "Kommende sager" table. */
export const UpcomingItemSchema = z.object({
  title: z.string().min(1),
  responsible: z.string().nullable(),
  /** As written: "10-02-2021", "Primo 2021", "Løbende", or null. */
  when: z.string().nullable(),
  /** `when` as an ISO date when it is one. */
  date: IsoDateSchema.nullable(),
  /** `when` as part of a year (Primo/Medio/Ultimo) when it is one. */
  period: z.object({ part: z.enum(["primo", "medio", "ultimo"]), year: z.number().int() }).nullable(),
  /** The agenda item that holds the list. */
  item: z.number().int().positive(),
});
export type UpcomingItem = z.infer<typeof UpcomingItemSchema>;

export const SubstituteSchema = z.object({
  name: z.string().min(1),
  party: PartyLetterSchema.nullable(),
  for: z.string().nullable(),
});

/**
 * A role at the meeting the header names beside the attendance: the chair and vice-chair (members, "Lolan Ottesen (A) -
 * formand"), the one who led the meeting ("Mødeleder: …"), and staff who are neither members nor absent: the
 * secretary ("Sekretær Mie Helene Andresen") and the minute-taker ("Referent: …", "Protokolfører: …").
 */
export const MeetingRoleSchema = z.enum(["chair", "vice-chair", "meeting-leader", "secretary", "minute-taker"]);
export type MeetingRole = z.infer<typeof MeetingRoleSchema>;

export const RoleHolderSchema = z.object({
  role: MeetingRoleSchema,
  name: z.string().min(1),
  party: PartyLetterSchema.nullable(),
  /** The header's words that say so, verbatim (label and name, lines joined by a space): the evidence. */
  text: z.string().min(1),
});
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

/** A clock time as the minutes write it, normalised: "18.15". */
const CLOCK_TIME = /^\d{2}\.\d{2}$/u;

/**
 * A member absent for some items only ("Fraværende / Name (A), sag 129-138", "forlod mødet efter punkt 7"):
 * `items` are this meeting's item numbers the member missed (never one they voted on at the meeting); `text` is the
 * sentence that says so, or, where no sentence does (a publishing system's per-item record, a participant list's
 * absence flag contradicted by a vote), the record in the system's words ("Fraværende: X"). A member recorded absent ("Fraværende: X" under some items' decisions) who voted at the
 * meeting is listed both in `Meeting.absent` (recorded absent) and here: their absence covers these items only.
 * When the minutes give only a time ("forlod mødet kl. 18.15", "Fraværende fra kl. 17.30"), `items` is empty and
 * `from`/`until` hold the time: partly absent, the items not known. Whole-meeting absence is `absentFromMeeting`.
 */
export const PartialAbsenceSchema = z
  .object({
    name: z.string().min(1),
    party: PartyLetterSchema.nullable(),
    /** Empty only when the minutes give a time and no item ("forlod mødet kl. 18.15"): then `from` or `until` is set. */
    items: z.array(z.number().int().positive()),
    text: z.string().min(1),
    /** "kl. 18.15" as "18.15": away from this time on, when the minutes give only a time. */
    from: z.string().regex(CLOCK_TIME).optional(),
    /** Away until this time ("ankom kl. 17.45"), when the minutes give only a time. */
    until: z.string().regex(CLOCK_TIME).optional(),
  })
  .refine((p) => p.items.length > 0 || p.from !== undefined || p.until !== undefined, {
    message: "a partial absence names items or a time",
  });
export type PartialAbsence = z.infer<typeof PartialAbsenceSchema>;

/**
 * A sentence with vote words (stemte, imod, undlod, party letters in a list …) that no rule read into a vote: kept so
 * that a vote question on its item answers with the quoted sentence, never with "no recorded vote".
 */
export const UnreadVoteStatementSchema = z.object({
  item: z.number().int().positive(),
  /** Index into the item's `decisions` of the block the sentence stands in. */
  decision: z.number().int().nonnegative(),
  /** The sentence, verbatim. */
  text: z.string().min(1),
  page: z.number().int().positive().nullable(),
});
export type UnreadVoteStatement = z.infer<typeof UnreadVoteStatementSchema>;

/**
 * A person a decision block records as elected or appointed ("Valgt blev: Anne Lund (A) og …", "Bjarke Abel (A) blev
 * valgt som formand for Social- og Handicapudvalget", "Udvalget udpegede X (V) og Y (A) til Greve Museums bestyrelse"):
 * one entry per person, with the role and the body or board as written.
 */
export const AppointmentSchema = z.object({
  item: z.number().int().positive(),
  /** Index into the item's `decisions` of the block the sentence stands in. */
  decision: z.number().int().nonnegative(),
  name: z.string().min(1),
  party: PartyLetterSchema.nullable(),
  /** "formand", "medlem", "suppleant" …, as written (an adjective like "ny" dropped); null when not given. */
  role: z.string().min(1).nullable(),
  /** The body or board the person was elected to, as written ("Greve Museums bestyrelse"); null when not given. */
  to: z.string().min(1).nullable(),
  /** The sentence, verbatim (line breaks as spaces): the evidence. */
  text: z.string().min(1),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

/**
 * How much structure the parser found: `structured` (items, decision blocks) or `passages` (text with no
 * recognisable items, indexed as searchable passages; answers from it must say so).
 */
export const ReadQualitySchema = z.enum(["structured", "passages"]);
export type ReadQuality = z.infer<typeof ReadQualitySchema>;

export const MeetingSchema = z.object({
  /** Stable id from the source ("firstagenda:<meeting id>", else a slug of municipality, body and date). */
  id: MeetingIdSchema,
  /** File name of the source document. */
  source: z.string().min(1),
  /** Where the document came from: system, its id there, official URL, file name and content hash. */
  sourceRef: SourceRefSchema,
  documentType: z.enum(["referat", "dagsorden"]),
  municipality: z.string().nullable(),
  /** Committee name without the election-period suffix. */
  committee: z.string().min(1),
  /** The committee as written in the header. */
  committeeRaw: z.string().min(1),
  electionPeriod: z.string().nullable(),
  date: IsoDateSchema,
  startTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  location: z.string().nullable(),
  /** Header "Mødedeltagere" list, names only, as written. */
  participants: z.array(z.string()),
  /** Members recorded absent ("Fraværende: …", "(Fravær)"); see `absentFromMeeting` for the whole meeting. */
  absent: z.array(z.string()),
  substitutes: z.array(SubstituteSchema),
  /** Members absent for some items only (absent in meetings written before this field existed). */
  partialAbsence: z.array(PartialAbsenceSchema).optional(),
  /** Roles the header names (chair, secretary, minute-taker …); absent when it names none. Staff are never participants. */
  roles: z.array(RoleHolderSchema).optional(),
  /** Every member named with a party anywhere in the document. */
  members: z.array(MemberSchema),
  /** Pages in the source (PDF), when known. */
  pageCount: z.number().int().positive().nullable(),
  items: z.array(AgendaItemSchema),
  votes: z.array(VoteSchema),
  referredToCouncil: z.array(z.object({ item: z.number().int().positive(), by: z.array(VoteEntrySchema) })),
  upcoming: z.array(UpcomingItemSchema),
  /** People the decision blocks record as elected or appointed; absent when none is. */
  appointments: z.array(AppointmentSchema).optional(),
  /** Vote statements no rule read (absent in meetings written before this field existed). */
  unreadVoteStatements: z.array(UnreadVoteStatementSchema).optional(),
  /** Absent means structured. */
  quality: ReadQualitySchema.optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** The members absent from the whole meeting: those recorded absent whose absence is not bounded to some items. */
export function absentFromMeeting(meeting: Pick<Meeting, "absent" | "partialAbsence">): string[] {
  const partial = meeting.partialAbsence ?? [];
  return meeting.absent.filter((a) => !partial.some((p) => p.name.toLowerCase() === a.toLowerCase()));
}

/** A meeting's items by number, the first item of a number where the minutes give one twice (as `find` would). */
export function itemsByNumber(meeting: Pick<Meeting, "items">): Map<number, AgendaItem> {
  const byNumber = new Map<number, AgendaItem>();
  for (const item of meeting.items) if (!byNumber.has(item.number)) byNumber.set(item.number, item);
  return byNumber;
}
