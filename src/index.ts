// The public surface of Referat: create or load the assistant, and the domain types its answers use.

/** Dates as the answers write them ("9. december 2020" / "9 December 2020"), for adapters that build questions. */
export { formatDate } from "./answer/render-text.ts";
export type { AssistantOptions, LoadAssistantOptions } from "./assistant.ts";
export { createAssistant, DEFAULT_PUBLIC_BASE_URL, loadAssistant } from "./assistant.ts";
export * from "./domain/index.ts";
