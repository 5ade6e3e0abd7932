// The one structured answer the engine gives and every adapter renders. The JSON contract is ../shared/eval/QA.md.
import { z } from "zod";
import { IsoDateSchema, MeetingRoleSchema, OutcomeSchema, PositionSchema } from "./meeting.ts";

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
  /** When the party's named members split: who stood where (then `position` is where most of them stood). */
  split: z
    .object({ for: z.array(z.string()), against: z.array(z.string()), abstain: z.array(z.string()) })
    .partial()
    .optional(),
  /** Index into `citations`. */
  citation: z.number().int().nonnegative(),
});
export type AnswerVote = z.infer<typeof AnswerVoteSchema>;

/** What one decision block settled, read from its votes and closing words. */
export const DecisionOutcomeSchema = z.object({
  /** "recommendation": the administration's indstilling; "proposal": a member's or party's; "motion": other. */
  what: z.enum(["recommendation", "proposal", "motion"]),
  /** Who moved it: a party letter or a member's name; null for the recommendation. */
  proposer: z.string().nullable(),
  outcome: OutcomeSchema,
  /** Stated totals, or the named votes counted; null when the block states neither. */
  counts: z.object({ for: z.number(), against: z.number(), abstain: z.number() }).nullable(),
  /** True when no one is recorded against or abstaining. */
  unanimous: z.boolean(),
  /** Who voted against, as the minutes name them (members, or party letters), when they are few. */
  against: z.array(z.string()).optional(),
  /** True when the body recommended it to another body ("Anbefales", "anbefaler overfor Byrådet") rather than decided it. */
  recommended: z.boolean().optional(),
});
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

