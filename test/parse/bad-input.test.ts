// Bad input: each expected failure is a one-line ParseError naming the file and what is wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/index.ts";
import { ParseError, parseText } from "../../src/parse/index.ts";
import { MINUTES_DIR } from "./helpers/compare-gold.ts";

const dir = mkdtempSync(join(tmpdir(), "referat-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = readFileSync(join(MINUTES_DIR, "001_03a16291dcfa58af.txt"));

async function reason(path: string): Promise<string> {
  try {
    await parseFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    const e = error as ParseError;
    expect(e.message).toBe(`${e.source}: ${e.reason}`);
    expect(e.message).not.toContain("\n");
    return e.message;
  }
  throw new Error(`${path} was parsed`);
}

beforeAll(async () => {
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n \t\n");
  writeFileSync(join(dir, "shopping.txt"), "Indkøbsliste\n\n- mælk\n- rugbrød\n\nHusk at ringe til mor.\n");
  writeFileSync(join(dir, "truncated.txt"), sample.subarray(0, 6000));
  writeFileSync(join(dir, "cut-in-character.txt"), Buffer.concat([sample.subarray(0, 200), Buffer.from([0xc3])]));
  writeFileSync(
    join(dir, "binary.bin"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
  );
  writeFileSync(
    join(dir, "mixed.txt"),
    Buffer.concat([Buffer.from("REFERAT Udvalget æ\n"), Buffer.from([0x50, 0x75, 0x6e, 0x6b, 0x74, 0xe6, 0x0a])]),
  );
  writeFileSync(join(dir, "fake.pdf"), "this is not a pdf");
  writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\n1 0 obj garbage\n%%EOF");
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++)
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 300, color: rgb(0.4, 0.4, 0.4) });
  writeFileSync(join(dir, "scanned.pdf"), await doc.save());
  writeFileSync(
    join(dir, "cp1252.txt"),
    Buffer.from(
      "REFERAT Byrådsudvalget d. 01-02-2021\n\nPunkt 1: Beslutning: Godkendelse af dagsorden\n\n21/1234\n\nBeslutninger Byrådsudvalget den 01-02-2021\n\nGodkendt.\n",
      "latin1",
    ),
  );
});

describe("bad input", () => {
  it("says an empty file is empty", async () => {
    expect(await reason(join(dir, "empty.txt"))).toBe("empty.txt: the file is empty");
    expect(await reason(join(dir, "blank.txt"))).toBe("blank.txt: the file is empty");
  });

  it("says text that is not minutes does not look like minutes", async () => {
    expect(await reason(join(dir, "shopping.txt"))).toMatch(/^shopping\.txt: does not look like minutes: /);
  });

  it("says a truncated document is truncated, naming the last item found", async () => {
    expect(await reason(join(dir, "truncated.txt"))).toMatch(
      /^truncated\.txt: the document seems truncated: the table of contents lists 10 items, but the text ends after item \d$/,
    );
    expect(await reason(join(dir, "cut-in-character.txt"))).toBe(
      "cut-in-character.txt: the file seems truncated: it ends in the middle of a character",
    );
  });

  it("says a binary file is binary", async () => {
    expect(await reason(join(dir, "binary.bin"))).toBe("binary.bin: binary data (NUL bytes), not a text or PDF file");
  });

  it("says a PDF without a text layer has none", async () => {
    expect(await reason(join(dir, "scanned.pdf"))).toBe(
      "scanned.pdf: the PDF has no text layer (a scanned image?); run OCR on it first",
    );
  });

  it("says a broken PDF or a non-PDF named .pdf is not readable", async () => {
    expect(await reason(join(dir, "fake.pdf"))).toBe("fake.pdf: not a PDF (no %PDF- header), though named .pdf");
    expect(await reason(join(dir, "broken.pdf"))).toMatch(
      /^broken\.pdf: (?:not a readable PDF|the PDF has no text layer)/,
    );
  });

  it("says invalid UTF-8 mixed with UTF-8 is broken encoding, with the byte", async () => {
    expect(await reason(join(dir, "mixed.txt"))).toBe(
      "mixed.txt: broken encoding: invalid UTF-8 at byte 25 (the file mixes UTF-8 with another encoding)",
    );
  });

  it("reads a file that is wholly Windows-1252 as such", async () => {
    const m = await parseFile(join(dir, "cp1252.txt"));
    expect(m.committee).toBe("Byrådsudvalget");
    expect(m.items[0]?.decisions[0]?.body).toBe("Byrådsudvalget");
  });

  it("says a missing file is missing", async () => {
    expect(await reason(join(dir, "nope.txt"))).toBe("nope.txt: no such file");
  });

  it("names the source given to parseText", () => {
    expect(() => parseText("", { source: "x.txt" })).toThrow("x.txt: the file is empty");
  });
});
