// The assistant: an index and the answer engine behind the one call adapters use, ask(question) -> Answer.

import { answerQuestion, createEngineState, type EngineState, localToday } from "./answer/answer-question.ts";
import { type Answer, type AskOptions, type Assistant, MAX_QUESTION_LENGTH } from "./domain/index.ts";
import { type LoadedIndex, loadIndex, localSearchBackend, type SearchBackend } from "./search/index.ts";

/** Where citation links point when a source has no official URL: the built-in minutes viewer. */
export const DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";

export interface AssistantOptions {
  /** The loaded index, answered through its local backend (unless `backend` is given). */
  index?: LoadedIndex;
  /** Where the engine reads and searches (default: the local backend of `index`; one of the two is required). */
  backend?: SearchBackend;
  /** Base URL of the minutes viewer (default http://localhost:8080). */
  publicBaseUrl?: string;
}

export function createAssistant(options: AssistantOptions): Assistant {
  const backend = options.backend ?? (options.index ? localSearchBackend(options.index) : null);
  if (!backend) throw new Error("createAssistant: give an index or a search backend");
  const ready = createEngineState(backend, options.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL);
  // A backend that cannot give its corpus fails each question (the adapters apologise with a reference id), not the
  // process: the rejection is observed here and raised again where a question awaits it.
  ready.catch(() => {});
  return {
    async ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      const state = await ready;
      const options = { context: askOptions.context ?? null, today: askOptions.today ?? localToday() };
      // Checked before any reading: understanding is not meant for pages of text, and a long one would take seconds.
      const tooLong = await questionTooLong(state, question, options.context);
      if (tooLong) return tooLong;
      // Engine errors reach the caller: each adapter apologises once, with a reference id that is in its log.
      return answerQuestion(state, question, options);
    },
  };
}

/** The refusal for a question over MAX_QUESTION_LENGTH characters, or null when the question is short enough. */
export async function questionTooLong(
  state: EngineState,
  question: string,
  context: AskOptions["context"],
): Promise<Answer | null> {
  // Counting stops just past the limit, so a huge question costs no more than a short one.
  let length = 0;
  for (const _ of question) if (++length > MAX_QUESTION_LENGTH) break;
  if (length <= MAX_QUESTION_LENGTH) return null;
  const total = [...question].length;
  const head = [...question.slice(0, 4 * MAX_QUESTION_LENGTH)].slice(0, MAX_QUESTION_LENGTH).join("");
  // The language of the head decides the refusal's; the empty question's answer (help) carries the rest.
  const help = await answerQuestion(state, "", { context: context ?? null });
  const language = (await answerQuestion(state, head, { context: null })).language;
  const text =
    language === "da"
      ? `Spørgsmålet er ${total} tegn langt; jeg læser højst ${MAX_QUESTION_LENGTH} tegn. Spørg om én ting ad gangen.`
      : `The question is ${total} characters long; I read at most ${MAX_QUESTION_LENGTH}. Please ask about one thing at a time.`;
  return { ...help, language, question: `${head}…`, text };
}

export interface LoadAssistantOptions {
  /** The built index directory (default "index-data"). */
  indexDir?: string;
  publicBaseUrl?: string;
}

/** Loads the index from disk and creates the assistant; throws IndexError when the index is missing or stale. */
export async function loadAssistant(options: LoadAssistantOptions = {}): Promise<Assistant & { index: LoadedIndex }> {
  const index = await loadIndex(options.indexDir ?? "index-data");
  const assistant = createAssistant({
    index,
    ...(options.publicBaseUrl ? { publicBaseUrl: options.publicBaseUrl } : {}),
  });
  return { ask: assistant.ask, index };
}

/** An assistant whose index can be replaced while it runs: background sync swaps in each rebuilt index. */
export interface SwappableAssistant extends Assistant {
  /** The index answering now. */
  readonly index: LoadedIndex;
  /**
   * Answers from `index` from now on. A question being answered finishes on the index it started with (its engine
   * state, index and backend are taken when it is asked), so no question is dropped or answered from half of each.
   */
  swap(index: LoadedIndex): void;
}

export function createSwappableAssistant(
  index: LoadedIndex,
  options: Omit<AssistantOptions, "index"> = {},
): SwappableAssistant {
  let current = { index, assistant: createAssistant({ ...options, index }) };
  return {
    get index() {
      return current.index;
    },
    ask: (question, askOptions) => current.assistant.ask(question, askOptions),
    swap(next) {
      current = { index: next, assistant: createAssistant({ ...options, index: next }) };
    },
  };
}