export const AnswerDecisionSchema = z.object({
  body: z.string(),
  date: IsoDateSchema,
  /** The decision text, quoted verbatim. */
  text: z.string(),
  citation: z.number().int().nonnegative(),
  /** What the block settled (recommendation, proposals), with counts; empty when its words do not say. */
  outcomes: z.array(DecisionOutcomeSchema).default([]),
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
  /** Roles the header names (chair, secretary, minute-taker …), each with the header's words as its quote. */
  roles: z
    .array(
      z.object({
        role: MeetingRoleSchema,
        name: z.string(),
        party: z.string().nullable(),
        quote: z.string(),
      }),
    )
    .optional(),
  /** The item the question named: `absent` then lists who was away from that item (whole meeting or that item). */
  item: z.number().int().positive().nullable().optional(),
  /** Members absent for some items only: which items, and the sentence of the minutes that says so. */
  partial: z
    .array(
      z.object({
        name: z.string(),
        party: z.string().nullable(),
        /** Empty when the minutes give only a time ("forlod mødet kl. 18.15"): then `from` or `until` holds it. */
        items: z.array(z.number().int().positive()),
        quote: z.string(),
        from: z.string().optional(),
        until: z.string().optional(),
      }),
    )
    .optional(),
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
  /** The question the answer was to, so "more" / "flere" can show the rest of a long answer. */
  question: z.string().optional(),
  /** How many of the answer's listed facts (votes, rows, passages, decisions) have been shown so far. */
  shown: z.number().int().nonnegative().optional(),
  /** How many were left after them ("and N more"); 0 when the answer showed everything. */
  rest: z.number().int().nonnegative().optional(),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

/** The three sides of a vote, as the minutes name them ("Marlene Harpsøe (O)", "C(9)"). */
export const VoteSidesSchema = z.object({
  for: z.array(z.string()),
  against: z.array(z.string()),
  abstain: z.array(z.string()),
});

const cited = {
  /** Index into the answer's `citations`. */
  citation: z.number().int().nonnegative(),
};

/**
 * One cited fact of an answer. Every renderer (console text, Slack blocks, Discord embeds) reads these; none reads
 * another's text. The union is open: a new kind is one schema here and one case per renderer (the renderers'
 * tables are keyed by kind, so a kind without a rendering does not compile).
 */
export const FactSchema = z.discriminatedUnion("kind", [
  /** A recorded vote, with the asked subject's position when there is one. */
  z.object({
    kind: z.literal("vote"),
    ...cited,
    vote: AnswerVoteSchema.omit({ citation: true }),
    /** Who moved it (party letter or name), when the minutes say. */
    proposer: z.string().nullable(),
    /** Who stood where, when the question named no subject. */
    sides: VoteSidesSchema.nullable(),
    /** The sentences of the minutes the vote was read from. */
    quote: z.string().nullable(),
  }),
  /** A decision block, quoted, with what it settled. */
  z.object({
    kind: z.literal("decision"),
    ...cited,
    body: z.string(),
    date: IsoDateSchema,
    quote: z.string(),
    outcomes: z.array(DecisionOutcomeSchema),
  }),
  /** A vote statement the parser could not read into sides: the sentence itself is the answer. */
  z.object({ kind: z.literal("unread-vote"), ...cited, body: z.string(), date: IsoDateSchema, quote: z.string() }),
  /** Items on the topic whose decisions record no split vote. */
  z.object({ kind: z.literal("no-recorded-vote"), citations: z.array(z.number().int().nonnegative()) }),
  /** Votes on the same item that do not name the subject (left out of the answer). */
  z.object({ kind: z.literal("votes-without-subject"), count: z.number().int().positive() }),
  /** The subject is named in none of the reported votes. */
  z.object({ kind: z.literal("subject-not-in-votes") }),
  /** A row of a "Kommende sager" list. */
  z.object({ kind: z.literal("upcoming"), ...cited, row: AnswerUpcomingSchema.omit({ citation: true }) }),
  /** The list of upcoming items an answer draws on. */
  z.object({
    kind: z.literal("upcoming-list"),
    ...cited,
    committee: z.string(),
    date: IsoDateSchema,
    /** The meeting day the question asked about, when it named one: the rows shown are those planned for it. */
    plannedFor: IsoDateSchema.optional(),
  }),
  /** Items on the agenda of a meeting after today, or of the meeting asked about. */
  z.object({
    kind: z.literal("agenda-items"),
    ...cited,
    committee: z.string(),
    date: IsoDateSchema,
    items: z.array(z.object({ number: z.number().int(), title: z.string() })),
  }),
  /** Rows of the list already past today, left out. */
  z.object({ kind: z.literal("upcoming-past"), count: z.number().int().positive() }),
  /**
   * A committee's newest list of coming items is more than a year older than today: its undated and ongoing rows
   * say nothing about now, and are left out.
   */
  z.object({
    kind: z.literal("upcoming-stale"),
    committee: z.string(),
    date: IsoDateSchema,
    count: z.number().int().positive(),
  }),
  /**
   * "When will X be treated again?" with no coming list or agenda naming it: the latest decision on the item that
   * answers the topic (it may say when the case comes back: "Sagen genoptages på det kommende møde").
   */
  z.object({
    kind: z.literal("latest-treatment"),
    ...cited,
    topic: z.string(),
    body: z.string(),
    date: IsoDateSchema,
    quote: z.string(),
  }),
  /** A row asked about whose time has passed. */
  z.object({ kind: z.literal("upcoming-passed"), ...cited, title: z.string(), when: z.string().nullable() }),
  /**
   * Who put an item's proposal forward, as the item names them ("Forslaget er stillet af SF Aarhus: …"): each proposer
   * as "Name (P)" or a party letter, and the item's words quoted.
   */
  z.object({ kind: z.literal("item-proposers"), ...cited, by: z.array(z.string()).min(1), quote: z.string() }),
  /**
   * People a decision block records as elected or appointed, quoted ("Kultur- og Fritidsudvalget udpegede …"): each as
   * "Name (P)", with the role and body as written.
   */
  z.object({
    kind: z.literal("appointments"),
    ...cited,
    people: z.array(z.string()).min(1),
    role: z.string().nullable(),
    to: z.string().nullable(),
    quote: z.string(),
  }),
  /** Who attended a meeting. */
  z.object({ kind: z.literal("attendance"), ...cited, attendance: AnswerAttendanceSchema.omit({ citation: true }) }),
  /**
   * A member who took no part in one treatment of the item asked about, as a decision block of the item says (often
   * another body's, quoted in the item's history: "Thure Hastrup deltog ikke i sagens behandling.").
   */
  z.object({
    kind: z.literal("treatment-absence"),
    ...cited,
    body: z.string(),
    date: IsoDateSchema,
    quote: z.string(),
  }),
  /** One member's attendance, as the record lists them. */
  z.object({
    kind: z.literal("member-attendance"),
    name: z.string(),
    /** "replaced": a substitute sat in for the member, who therefore did not attend. */
    status: z.enum(["present", "absent", "substitute", "replaced", "unlisted", "partly-absent"]),
    /** The item asked about, when the question named one (the status is then for that item). */
    item: z.number().int().positive().nullable().optional(),
    /** For "partly-absent", or absent from the item asked about: the items missed and the quoted sentence. */
    items: z.array(z.number().int().positive()).optional(),
    quote: z.string().nullable().optional(),
  }),
  /** An item and the passage of it that answers a search. */
  z.object({ kind: z.literal("passage"), ...cited, quote: z.string().nullable() }),
  /** A link to minutes or to an item of them. */
  z.object({ kind: z.literal("source"), ...cited }),
  /**
   * No "Kommende sager" row, agenda or minutes has the day asked about ("--MM-DD" when asked without a year): the
   * nearest days before and after that have one.
   */
  z.object({
    kind: z.literal("no-plan-on-day"),
    day: z.union([IsoDateSchema, z.string().regex(/^--\d{2}-\d{2}$/)]),
    before: IsoDateSchema.nullable(),
    after: IsoDateSchema.nullable(),
  }),
  /** "When is the next meeting?" with no agenda of a coming meeting indexed: the last meeting held, cited. */
  z.object({ kind: z.literal("no-next-agenda"), ...cited, committee: z.string(), date: IsoDateSchema }),
  /** The question named a meeting that is not indexed. */
  z.object({ kind: z.literal("no-meeting") }),
  /**
   * The question named an item number the meeting does not have: the meeting and its link, not a citation (nothing in
   * it answers the question).
   */
  z.object({
    kind: z.literal("no-item"),
    item: z.number().int(),
    committee: z.string(),
    date: IsoDateSchema,
    url: z.string().nullable(),
  }),
  /** The minutes hold the item but not the specific thing asked (a prize winner, the chair). */
  z.object({
    kind: z.literal("not-stated"),
    what: z.enum(["winner", "chair", "person", "amount", "reason", "secretary"]),
  }),
  /**
   * The council (or other body) the question named by its kind holds nothing on the topic in the indexed minutes:
   * what follows was found in other bodies' minutes.
   */
  z.object({ kind: z.literal("not-in-bodies"), bodies: z.array(z.string()).min(1) }),
  /** A typo in the question was read as another word, and that reading answered. */
  z.object({ kind: z.literal("did-you-mean"), asked: z.string(), read: z.string() }),
  /** "more" asked when there is nothing more: the previous answer showed everything, or there was none. */
  z.object({ kind: z.literal("nothing-more"), after: z.boolean() }),
  /** The answer shows the first facts of more: "and N more". */
  z.object({
    kind: z.literal("more"),
    count: z.number().int().positive(),
    of: z.enum(["votes", "decisions", "items", "passages", "meetings"]),
  }),
]);
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = Fact["kind"];

/** What was searched, as the not-found answers say it. */
export const SearchedSchema = z.object({
  topic: z.string().nullable(),
  bodies: z.array(z.string()),
  /** A body the question named that is not in the index ("Teknisk Udvalg"). */
  unknownBody: z.string().nullable(),
  municipality: z.string().nullable(),
  /**
   * Meeting days (ISO; "--MM-DD" when the question gave no year) and periods ({ from, to }) the question named;
   * "latest" for "the latest meeting".
   */
  dates: z.array(
    z.union([
      IsoDateSchema,
      z.string().regex(/^--\d{2}-\d{2}$/),
      z.object({ from: IsoDateSchema, to: IsoDateSchema }),
      z.literal("latest"),
    ]),
  ),
  item: z.number().int().nullable(),
  /** Only the items treated behind closed doors were asked about. */
  closedItems: z.boolean().optional(),
});
export type Searched = z.infer<typeof SearchedSchema>;

/** What the index covers, for /help and not-found answers. */
export const CoverageSchema = z.object({
  municipalities: z.array(z.string()),
  bodies: z.array(z.string()),
  /** First and last meeting dates (ISO), null when the index is empty. */
  from: IsoDateSchema.nullable(),
  to: IsoDateSchema.nullable(),
  meetings: z.number().int().nonnegative(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

const AnswerBaseSchema = z.object({
  question: z.string(),
  language: LanguageSchema,
  intent: IntentSchema,
  /** The answer as a person reads it in the console, citations included, in `language`: renderText(facts). */
  text: z.string().min(1),
  citations: z.array(CitationSchema),
  subject: SubjectSchema.nullable(),
  /** The cited facts, most relevant first; every renderer reads these. */
  facts: z.array(FactSchema).default([]),
  // The evaluation contract's fields (../shared/eval/QA.md) and their companions, projected from the facts.
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
  /** What the question was read as asking for. */
  searched: SearchedSchema.nullable().default(null),
  /** What the index covers. */
  coverage: CoverageSchema.nullable().default(null),
  context: ConversationContextSchema,
});

/**
 * The answer, by status. found: the minutes answer it, in `facts`; not_found: they hold no such record (`searched`
 * says what was looked for, `suggestions` the closest items); clarify: the question needs more.
 */
export const AnswerSchema = z.discriminatedUnion("status", [
  AnswerBaseSchema.extend({ status: z.literal("found") }),
  AnswerBaseSchema.extend({ status: z.literal("not_found") }),
  AnswerBaseSchema.extend({
    status: z.literal("clarify"),
    /** Why: the question was empty, or named nothing to look for. */
    reason: z.enum(["empty", "nothing-to-look-for"]).default("nothing-to-look-for"),
  }),
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerStatus = Answer["status"];

/** The fact fields of an answer that holds none yet: no subject, votes, decisions, upcoming items or matches. */
export function noFacts(): Pick<
  Answer,
  "subject" | "facts" | "votes" | "decisions" | "upcoming" | "attendance" | "matches" | "suggestions"
> {
  return {
    subject: null,
    facts: [],
    votes: [],
    decisions: [],
    upcoming: [],
    attendance: null,
    matches: [],
    suggestions: [],
  };
}
