// The one error the parser throws for input it cannot read as minutes: names the file and what is wrong.

/** An expected failure: the file is empty, not minutes, truncated, binary, or unreadable. */
export class ParseError extends Error {
  /** The file (or source name) that failed. */
  readonly source: string;
  /** What is wrong, in one line, without the file name. */
  readonly reason: string;

  constructor(source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = "ParseError";
    this.source = source;
    this.reason = reason;
  }
}
