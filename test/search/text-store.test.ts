// The text store written to its file as texts are added, read back whole.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TextStore, TextStoreWriter } from "../../src/search/text-store.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("TextStoreWriter", () => {
  it("writes texts of every size, a longer one than its chunk among them, and the store reads them back", () => {
    dir = mkdtempSync(join(tmpdir(), "referat-texts-"));
    const texts = [
      "",
      "Godkendt.",
      "Økonomiudvalget anbefaler – enstemmigt – at “planen” godkendes. €",
      "Udvalget drøftede sagen. ".repeat(60_000), // 1.5 MB: more than a chunk
      "x".repeat(1_048_576), // exactly a chunk
      "Til efterretning.",
    ];
    const path = join(dir, "texts.bin");
    const writer = new TextStoreWriter(path, texts.length);
    expect(texts.map((t) => writer.add(t))).toEqual([0, 1, 2, 3, 4, 5]);
    const size = writer.finish();
    const bytes = new Uint8Array(readFileSync(path));
    expect(bytes.length).toBe(size);
    const store = new TextStore(bytes);
    expect(store.size).toBe(texts.length);
    for (const [i, t] of texts.entries()) expect(store.get(i)).toBe(t);
  });

  it("refuses more texts than announced, and fewer when finished", () => {
    dir = mkdtempSync(join(tmpdir(), "referat-texts-"));
    const one = new TextStoreWriter(join(dir, "a.bin"), 1);
    one.add("a");
    expect(() => one.add("b")).toThrow("text store: more than the 1 texts announced");
    one.close();
    const two = new TextStoreWriter(join(dir, "b.bin"), 2);
    two.add("a");
    expect(() => two.finish()).toThrow("text store: 1 texts added, 2 announced");
  });
});
