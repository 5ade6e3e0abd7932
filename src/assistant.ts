// The assistant: an index and the answer engine behind the one call adapters use, ask(question) -> Answer.

import { answerQuestion, createEngineState, helpAnswer, localToday } from "./answer/answer-question.ts";
import type { Answer, AskOptions, Assistant } from "./domain/index.ts";
import { type LoadedIndex, loadIndex } from "./search/index.ts";

/** Where citation links point when a source has no official URL: the built-in minutes viewer. */
export const DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";

export interface AssistantOptions {
  index: LoadedIndex;
  /** Base URL of the minutes viewer (default http://localhost:8080). */
  publicBaseUrl?: string;
}

export function createAssistant(options: AssistantOptions): Assistant {
  const state = createEngineState(options.index, options.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL);
  return {
    async ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      const options = { context: askOptions.context ?? null, today: askOptions.today ?? localToday() };
      try {
        return answerQuestion(state, question, options);
      } catch (error) {
        // A strange question must not break a chat: say what failed on stderr, answer with help.
        const reason = error instanceof Error ? error.message : String(error);
        process.stderr.write(`referat: answer engine failed on ${JSON.stringify(question)}: ${reason}\n`);
        return helpAnswer(question, options.context);
      }
    },
  };
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
   * Answers from `index` from now on. A question being answered finishes on the index it started with (the engine
   * answers in one synchronous step), so no question is dropped or answered from half of each.
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
