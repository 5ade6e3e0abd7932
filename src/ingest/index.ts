// The ingest component's public surface: documents in (readers, listing, limits, stable ids) -> meetings for the index.
export { type BuildOptions, type BuildReport, buildIndex, oneDocumentPerMeeting } from "./build-index.ts";
export * from "./document.ts";
export {
  countLines,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_DOCUMENT_LINES,
  tooLarge,
  tooManyLines,
} from "./document-limits.ts";
export { type Listing, listDocuments } from "./list-files.ts";
export { inMemoryIdentity, meetingIdOf, slug } from "./meeting-id.ts";
export {
  parseDocument,
  parseFile,
  type ReadOptions,
  readDocument,
  readDocumentBytes,
} from "./read-document.ts";
export { READERS, type Reader, readableExtensions, readerFor } from "./readers.ts";
export { fileRef, sha256Hex } from "./source-ref.ts";
