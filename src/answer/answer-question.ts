// The answer engine: understand the question, retrieve, compose one structured Answer per intent, render its text.

import {
  type Answer,
  AnswerSchema,
  type Citation,
  type ConversationContext,
  type Coverage,
  type Fact,
  type Intent,
  type Searched,
} from "../domain/index.ts";
import { escapeRegExp } from "../parse/escape-regexp.ts";
import { bodyKey } from "../records/vote-records.ts";
import { analyze, type Corpus, type SearchBackend } from "../search/index.ts";
import { type Catalog, catalogOf } from "./catalog.ts";
import { createCitationBook } from "./cite.ts";
import { composeAttendance } from "./compose/attendance.ts";
import { composeDecision } from "./compose/decision.ts";
import { type ComposeInput, type Draft, emptyDraft, type Note } from "./compose/draft.ts";
import { notStated } from "./compose/not-stated.ts";
import { composeSearch } from "./compose/search.ts";
import { composeSource } from "./compose/source.ts";
import { composeSpecial, type SpecialText } from "./compose/special.ts";
import { composeUpcoming } from "./compose/upcoming.ts";
import { composeVote } from "./compose/vote.ts";
import { PAGE, pageOf } from "./page.ts";
import { type AnswerFacts, renderText } from "./render-text.ts";
import { createRetrieval, holdsTitle, withLinkingVariants } from "./retrieve.ts";
import { namesBodyKind } from "./understand/body.ts";
import { stripChatMarkup } from "./understand/chat-markup.ts";
import { isoOf } from "./understand/dates.ts";
import { detectLanguage } from "./understand/language.ts";
import { buildLexicon, type Lexicon } from "./understand/lexicon.ts";
import { buildVocabulary, correctPartyNames, correctSpelling, type Vocabulary } from "./understand/spelling.ts";
import { contextOf, dayMayBeTopic, type Understanding, understand } from "./understand/understand.ts";

/** One composer per intent; a new intent does not compile until it has one. */
export const COMPOSERS: Record<Intent, (input: ComposeInput) => Draft | Promise<Draft>> = {
  vote: composeVote,
  decision: composeDecision,
  upcoming: composeUpcoming,
  source: composeSource,
  attendance: composeAttendance,
  search: composeSearch,
};

/** What the engine derives from an index once: the roster and bodies for reading questions, maps of meeting facts. */
export interface EngineState {
  /** Where the engine searches. */
  backend: SearchBackend;
  /** The backend's meetings, sources and records, read once. */
  corpus: Corpus;
  catalog: Catalog;
  /** What the index covers, for /help and not-found answers. */
  coverage: Coverage;
  /** The words of the minutes, for reading typos. */
  vocabulary: Vocabulary;
  lexicon: Lexicon;
  publicBaseUrl: string;
}

/** Reads the backend's corpus once and derives what answering needs from it. */
export async function createEngineState(backend: SearchBackend, publicBaseUrl: string): Promise<EngineState> {
  const corpus = await backend.corpus();
  // The municipalities the sources name (sources.json), beside those the minutes' own text names.
  const fromSources = corpus.meetings.map((_, i) => corpus.municipalityOf(i)).filter((m): m is string => Boolean(m));
  const catalog = catalogOf(corpus);
  const lexicon = buildLexicon(corpus.meetings, fromSources);
  return {
    backend,
    corpus,
    catalog,
    coverage: coverageOf(corpus, catalog),
    vocabulary: buildVocabulary(corpus.meetings, lexicon),
    lexicon,
    publicBaseUrl,
  };
}

/** Today's date in the local time zone, ISO. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface AnswerOptions {
  context?: ConversationContext | null;
  today?: string;
  /** How many of the listed facts were shown already (a "more" question). */
  offset?: number;
}

/** The words that ask for the rest of the previous answer, by language. */
const MORE_WORDS: Record<"en" | "da", readonly string[]> = {
  en: ["more", "show more", "see more", "the rest", "next"],
  da: ["flere", "mere", "vis flere", "vis mere", "resten", "næste"],
};
const moreIn = (words: readonly string[]) => new RegExp(`^\\s*(?:${words.join("|")})\\s*[.!?]*\\s*$`, "iu");
/** A request for the rest of the previous answer. */
const MORE = moreIn([...MORE_WORDS.en, ...MORE_WORDS.da]);
const MORE_IN_ENGLISH = moreIn(MORE_WORDS.en);

/** How many facts the "more" fact says are left; 0 when none. */
const restOf = (more: readonly Fact[]): number => {
  const f = more.find((x): x is Extract<Fact, { kind: "more" }> => x.kind === "more");
  return f?.count ?? 0;
};

