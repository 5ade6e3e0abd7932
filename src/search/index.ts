// The search component's public surface: analysis, building, loading and searching the index, and citation links.
export { analyze, baseStem, eachToken, foldPhrase, foldWord, stem, tokenize } from "./analyze.ts";
export {
  type Corpus,
  type SearchBackend,
  type SearchFilters,
  type SearchHit,
  type SearchQuery,
  SearchQueryError,
  type SearchTarget,
} from "./backend.ts";
export { citationUrl } from "./citation-url.ts";
export { IndexError, REBUILD_HINT } from "./index-error.ts";
export { itemRefAt, meetingPosition } from "./item-ref.ts";
export {
  type ItemHit,
  type ItemRef,
  type LoadedIndex,
  loadIndex,
  type SearchOptions,
  type UpcomingHit,
  type VoteHit,
} from "./load-index.ts";
export { corpusOf, localSearchBackend } from "./local-backend.ts";
export { INDEX_FILES, type Manifest, ManifestSchema, SCHEMA_VERSION } from "./manifest.ts";
export { SOURCES_FILE, type Source, type SourceMap, SourceMapSchema } from "./sources.ts";
export { compare, type IndexInput, type SkippedInput, writeIndex } from "./write-index.ts";
