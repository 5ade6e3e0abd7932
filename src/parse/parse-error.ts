// The one error the parser throws for input it cannot read as minutes: names the file and what is wrong.

/** An expected failure: the file is empty, not minutes, truncated, binary, or unreadable. */
export class ParseError extends Error {
  /** The file (or source name) that failed. */
  readonly source: string;
  /** What is wrong, in one line, without the file name. */
  readonly reason: string;

  /**
   * Set when the file was read and is a document of a known kind that holds no minutes (a publishing system's
   * listing of meetings, an export's manifest): what it is. Unset for a file that could not be read.
   */
  readonly recognisedAs: string | null;

  constructor(source: string, reason: string, options: { recognisedAs?: string } = {}) {
    super(`${source}: ${reason}`);
    this.name = "ParseError";
    this.source = source;
    this.reason = reason;
    this.recognisedAs = options.recognisedAs ?? null;
  }
}
