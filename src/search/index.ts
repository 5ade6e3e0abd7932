// The search component's public surface: analysis, building, loading and searching the index, and citation links.
export { analyze, foldWord, stem, tokenize } from "./analyze.ts";
export { type BuildOptions, type BuildReport, buildIndex } from "./build-index.ts";
export { citationUrl } from "./citation-url.ts";
export { IndexError, REBUILD_HINT } from "./index-error.ts";
export {
  type ItemHit,
  type ItemRef,
  type LoadedIndex,
  loadIndex,
  type SearchOptions,
  type UpcomingHit,
  type VoteHit,
} from "./load-index.ts";
export { INDEX_FILES, type Manifest, ManifestSchema, SCHEMA_VERSION } from "./manifest.ts";
export { meetingId } from "./meeting-id.ts";
export { SOURCES_FILE, type Source, type SourceMap, SourceMapSchema } from "./sources.ts";
export { type IndexInput, type SkippedInput, writeIndex } from "./write-index.ts";
