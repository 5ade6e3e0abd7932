import { describe, expect, it } from "vitest";
import { countLines, tooLarge, tooManyLines } from "../../src/ingest/document-limits.ts";

describe("countLines", () => {
  it("counts lines as the text reader splits them, without splitting", () => {
    expect(countLines("")).toBe(1);
    expect(countLines("Referat")).toBe(1);
    expect(countLines("Referat\nØkonomiudvalget\n")).toBe(3);
    expect(countLines("a\r\nb\r\nc")).toBe(3);
    expect(countLines("a\rb\rc\rd")).toBe(4);
    expect(countLines("x\n".repeat(100_000))).toBe(100_001);
    // The same count as the reader's split, on each kind of line break.
    for (const text of ["a\n\nb", "a\r\n\r\nb\r\n", "a\rb\r"])
      expect(countLines(text)).toBe(text.split(/\r\n|\r|\n/).length);
  });
});

describe("refusals", () => {
  it("say what is over which limit and how to raise it", () => {
    expect(tooManyLines(1_250_001, 100_000)).toBe(
      "too many lines: 1,250,001, the limit is 100,000 per document (raise it with --max-document-lines)",
    );
    expect(tooLarge(200 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      "too large: 200.0 MB, the limit is 50.0 MB per document (raise it with --max-document-mb)",
    );
  });
});
