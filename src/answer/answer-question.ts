// The answer engine: understand the question, retrieve, compose one structured Answer per intent, render its text.
import { type Answer, AnswerSchema, type ConversationContext, type Intent, noFacts } from "../domain/index.ts";
import type { LoadedIndex } from "../search/index.ts";
import { type Catalog, catalogOf } from "./catalog.ts";
import { createCitationBook } from "./cite.ts";
import { composeAttendance } from "./compose/attendance.ts";
import { composeDecision } from "./compose/decision.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./compose/draft.ts";
import { composeSearch } from "./compose/search.ts";
import { composeSource } from "./compose/source.ts";
import { composeSpecial } from "./compose/special.ts";
import { composeUpcoming } from "./compose/upcoming.ts";
import { composeVote } from "./compose/vote.ts";
import { helpText, renderText } from "./render-text.ts";
import { createRetrieval } from "./retrieve.ts";
import { detectLanguage } from "./understand/language.ts";
import { buildLexicon, type Lexicon } from "./understand/lexicon.ts";
import { contextOf, type Understanding, understand } from "./understand/understand.ts";

/** One composer per intent; a new intent does not compile until it has one. */
export const COMPOSERS: Record<Intent, (input: ComposeInput) => Draft> = {
  vote: composeVote,
  decision: composeDecision,
  upcoming: composeUpcoming,
  source: composeSource,
  attendance: composeAttendance,
  search: composeSearch,
};

/** What the engine derives from an index once: the roster and bodies for reading questions, maps of meeting facts. */
export interface EngineState {
  index: LoadedIndex;
  catalog: Catalog;
  lexicon: Lexicon;
  publicBaseUrl: string;
}

export function createEngineState(index: LoadedIndex, publicBaseUrl: string): EngineState {
  const fromSources = Object.values(index.sources)
    .map((s) => s.municipality)
    .filter((m): m is string => Boolean(m));
  return { index, catalog: catalogOf(index), lexicon: buildLexicon(index.meetings, fromSources), publicBaseUrl };
}

/** Today's date in the local time zone, ISO. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface AnswerOptions {
  context?: ConversationContext | null;
  today?: string;
}

/** Answers one question from the index; the result is validated against AnswerSchema. */
export function answerQuestion(state: EngineState, question: string, options: AnswerOptions = {}): Answer {
  const today = options.today ?? localToday();
  const u = understand(question, state.lexicon, { today, context: options.context ?? null });
  const book = createCitationBook(state.index, state.publicBaseUrl);
  const input: ComposeInput = {
    index: state.index,
    catalog: state.catalog,
    lexicon: state.lexicon,
    u,
    retrieval: createRetrieval(state.index, state.catalog, u, today),
    book,
    today,
    publicBaseUrl: state.publicBaseUrl,
  };
  const special = composeSpecial(input);
  if (special) return finish(question, { ...u, intent: special.intent }, special.draft, special.text);
  const draft = needsClarification(u)
    ? { ...emptyDraft(book), status: "clarify" as const }
    : COMPOSERS[u.intent](input);
  return finish(question, u, draft);
}

/** A question with nothing to go on: no topic, subject, meeting, item or intent of its own. */
function needsClarification(u: Understanding): boolean {
  if (u.question.trim() === "") return true;
  const anything =
    u.topic.concepts.length > 0 ||
    u.party ||
    u.member ||
    u.bodies.length > 0 ||
    u.municipality ||
    u.dates.length > 0 ||
    u.item !== null ||
    u.caseNumber;
  // An open question needs a topic, or an item to show (by number, case number or meeting day).
  if (u.intent === "search")
    return u.topic.concepts.length === 0 && u.item === null && !u.caseNumber && u.dates.length === 0;
  return !anything && u.intent !== "upcoming";
}

function finish(question: string, u: Understanding, draft: Draft, text?: string): Answer {
  const { notes: _notes, ...parts } = draft;
  const answer: Answer = {
    question,
    language: u.language,
    intent: u.intent,
    text: text ?? renderText(draft, u),
    ...parts,
    context: contextOf(u),
  };
  return AnswerSchema.parse(answer);
}

/** The help answer, for a question the engine failed on. */
export function helpAnswer(question: string, context: ConversationContext | null): Answer {
  const language = detectLanguage(question);
  return AnswerSchema.parse({
    question,
    language,
    intent: context?.intent ?? "search",
    status: "clarify",
    text: helpText(language),
    citations: [],
    ...noFacts(),
    context: context ?? {
      intent: "search",
      topic: null,
      party: null,
      member: null,
      committee: null,
      date: null,
      item: null,
    },
  });
}
