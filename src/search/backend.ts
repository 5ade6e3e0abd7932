// The search backend behind a small async interface whose queries are plain data, so that a server engine
// (PostgreSQL full-text search, OpenSearch) can stand where today's compact local index stands.
//
// A backend answers four things: which items, votes or "Kommende sager" rows match some words within some
// filters (municipality, body, dates, case number, party); how many items hold a term (for rarity); the
// meetings themselves by their stable id; and the corpus the engine reads once (meetings, their sources' names and
// links, the vote records). Every hit names its item by the stable ItemRef {meeting, number}.
//
// src/answer/ reads the index only through this interface (retrieve.ts: topicHits, searchPool, rarityOf; the engine
// state from corpus()): the question's
// meeting scope goes as a `meetings` filter, and what no filter here can say (an item's own number, its decision
// dates, a closed item's title) is checked on the hits, asking for more until enough pass.
import { z } from "zod";
import type { Meeting } from "../domain/index.ts";
import type { VoteRecords } from "../records/vote-records.ts";

/** What a query searches: agenda items, recorded votes, or rows of "Kommende sager" lists. */
export const SearchTargetSchema = z.enum(["items", "votes", "upcoming"]);
export type SearchTarget = z.infer<typeof SearchTargetSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD");

/** Filters narrow the meetings (municipality, body, dates) and the items (case number, party). All optional. */
export const SearchFiltersSchema = z
  .object({
    /** The meeting's municipality, case aside (æ, ø and å are letters of their own: "Helsingør" ≠ "Helsingor"). */
    municipality: z.string().min(1).optional(),
    /** Any of these committees held the meeting (names as the index holds them, case aside). */
    bodies: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Only these meetings, by Meeting.id: a scope the caller has read from the meetings' facts (the answer engine's
     * committee and date scope counts decision blocks too, which the fields here do not).
     */
    meetings: z.array(z.string().min(1)).min(1).optional(),
    /** Meetings on or after this date. */
    from: IsoDate.optional(),
    /** Meetings on or before this date. */
    to: IsoDate.optional(),
    /** Items with this case number, as written in the minutes. */
    caseNumber: z.string().min(1).optional(),
    /** Items (or votes) with a recorded vote naming this party letter. Not a filter for upcoming rows. */
    party: z.string().min(1).optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SearchQuerySchema = z
  .object({
    target: SearchTargetSchema,
    /** The words to look for, as the user wrote them (the backend analyses them: stems, compounds, typos). */
    terms: z.array(z.string()),
    filters: SearchFiltersSchema.default({}),
    /** At most this many hits, best first. */
    limit: z.number().int().positive().max(10_000).default(20),
    /** true: typo-tolerant for every term; false: never; absent: only for terms that match nothing otherwise. */
    fuzzy: z.boolean().optional(),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuerySchema>;

/** One match, best first. `vote` (index into the meeting's votes) or `row` (into its upcoming rows) by target. */
export interface SearchHit {
  /** The meeting's stable id (Meeting.id). */
  meeting: string;
  /** The item number ("punkt"): the item found, the item the vote is recorded under, or the item holding the row. */
  number: number;
  score: number;
  /** The analysed query terms that matched (items only; empty for the other targets). */
  terms: string[];
  vote?: number;
  row?: number;
}

/**
 * What the answer engine reads once per index, besides searching: every meeting (to learn the roster, bodies and
 * words questions are read with, and to cite), where each came from, and the vote-records table. The engine names a
 * meeting by its position in `meetings`; hits name it by Meeting.id.
 */
export interface Corpus {
  /** Every meeting, in the backend's stable order. */
  readonly meetings: readonly Meeting[];
  /** The municipality of the meeting at this position as its source names it (over what its text says); null if unknown. */
  municipalityOf(position: number): string | null;
  /**
   * The link a citation gives: the official page of the item (or of the meeting when item is null), a PDF page
   * anchor when known, else the minutes viewer at publicBaseUrl; null when the position is unknown.
   */
  linkOf(position: number, item: number | null, publicBaseUrl: string): string | null;
  /** One row per party or member position in every recorded vote (see src/records/vote-records.ts). */
  readonly records: VoteRecords;
}

export interface SearchBackend {
  /** The backend's name for messages and the bench ("local", "postgres", …). */
  readonly name: string;
  /** Hits for the query, best first; ties in a stable order (the same query gives the same hits). */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** How many items hold an analysed term (whole or as a compound part); 0 when none. */
  documentFrequency(term: string): Promise<number>;
  /** The meetings with these ids, in the order asked; an unknown id is left out. */
  meetings(ids: readonly string[]): Promise<Meeting[]>;
  /** The meetings and their sources as the answer engine reads them once (see Corpus); the same object each time. */
  corpus(): Promise<Corpus>;
  /** Counts of what the backend holds. */
  stats(): Promise<{ meetings: number; items: number }>;
}

/** A query that is not one: names the field and the problem. */
export class SearchQueryError extends Error {
  constructor(reason: string) {
    super(`search: ${reason}`);
    this.name = "SearchQueryError";
  }
}

/** Checks a query against the schema (defaults filled in); throws SearchQueryError naming the bad field. */
export function checkQuery(query: SearchQuery): z.output<typeof SearchQuerySchema> {
  const parsed = SearchQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SearchQueryError(`query field ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  if (parsed.data.target === "upcoming" && parsed.data.filters.party) {
    throw new SearchQueryError("query field filters.party: upcoming rows carry no votes to filter by party");
  }
  return parsed.data;
}
