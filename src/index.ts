// The public surface of Referat: create or load the assistant, and the domain types its answers use.

export type { AssistantOptions, LoadAssistantOptions } from "./assistant.ts";
export { createAssistant, DEFAULT_PUBLIC_BASE_URL, loadAssistant } from "./assistant.ts";
export * from "./domain/index.ts";
