// FirstAgenda Publication (used by most Danish municipalities): its API's meeting response as a SourceDocument.
export { htmlBlocks } from "./html-blocks.ts";
export { type FirstAgendaOptions, readFirstAgendaJson } from "./read-json.ts";
export { type AgendaItemResponse, type MeetingResponse, MeetingResponseSchema } from "./schema.ts";