export { PAGE } from "./page.ts";

/** Answers one question from the index; the result is validated against AnswerSchema. */
export async function answerQuestion(
  state: EngineState,
  question: string,
  options: AnswerOptions = {},
): Promise<Answer> {
  // "more" / "flere": the rest of the previous answer, asked again from where it stopped.
  const previous = options.context;
  const asksMore = MORE.test(stripChatMarkup(question));
  // "more" with nothing left to show (the previous answer showed it all), or with no answer before it: say so,
  // rather than search the minutes for the word "more".
  if (asksMore && (!previous?.question || previous.rest === 0)) {
    const u = understand(question, state.lexicon, { today: options.today ?? localToday(), context: null });
    const draft = emptyDraft(createCitationBook(state.corpus, state.publicBaseUrl));
    const nothing: Fact = { kind: "nothing-more", after: Boolean(previous?.question) };
    const language = previous?.question
      ? detectLanguage(previous.question)
      : MORE_IN_ENGLISH.test(stripChatMarkup(question))
        ? "en"
        : "da";
    const status = previous?.question ? ("found" as const) : ("clarify" as const);
    return finish(state, question, { ...u, language }, { ...draft, status }, [nothing]);
  }
  if (previous?.question && asksMore) {
    const again = await answerQuestion(state, previous.question, {
      ...options,
      context: null,
      offset: previous.shown ?? 0,
    });
    return AnswerSchema.parse({ ...again, question });
  }
  // A party's name with a typo ("Socialdemokratet", "Venster") is read as the name, and the answer says so.
  const fixedParty = correctPartyNames(question, state.vocabulary);
  const asked = fixedParty?.text ?? question;
  const pre: Fact[] = (fixedParty?.corrections ?? []).map((c) => ({
    kind: "did-you-mean",
    asked: c.asked,
    read: c.read,
  }));
  const first = await draftAnswer(state, asked, options);
  // "Forslag fra SF om Børnenes Plads": a party named in a title, with no vote word, guessed a vote question. When no
  // vote answers it and the question is an item's whole title, that item answers (an agenda's member proposal has no
  // vote yet), not the decisions of other items on the topic.
  const guessedVote = first.u.intent === "vote" && !first.u.intentExplicit && !first.special;
  if (guessedVote && first.draft.votes.length === 0 && first.u.topic.concepts.length > 0) {
    const asSearch = await draftAnswer(state, asked, options, { asSearch: true });
    const top = asSearch.draft.citations[0];
    if (asSearch.draft.status === "found" && top?.title && holdsTitle(asked, top.title))
      return finish(state, question, asSearch.u, asSearch.draft, pre, options.offset, asSearch.special);
  }
  // Found, but with a topic word the minutes' titles do not know ("henvenelser til formanden"): when the item found
  // does not hold that word anywhere either, it was found by the other words, and the word is likely a typo ("did you
  // mean Henvendelser?"); the corrected question answers when it finds something.
  if (first.draft.status === "found" && !first.special) {
    const fix = correctSpelling(asked, first.u.topic.text, state.vocabulary);
    const top = first.draft.citations[0];
    if (
      fix &&
      top &&
      !itemHolds(
        state,
        top,
        fix.corrections.map((c) => c.asked),
      )
    ) {
      const second = await draftAnswer(state, fix.text, options);
      if (second.draft.status === "found") {
        const read: Fact[] = fix.corrections.map((c) => ({ kind: "did-you-mean", asked: c.asked, read: c.read }));
        return finish(state, question, second.u, second.draft, [...pre, ...read], options.offset, second.special);
      }
    }
  }
  if (first.draft.status !== "not_found" || first.draft.decisions.length > 0)
    return finish(state, question, first.u, first.draft, pre, options.offset, first.special);
  // Nothing on that meeting day: the day may be part of the topic ("Folkeafstemning 1. juni 2022").
  const bodyMetOn = (body: string, day: string) =>
    (state.catalog.byDate.get(day) ?? []).some(
      (m) => bodyKey(state.catalog.meetings[m]?.committee ?? "") === bodyKey(body),
    );
  if (dayMayBeTopic(first.u, bodyMetOn)) {
    const asTopic = await draftAnswer(state, asked, options, { daysAsTopic: true });
    if (asTopic.draft.status === "found" || asTopic.draft.decisions.length > 0)
      return finish(state, question, asTopic.u, asTopic.draft, pre, options.offset, asTopic.special);
  }
  // "approved by Kommunalbestyrelsen": a council named by its kind narrowed the search to the indexed councils, and
  // none of them holds it; the item may be another municipality's, whose council's minutes are not indexed. Answer
  // from every body, and say that the council's own minutes do not hold it.
  // (Not for records and case histories, whose "none in this body" is the answer.)
  if (first.u.bodiesByKind && first.u.bodies.length > 0 && first.u.topic.concepts.length > 0 && !first.special) {
    const anyBody = await draftAnswer(state, asked, options, { anyBody: true });
    if (!anyBody.special && (anyBody.draft.status === "found" || anyBody.draft.decisions.length > 0)) {
      const outside: Fact[] = [{ kind: "not-in-bodies", bodies: oneNamePerBody(first.u.bodies) }];
      return finish(state, question, first.u, anyBody.draft, [...pre, ...outside], options.offset, anyBody.special);
    }
  }
  // Nothing found as written: read unknown words as the closest words of the minutes, and say so when that answers.
  const corrected = correctSpelling(asked, first.u.topic.text, state.vocabulary);
  if (corrected) {
    const second = await draftAnswer(state, corrected.text, options);
    if (second.draft.status === "found" || second.draft.decisions.length > 0) {
      const read: Fact[] = corrected.corrections.map((c) => ({ kind: "did-you-mean", asked: c.asked, read: c.read }));
      return finish(state, question, second.u, second.draft, [...pre, ...read], options.offset, second.special);
    }
  }
  return finish(state, question, first.u, first.draft, pre, options.offset, first.special);
}

