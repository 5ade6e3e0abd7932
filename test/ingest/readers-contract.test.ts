// The contract every registered reader passes: its real example reads into a schema-valid SourceDocument and then
// into minutes; empty, truncated, wrongly encoded and not-minutes input fails with one ParseError naming the file.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceDocumentSchema } from "../../src/ingest/document.ts";
import { parseDocument, READERS, readerFor } from "../../src/ingest/index.ts";
import { fileRef } from "../../src/ingest/source-ref.ts";
import { assembleMeeting, ParseError } from "../../src/parse/index.ts";

/** The bytes of `text` as UTF-16LE without a byte-order mark: an encoding no reader takes. */
function utf16(bytes: Uint8Array): Uint8Array {
  return Buffer.from(Buffer.from(bytes).toString("latin1"), "utf16le");
}

async function failure(bytes: Uint8Array, file: string): Promise<ParseError> {
  try {
    await parseDocument(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error(`${file} was read as minutes`);
}

describe.each(READERS.map((r) => [r.name, r] as const))("the %s reader", (_name, reader) => {
  const example = new Uint8Array(readFileSync(reader.example));
  const file = basename(reader.example);

  it("is the reader chosen for its example, by content", () => {
    expect(readerFor(file, example.subarray(0, 4096)).name).toBe(reader.name);
    expect(readerFor("renamed.dat", example.subarray(0, 4096)).name).toBe(reader.name);
  });

  it("reads its real example into a schema-valid SourceDocument and minutes with items", async () => {
    const doc = await reader.read(example, fileRef(file, example));
    expect(SourceDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.ref.file).toBe(file);
    const meeting = assembleMeeting(doc);
    expect(meeting.items.length).toBeGreaterThan(0);
    expect(meeting.source).toBe(file);
    expect(meeting.id).not.toBe("");
  });

  it("refuses empty input, naming the file", async () => {
    const e = await failure(new Uint8Array(), `empty-${file}`);
    expect(e.message).toBe(`empty-${file}: the file is empty`);
  });

  it("refuses truncated input, naming the file", async () => {
    const e = await failure(example.subarray(0, Math.floor(example.length / 2)), `cut-${file}`);
    expect(e.source).toBe(`cut-${file}`);
    expect(e.message).not.toContain("\n");
  });

  it("refuses input in another encoding, naming the file", async () => {
    const e = await failure(utf16(example), `utf16-${file}`);
    expect(e.source).toBe(`utf16-${file}`);
    expect(e.message).not.toContain("\n");
  });

  it("refuses a well-formed document that is not minutes, naming the file", async () => {
    const bytes = new Uint8Array(readFileSync(reader.notMinutes));
    const e = await failure(bytes, basename(reader.notMinutes));
    expect(e.source).toBe(basename(reader.notMinutes));
    expect(e.reason).toMatch(/not look like minutes|no agenda items|not a|not minutes/);
  });
});
