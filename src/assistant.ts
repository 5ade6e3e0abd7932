// The assistant: an index and the answer engine behind the one call adapters use, ask(question) -> Answer.

import { answerQuestion, createEngineState, localToday } from "./answer/answer-question.ts";
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
      // Engine errors reach the caller: each adapter apologises once, with a reference id that is in its log.
      return answerQuestion(state, question, options);
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