/** True when the cited item's texts (title, case text, recommendation, decisions) hold any of these words. */
function itemHolds(state: EngineState, cited: Citation, words: readonly string[]): boolean {
  if (cited.item === null) return true;
  const position = (state.catalog.byDate.get(cited.meetingDate) ?? []).find(
    (m) => state.catalog.meetings[m]?.committee === cited.committee,
  );
  const item = position === undefined ? undefined : state.catalog.item(position, cited.item);
  if (!item) return true;
  // By stem, word for word: "musikskolen" is held by a text saying "musikskole" (an inflection, not a typo), and
  // "henvenelser" is not held by "henvendelser".
  const parts = [item.title, item.text, item.recommendation ?? "", ...item.decisions.map((d) => d.text)];
  const stems = new Set(analyze(parts.join(" ")));
  return words.some((w) => analyze(w).some((t) => stems.has(t)));
}

/** A case number written as one ("sag 24/99999", "sagsnr. …", "case no. …"). */
const CASE_CUE = (raw: string) =>
  new RegExp(
    `(?<![\\p{L}])(?:sag(?:en)?|sagsnr\\.?|sagsnummer|journalnr\\.?|j\\.\\s?nr\\.?|case(?:\\s+(?:number|no\\.?))?)\\s*(?:nr\\.?\\s*)?:?\\s*${escapeRegExp(raw)}`,
    "iu",
  );

/** How a retry reads the question: its days as topic words, any body, or as a search rather than its guessed intent. */
interface Reading {
  daysAsTopic?: boolean;
  anyBody?: boolean;
  asSearch?: boolean;
}

