// The one error loading an index throws: names the index directory, what is wrong, and how to rebuild.

/** The command that rebuilds the bundled index from the sample minutes. */
export const REBUILD_HINT = "rebuild it with: npm run cli -- index index-data/minutes";

/** An index that is missing, stale (built by another version) or corrupt. */
export class IndexError extends Error {
  /** The index directory. */
  readonly dir: string;
  /** What is wrong, in one line, without the directory or the hint. */
  readonly reason: string;

  constructor(dir: string, reason: string) {
    super(`search index ${dir}: ${reason}; ${REBUILD_HINT} (or with --out ${dir} and your minutes)`);
    this.name = "IndexError";
    this.dir = dir;
    this.reason = reason;
  }
}
