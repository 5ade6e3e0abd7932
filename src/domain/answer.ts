// The one structured answer the engine gives and every adapter renders. The JSON contract is ../shared/eval/QA.md.
import { z } from "zod";
import { IsoDateSchema, OutcomeSchema, PositionSchema } from "./meeting.ts";

export const LanguageSchema = z.enum(["da", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export const IntentSchema = z.enum(["vote", "decision", "upcoming", "source", "attendance", "search"]);
export type Intent = z.infer<typeof IntentSchema>;

/** Where a claim comes from: a meeting, and the item in it when the claim is about one. */
export const CitationSchema = z.object({
  municipality: z.string().nullable(),
  committee: z.string(),
  /** Date of the meeting whose minutes hold the item. */
  meetingDate: IsoDateSchema,
  /** Agenda item number ("punkt"); null when the citation is the whole meeting. */
  item: z.number().int().positive().nullable(),
  title: z.string().nullable(),
  caseNumber: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  /** Absolute link to the source, as deep as the source allows. */
  url: z.string().url().nullable(),
  /** The sentence from the minutes the claim rests on, verbatim, when there is one. */
  quote: z.string().nullable(),
  /** Source file name, to tell documents apart. */
  source: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Who a vote answer is about. */
export const SubjectSchema = z.object({
  kind: z.enum(["party", "member"]),
  /** Member name, or the party's name. */
  name: z.string(),
  party: z.string().nullable(),
});
export type Subject = z.infer<typeof SubjectSchema>;

export const AnswerVoteSchema = z.object({
  body: z.string(),
  date: IsoDateSchema,
  motion: z.string(),
  outcome: OutcomeSchema,
  /** The asked party's or member's position; null when the record does not say. */
  position: PositionSchema.nullable(),
  /** How the position is known: "member" (named), "party" (party-level record), "party-members" (members of the party named). */
  positionBasis: z.enum(["member", "party", "party-members"]).nullable(),
  /** Names behind a party position read from member-level records. */
  members: z.array(z.string()),
  counts: z.object({ for: z.number(), against: z.number(), abstain: z.number() }).nullable(),
  /** Index into `citations`. */
  citation: z.number().int().nonnegative(),
});
export type AnswerVote = z.infer<typeof AnswerVoteSchema>;

export const AnswerDecisionSchema = z.object({
  body: z.string(),
  date: IsoDateSchema,
  /** The decision text, quoted verbatim. */
  text: z.string(),
  citation: z.number().int().nonnegative(),
});
export type AnswerDecision = z.infer<typeof AnswerDecisionSchema>;

export const AnswerUpcomingSchema = z.object({
  title: z.string(),
  when: z.string().nullable(),
  committee: z.string(),
  responsible: z.string().nullable(),
  /** "dated" (a meeting date), "period" (Primo/Medio/Ultimo), "ongoing" (Løbende), "undated", "agenda" (on a future agenda). */
  bucket: z.enum(["dated", "period", "ongoing", "undated", "agenda"]),
  citation: z.number().int().nonnegative(),
});
export type AnswerUpcoming = z.infer<typeof AnswerUpcomingSchema>;

export const AnswerAttendanceSchema = z.object({
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  substitutes: z.array(z.object({ name: z.string(), party: z.string().nullable(), for: z.string().nullable() })),
  citation: z.number().int().nonnegative(),
});
export type AnswerAttendance = z.infer<typeof AnswerAttendanceSchema>;

/** Facts for search answers: an item and its decisive sentence. */
export const AnswerMatchSchema = z.object({
  quote: z.string().nullable(),
  citation: z.number().int().nonnegative(),
});

/** What the engine understood, so adapters and follow-ups can reuse it. */
export const ConversationContextSchema = z.object({
  intent: IntentSchema,
  topic: z.string().nullable(),
  party: z.string().nullable(),
  member: z.string().nullable(),
  committee: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  item: z.number().int().positive().nullable(),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  language: LanguageSchema,
  intent: IntentSchema,
  /** found: the minutes answer it; not_found: they hold no such record; clarify: the question needs more. */
  status: z.enum(["found", "not_found", "clarify"]),
  /** The answer as a person reads it, citations included, in `language`. */
  text: z.string().min(1),
  citations: z.array(CitationSchema),
  subject: SubjectSchema.nullable(),
  votes: z.array(AnswerVoteSchema),
  decisions: z.array(AnswerDecisionSchema),
  upcoming: z.array(AnswerUpcomingSchema),
  attendance: AnswerAttendanceSchema.nullable(),
  matches: z.array(AnswerMatchSchema),
  /** Closest items offered when nothing answers the question (not claims: not in `citations`). */
  suggestions: z.array(
    z.object({
      title: z.string(),
      meetingDate: IsoDateSchema,
      item: z.number().int(),
      committee: z.string(),
      url: z.string().nullable(),
    }),
  ),
  context: ConversationContextSchema,
});
export type Answer = z.infer<typeof AnswerSchema>;

/** The fact fields of an answer that holds none yet: no subject, votes, decisions, upcoming items or matches. */
export function noFacts(): Pick<
  Answer,
  "subject" | "votes" | "decisions" | "upcoming" | "attendance" | "matches" | "suggestions"
> {
  return { subject: null, votes: [], decisions: [], upcoming: [], attendance: null, matches: [], suggestions: [] };
}
