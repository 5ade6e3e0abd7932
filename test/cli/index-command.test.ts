import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexCommand, parseIndexArgs } from "../../src/cli/index-command.ts";
import { loadIndex } from "../../src/search/index.ts";

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-index-cli-"));
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("referat index", () => {
  it("indexes the good files, and names the malformed one on stderr and skips it", async () => {
    await copyFile("index-data/minutes/001_03a16291dcfa58af.txt", join(dir, "001_03a16291dcfa58af.txt"));
    await writeFile(join(dir, "broken.txt"), "Dette er ikke et referat.\n");
    const out = join(dir, "out");
    const code = await indexCommand.run(["--out", out, join(dir, "001_03a16291dcfa58af.txt"), join(dir, "broken.txt")]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^referat index: skipped broken\.txt: .+\n$/);
    expect(stdout).toMatch(/^indexed 1 documents, 10 items, \d+ votes into .*out in \d+\.\d s, 1 skipped\n$/);
    const index = await loadIndex(out);
    expect(index.manifest.inputs.map((input) => input.name)).toEqual(["001_03a16291dcfa58af.txt"]);
    expect(index.manifest.skipped.map((s) => s.name)).toEqual(["broken.txt"]);
  });

  it("indexes every minutes file in a folder", async () => {
    const out = join(dir, "out");
    expect(await indexCommand.run(["--out", out, "index-data/minutes"])).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
    expect(manifest.counts.documents).toBe(4);
    expect(stderr).toBe("");
  });

  it("fails when no document could be indexed", async () => {
    await writeFile(join(dir, "broken.txt"), "nothing\n");
    expect(await indexCommand.run(["--out", join(dir, "out"), join(dir, "broken.txt")])).toBe(1);
    expect(stderr).toContain("skipped broken.txt");
  });

  it("rejects unknown options and missing inputs with the usage", async () => {
    expect(await indexCommand.run(["--fast", "x"])).toBe(2);
    expect(stderr).toContain("referat index: unknown option --fast");
    expect(stderr).toContain("usage: referat index");
    expect(await indexCommand.run(["--out", join(dir, "out")])).toBe(2);
    expect(stderr).toContain("no file or folder given");
  });
});

describe("parseIndexArgs", () => {
  it("reads --out in both spellings and defaults to index-data", () => {
    expect(parseIndexArgs(["a.txt"])).toEqual({ out: "index-data", inputs: ["a.txt"] });
    expect(parseIndexArgs(["--out", "x", "a"])).toEqual({ out: "x", inputs: ["a"] });
    expect(parseIndexArgs(["--out=x", "a", "b"])).toEqual({ out: "x", inputs: ["a", "b"] });
    expect(parseIndexArgs(["a", "--out"])).toEqual({ error: "--out needs a directory" });
  });

  it("reads the size limit per document, in megabytes", () => {
    expect(parseIndexArgs(["--max-document-mb", "2.5", "a"])).toEqual({
      out: "index-data",
      inputs: ["a"],
      maxDocumentMb: 2.5,
    });
    expect(parseIndexArgs(["--max-document-mb=10", "a"])).toEqual({
      out: "index-data",
      inputs: ["a"],
      maxDocumentMb: 10,
    });
    expect(parseIndexArgs(["--max-document-mb", "lots", "a"])).toEqual({
      error: "--max-document-mb needs a number of megabytes",
    });
    expect(parseIndexArgs(["--max-document-mb", "0", "a"])).toEqual({
      error: "--max-document-mb needs a positive number of megabytes",
    });
  });

  it("reads the line limit per document, a whole number", () => {
    expect(parseIndexArgs(["--max-document-lines", "5000", "--max-document-mb=2", "a"])).toEqual({
      out: "index-data",
      inputs: ["a"],
      maxDocumentMb: 2,
      maxDocumentLines: 5000,
    });
    expect(parseIndexArgs(["--max-document-lines=12", "a"])).toMatchObject({ maxDocumentLines: 12 });
    expect(parseIndexArgs(["--max-document-lines", "1.5", "a"])).toEqual({
      error: "--max-document-lines needs a whole number of lines",
    });
    expect(parseIndexArgs(["--max-document-lines", "-3", "a"])).toEqual({
      error: "--max-document-lines needs a positive number of lines",
    });
    expect(parseIndexArgs(["a", "--max-document-lines"])).toEqual({
      error: "--max-document-lines needs a positive number of lines",
    });
  });
});

describe("referat index --max-document-mb", () => {
  it("refuses a file over the limit by name and indexes the rest", async () => {
    await copyFile("index-data/minutes/001_03a16291dcfa58af.txt", join(dir, "small.txt"));
    await writeFile(join(dir, "big.txt"), Buffer.alloc(2 * 1024 * 1024, "a"));
    const code = await indexCommand.run(["--max-document-mb", "1", "--out", join(dir, "out"), dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^referat index: skipped big\.txt: too large: 2\.0 MB, the limit is 1\.0 MB per document/);
  });
});

describe("referat index --max-document-lines", () => {
  it("refuses a document of more lines by name, text or any other format, and indexes the rest", async () => {
    // The sample has 857 lines; the FirstAgenda meeting some hundreds of blocks; the file of short lines 5,000 lines.
    await copyFile("index-data/minutes/001_03a16291dcfa58af.txt", join(dir, "small.txt"));
    await copyFile(
      "test/fixtures/real/firstagenda/greve/greve-oekonomiudvalget-2022-03-28.json",
      join(dir, "greve.json"),
    );
    await writeFile(join(dir, "lines.txt"), "Punkt 1\n".repeat(4_999));
    const code = await indexCommand.run(["--max-document-lines", "2000", "--out", join(dir, "out"), dir]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      "referat index: skipped lines.txt: too many lines: 5,000, the limit is 2,000 per document (raise it with --max-document-lines)",
    );
    expect(stderr).not.toContain("small.txt");
    expect(stderr).not.toContain("greve.json");
    expect(stdout).toMatch(/^indexed 2 documents/);

    stderr = "";
    await indexCommand.run(["--max-document-lines", "100", "--out", join(dir, "out2"), join(dir, "greve.json")]);
    // Markup is counted first: ten tags a line of the limit (the meeting has 5,977 tags and 1,102 blocks).
    expect(stderr).toMatch(/skipped greve\.json: too much markup: 5,977 tags, the limit is 1,000 per document/);
    stderr = "";
    await indexCommand.run(["--max-document-lines", "1000", "--out", join(dir, "out3"), join(dir, "greve.json")]);
    expect(stderr).toMatch(/skipped greve\.json: too many lines: 1,102, the limit is 1,000 per document/);
  });
});