async function draftAnswer(
  state: EngineState,
  question: string,
  options: AnswerOptions,
  reading: Reading = {},
): Promise<{ u: Understanding; draft: Draft; special?: SpecialText }> {
  const today = options.today ?? localToday();
  const { daysAsTopic = false, anyBody = false, asSearch = false } = reading;
  const understood = understand(question, state.lexicon, { today, context: options.context ?? null, daysAsTopic });
  const scoped = anyBody ? { ...understood, bodies: [], bodiesByKind: false } : understood;
  const read = asSearch ? { ...scoped, intent: "search" as const } : scoped;
  // A one-word body-shaped name the minutes use elsewhere is a topic ("Integrationsrådet"), not an unknown body.
  const named = read.unknownBody;
  // (Not a council asked by its kind, "byrådet", when none is indexed: its minutes are what is missing.)
  const isTopic =
    named !== null && !namesBodyKind(named) && !/\s/.test(named) && state.vocabulary.counts.has(named.toLowerCase());
  const unnamed = isTopic ? { ...read, unknownBody: null } : read;
  // A number read as a case number that no item holds, in a question with words of its own, is part of those words
  // ("… rammeaftalens fokusområder 2025-2526 - status"): asked alone ("Hvad skete der med sag 24/99999?") it stays,
  // and the answer says no such case is indexed.
  // Named as a case ("sag 24/99999", "case 24-046085") it is what is asked, and stays.
  const unknownCase =
    unnamed.caseNumber !== null &&
    unnamed.topic.concepts.length > 0 &&
    !CASE_CUE(unnamed.caseNumber).test(unnamed.question) &&
    state.catalog.itemsWithCaseNumber(unnamed.caseNumber).length === 0;
  const asRead = unknownCase ? { ...unnamed, caseNumber: null } : unnamed;
  const u = { ...asRead, topic: await withLinkingVariants(state.backend, asRead.topic) };
  const book = createCitationBook(state.corpus, state.publicBaseUrl);
  const input: ComposeInput = {
    corpus: state.corpus,
    catalog: state.catalog,
    lexicon: state.lexicon,
    u,
    retrieval: await createRetrieval(state.backend, state.catalog, u, today),
    book,
    today,
    publicBaseUrl: state.publicBaseUrl,
    offset: options.offset ?? 0,
  };
  // Records across meetings and a case's history have composers, and fixed wording, of their own.
  const special = u.unknownBody ? null : await composeSpecial(input);
  if (special) return { u: { ...u, intent: special.intent }, draft: special.draft, special };
  // A body the index does not hold: say so, and which bodies it holds, rather than answer from another body.
  const draft = u.unknownBody
    ? emptyDraft(book)
    : needsClarification(u)
      ? { ...emptyDraft(book), status: "clarify" as const }
      : await COMPOSERS[u.intent](input);
  return { u, draft };
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
  // A search scoped to a member or party ("What did Charlotte Munch ask about?") quotes what names them.
  if (u.intent === "search")
    return (
      u.topic.concepts.length === 0 &&
      u.item === null &&
      !u.caseNumber &&
      u.dates.length === 0 &&
      !(u.intentExplicit && (u.member || u.party))
    );
  return !anything && u.intent !== "upcoming";
}

function finish(
  state: EngineState,
  question: string,
  u: Understanding,
  draft: Draft,
  extra: Fact[] = [],
  offset = 0,
  special?: SpecialText,
): Answer {
  // A special answer (a record, a case's history) pages its own list and writes its own text; the others are paged
  // here, their text rendered from the page.
  const page = special
    ? {
        draft,
        more: special.more > 0 ? [{ kind: "more" as const, count: special.more, of: "votes" as const }] : [],
        shown: special.shown,
      }
    : paged(draft, u.intent, offset);
  const text = special?.text;
  const { notes, status, ...parts } = page.draft;
  const base = {
    question,
    language: u.language,
    intent: u.intent,
    ...parts,
    facts: [...extra, ...factsOf(page.draft, u.intent), ...notStated(question, page.draft), ...page.more],
    searched: searchedOf(u),
    coverage: state.coverage,
    context: { ...contextOf(u), question, shown: page.shown, rest: restOf(page.more) },
  };
  // A page of a longer list cites only what it shows.
  const shown = page.more.length > 0 || offset > 0 ? onlyCitedOnPage(base) : base;
  const facts: AnswerFacts =
    status === "clarify"
      ? { ...shown, status, reason: u.question.trim() === "" ? ("empty" as const) : ("nothing-to-look-for" as const) }
      : { ...shown, status };
  return AnswerSchema.parse({ ...facts, text: text ?? renderText(facts) });
}

/**
 * The answer with only the citations its parts and facts refer to (by `citation` / `citations` index), renumbered
 * in their order: rows cut off by paging leave theirs out.
 */
function onlyCitedOnPage<T extends { citations: readonly Citation[] }>(answer: T): T {
  const { citations, ...rest } = answer;
  const used = new Set<number>();
  const visit = (x: unknown, rewrite: ((i: number) => number) | null): unknown => {
    if (Array.isArray(x)) return x.map((y) => visit(y, rewrite));
    if (x === null || typeof x !== "object") return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === "citation" && typeof v === "number") {
        used.add(v);
        out[k] = rewrite ? rewrite(v) : v;
      } else if (k === "citations" && Array.isArray(v) && v.every((i) => typeof i === "number")) {
        for (const i of v) used.add(i);
        out[k] = rewrite ? v.map(rewrite) : v;
      } else out[k] = visit(v, rewrite);
    }
    return out;
  };
  visit(rest, null);
  if (used.size === citations.length) return answer;
  const kept = [...used].sort((a, b) => a - b);
  const at = new Map(kept.map((old, i) => [old, i]));
  const renumbered = visit(rest, (i) => at.get(i) ?? i) as Omit<T, "citations">;
  return { ...renumbered, citations: kept.map((i) => citations[i] as Citation) } as unknown as T;
}

/**
 * One page of the answer's main list (votes, decisions, rows or passages), most relevant first: from `offset`, at
 * most the page size, with a "more" fact counting the rest. The contract arrays are cut the same way as the facts.
 */
