import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { countLines, countTags, tooLarge, tooManyLines } from "../../src/ingest/document-limits.ts";
import { readDocument } from "../../src/ingest/read-document.ts";

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

describe("markup", () => {
  it("counts tags by their first character, without decoding", () => {
    expect(countTags(new TextEncoder().encode(""))).toBe(0);
    expect(countTags(new TextEncoder().encode("<p>Godkendt.</p><br/>æøå <"))).toBe(4);
  });

  it("refuses a markup document of more tags than ten a line of the limit, before any tree is built", async () => {
    const file = "test/fixtures/real/firstagenda/aarhus/aarhus-byraad-2025-10-08-dagsorden.html";
    const bytes = new Uint8Array(await readFile(file));
    expect(countTags(bytes)).toBe(8_496);
    await expect(readDocument(bytes, "agenda.html", { maxDocumentLines: 849 })).rejects.toThrow(
      "agenda.html: too much markup: 8,496 tags, the limit is 8,490 per document (10 a line; raise it with --max-document-lines)",
    );
    expect((await readDocument(bytes, "agenda.html", { maxDocumentLines: 1_100 })).items?.length).toBe(33);
    // A text file's "<" is no markup.
    const text = new TextEncoder().encode(`Referat\nByrådet\n${"<".repeat(20_000)}\n`);
    expect((await readDocument(text, "a.txt", { maxDocumentLines: 100 })).blocks.length).toBe(4);
  });
});

describe("a PDF over the line limit", () => {
  it("is refused as soon as the pages read pass it, saying how far it was read", async () => {
    const bytes = new Uint8Array(await readFile("test/fixtures/real/acadre/syddjurs-puk-2013-06-20.pdf"));
    // Five pages; the text layer has 14, 3, 40, 17 and 5 lines once running headers are dropped.
    await expect(readDocument(bytes, "puk.pdf", { maxDocumentLines: 50 })).rejects.toThrow(
      /^puk\.pdf: too many lines: \d+ by page 3 of 5, the limit is 50 per document/,
    );
    expect((await readDocument(bytes, "puk.pdf", { maxDocumentLines: 1_000 })).pageCount).toBe(5);
  });
});

describe("a PDF of more pages than the line limit allows", () => {
  it("is refused before any page is read", async () => {
    const bytes = new Uint8Array(await readFile("test/fixtures/real/acadre/syddjurs-puk-2013-06-20.pdf"));
    await expect(readDocument(bytes, "puk.pdf", { maxDocumentLines: 49 })).rejects.toThrow(
      "puk.pdf: too many pages: 5, the limit is 4 per document (10 lines a page; raise it with --max-document-lines)",
    );
  });
});
