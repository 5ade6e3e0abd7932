// What a composer hands to the renderer: the structured parts of an Answer, plus notes that only shape the text.
import { type Answer, noFacts } from "../../domain/index.ts";
import type { LoadedIndex } from "../../search/index.ts";
import type { Catalog } from "../catalog.ts";
import type { CitationBook } from "../cite.ts";
import type { Retrieval } from "../retrieve.ts";
import type { Lexicon } from "../understand/lexicon.ts";
import type { Understanding } from "../understand/understand.ts";

/** Facts the text states beyond the Answer's fields. */
export type Note =
  /** Items match the topic but their decisions name no split vote. */
  | { kind: "no-recorded-vote"; citations: number[] }
  /** Votes on the item the subject is not named in (left out of `votes`). */
  | { kind: "votes-without-subject"; count: number }
  /** Who stood where in each reported vote (by index into `votes`), for questions that name no subject. */
  | { kind: "vote-sides"; vote: number; for: string[]; against: string[]; abstain: string[] }
  /** The subject took part in none of the recorded votes on the matching items. */
  | { kind: "subject-not-in-votes" }
  /** The newest upcoming list used, per committee. */
  | { kind: "upcoming-list"; citation: number; committee: string; date: string }
  /** Items of an agenda for a meeting after today. */
  | {
      kind: "agenda-items";
      citation: number;
      committee: string;
      date: string;
      items: { number: number; title: string }[];
    }
  /** Rows of the upcoming list already past today (left out). */
  | { kind: "upcoming-past"; count: number }
  /** An upcoming row asked about is no longer ahead (its date or period has passed). */
  | { kind: "upcoming-passed"; title: string; when: string | null; citation: number }
  /** The member asked about, as the attendance record lists them. */
  | {
      kind: "member-attendance";
      name: string;
      /** "replaced": a substitute sat in for the member, who therefore did not attend. */
      status: "present" | "absent" | "substitute" | "replaced" | "unlisted";
    }
  /** The question named a meeting that is not indexed. */
  | { kind: "no-meeting" }
  /** The question named an item number the meeting does not have. */
  | { kind: "no-item"; item: number; citation: number };

export type Draft = Omit<Answer, "question" | "language" | "intent" | "text" | "context"> & { notes: Note[] };

export interface ComposeInput {
  index: LoadedIndex;
  catalog: Catalog;
  lexicon: Lexicon;
  u: Understanding;
  retrieval: Retrieval;
  book: CitationBook;
  /** ISO date the question is asked on. */
  today: string;
  /** Base of links to the built-in minutes viewer, for sources without an official URL. */
  publicBaseUrl: string;
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