function paged(draft: Draft, intent: Answer["intent"], offset: number): { draft: Draft; more: Fact[]; shown: number } {
  const page = PAGE[intent];
  const listOf = {
    vote: "votes",
    decision: "decisions",
    upcoming: "upcoming",
    passage: "matches",
    source: "matches",
  } as const;
  const key = page ? listOf[page.kind as keyof typeof listOf] : undefined;
  if (!page || !key) return { draft, more: [], shown: 0 };
  const all = draft[key] as unknown[];
  const { rows: kept, rest, shown } = pageOf(all, offset, page.size);
  const from = shown - kept.length;
  // Vote details are keyed by the vote's place in the list: renumber them with the list.
  const notes = draft.notes.flatMap((n): Note[] => {
    if (n.kind !== "vote-detail" || key !== "votes") return [n];
    const at = n.vote - from;
    return at >= 0 && at < kept.length ? [{ ...n, vote: at }] : [];
  });
  return {
    draft: { ...draft, [key]: kept, notes } as Draft,
    more: rest > 0 ? [{ kind: "more", count: rest, of: page.of }] : [],
    shown,
  };
}

/** The draft's parts as cited facts: votes with their details, decisions, rows, attendance, passages, then notes. */
function factsOf(draft: Draft, intent: Intent): Fact[] {
  const facts: Fact[] = [];
  draft.votes.forEach((v, i) => {
    const { citation, ...vote } = v;
    const detail = draft.notes.find(
      (n): n is Extract<Note, { kind: "vote-detail" }> => n.kind === "vote-detail" && n.vote === i,
    );
    facts.push({
      kind: "vote",
      citation,
      vote,
      proposer: detail?.proposer ?? null,
      sides: detail?.sides ?? null,
      quote: detail?.quote ?? null,
    });
  });
  for (const d of draft.decisions)
    facts.push({
      kind: "decision",
      citation: d.citation,
      body: d.body,
      date: d.date,
      quote: d.text,
      outcomes: d.outcomes ?? [],
    });
  for (const { citation, ...row } of draft.upcoming) facts.push({ kind: "upcoming", citation, row });
  if (draft.attendance) {
    const { citation, ...attendance } = draft.attendance;
    facts.push({ kind: "attendance", citation, attendance });
  }
  for (const m of draft.matches)
    facts.push(intent === "source" ? { kind: "source", citation: m.citation } : { kind: "passage", ...m });
  for (const n of draft.notes) if (n.kind !== "vote-detail") facts.push(n);
  return facts;
}

/** What the question was read as asking for. */
function searchedOf(u: Understanding): Searched {
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    topic: u.topic.text || null,
    bodies: oneNamePerBody(u.bodies),
    unknownBody: u.unknownBody,
    municipality: u.municipality,
    dates: u.dates.map((d) =>
      d.kind === "latest"
        ? ("latest" as const)
        : d.kind === "period"
          ? { from: d.from, to: d.to }
          : d.year === null
            ? `--${pad(d.month)}-${pad(d.day)}`
            : isoOf(d.year, d.month, d.day),
    ),
    item: u.item,
    ...(u.closedItems ? { closedItems: true } : {}),
  };
}

/** One name per body, the first written: "Byrådet" (its decisions) and "Byråd" (its meetings' heading) are one council. */
function oneNamePerBody(names: readonly string[]): string[] {
  return names.filter((b, i) => names.findIndex((x) => bodyKey(x) === bodyKey(b)) === i);
}

/**
 * The bodies of the index, each once: "Byråd" and "Byrådet" are one body (bodyKey), named as most of its meetings
 * name it.
 */
function bodyNames(catalog: Catalog): string[] {
  const best = new Map<string, string>();
  const count = (name: string) => catalog.byBody.get(name)?.length ?? 0;
  for (const name of catalog.byBody.keys()) {
    const key = bodyKey(name);
    const seen = best.get(key);
    if (!seen || count(name) > count(seen) || (count(name) === count(seen) && name.length > seen.length))
      best.set(key, name);
  }
  return [...best.values()];
}

/** What the index covers: its municipalities, bodies and dates. */
export function coverageOf(corpus: Corpus, catalog: Catalog): Coverage {
  const dates = corpus.meetings.map((m) => m.date).sort();
  const uniq = (xs: (string | null)[]) =>
    [...new Set(xs.filter((x): x is string => Boolean(x)))].sort((a, b) => a.localeCompare(b, "da"));
  return {
    municipalities: uniq([...catalog.municipality]),
    bodies: uniq(bodyNames(catalog)),
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    meetings: corpus.meetings.length,
  };
}
