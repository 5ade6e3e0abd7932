// What a composer hands to the renderer: the structured parts of an Answer, plus notes that only shape the text.
import { type Answer, type Fact, noFacts } from "../../domain/index.ts";
import type { Corpus } from "../../search/index.ts";
import type { Catalog } from "../catalog.ts";
import type { CitationBook } from "../cite.ts";
import type { Retrieval } from "../retrieve.ts";
import type { Lexicon } from "../understand/lexicon.ts";
import type { Understanding } from "../understand/understand.ts";

/** Facts a composer states beyond the Answer's arrays, and details of its votes the facts carry. */
export type Note =
  | Exclude<Fact, { kind: "vote" | "decision" | "upcoming" | "attendance" | "passage" | "source" }>
  /** Who moved a reported vote (by index into `votes`), who stood where, and the sentences it was read from. */
  | { kind: "vote-detail"; vote: number; proposer: string | null; sides: VoteSides | null; quote: string | null };

export type VoteSides = { for: string[]; against: string[]; abstain: string[] };

export type Draft = Omit<
  Answer,
  "question" | "language" | "intent" | "text" | "context" | "facts" | "searched" | "coverage" | "status" | "reason"
> & { status: Answer["status"]; notes: Note[] };

export interface ComposeInput {
  /** The backend's meetings, sources and records (the engine names meetings by position in corpus.meetings). */
  corpus: Corpus;
  catalog: Catalog;
  lexicon: Lexicon;
  u: Understanding;
  retrieval: Retrieval;
  book: CitationBook;
  /** ISO date the question is asked on. */
  today: string;
  /** Base of links to the built-in minutes viewer, for sources without an official URL. */
  publicBaseUrl: string;
  /** Where a long list goes on from ("more" after an answer that showed one page); 0 for a new question. */
  offset?: number;
}

/** An empty draft: nothing found yet. */
export function emptyDraft(book: CitationBook): Draft {
  return {
    status: "not_found",
    citations: book.citations,
    ...noFacts(),
    notes: [],
  };
}
