// The parser's public surface: a SourceDocument (from any reader) -> Meeting, and minutes text -> Meeting.
// Reading files (choosing a reader, limits, folders) is ingest's job: see src/ingest/.
export { assembleMeeting, blockLines } from "./assemble.ts";
export { ParseError } from "./parse-error.ts";
export { type ParseOptions, parseText } from "./parse-text.ts";
