// Files as users have them (issue 11): a size limit per document, unreadable folders and files, symbolic links
// followed once or reported, and the same meeting under several names, encodings or formats indexed once.
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildIndex, listDocuments, parseFile } from "../../src/ingest/index.ts";
import { ParseError } from "../../src/parse/index.ts";
import { cleanMarkdown } from "../../src/parse/read/clean-markdown.ts";
import { loadIndex } from "../../src/search/index.ts";
import { writePdf } from "../parse/helpers/write-pdf.ts";

const SAMPLE = "index-data/minutes/001_03a16291dcfa58af.txt";
const OTHER = "index-data/minutes/004_20b463e75ca2ba74.txt";
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-files-"));
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.doUnmock("node:fs/promises");
  await rm(dir, { recursive: true, force: true });
});

describe("the size limit per document", () => {
  it("refuses a file over the default 50 MB by name, without reading it, and indexes the rest", async () => {
    const minutes = join(dir, "minutes");
    await mkdir(minutes);
    await writeFile(join(minutes, "good.txt"), await readFile(SAMPLE));
    // A sparse 200 MB file: reading it would take the time and memory the issue reported.
    await writeFile(join(minutes, "huge.txt"), "");
    await truncate(join(minutes, "huge.txt"), 200 * 1024 * 1024);
    const report = await buildIndex([minutes], { outDir: join(dir, "out") });
    expect(report.documents).toBe(1);
    expect(report.skipped).toEqual([
      { name: "huge.txt", reason: expect.stringMatching(/^too large: 200\.0 MB, the limit is 50\.0 MB per document/) },
    ]);
  });

  it("takes another limit from the options, for parse as for index", async () => {
    await writeFile(join(dir, "a.txt"), await readFile(SAMPLE));
    const error = await parseFile(join(dir, "a.txt"), { maxDocumentBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/^a\.txt: too large: .* the limit is 1\.0 KB per document/);
    const report = await buildIndex([join(dir, "a.txt")], { outDir: join(dir, "out"), maxDocumentBytes: 1000 });
    expect(report.documents).toBe(0);
    expect(report.skipped[0]?.name).toBe("a.txt");
  });
});

describe("folders and links", () => {
  it("follows a symbolic link to a file or folder outside once, and reports a loop and a dangling link", async () => {
    const root = join(dir, "minutes");
    const outside = join(dir, "elsewhere");
    await mkdir(join(root, "sub"), { recursive: true });
    await mkdir(outside);
    await writeFile(join(root, "a.txt"), await readFile(SAMPLE));
    await writeFile(join(outside, "b.txt"), await readFile(OTHER));
    await symlink(join(outside, "b.txt"), join(root, "linked-file.txt"));
    await symlink(outside, join(root, "linked-folder"));
    await symlink(outside, join(root, "sub", "same-folder-again"));
    await symlink(root, join(root, "sub", "loop"));
    await symlink(join(dir, "gone.txt"), join(root, "dangling.txt"));
    const listing = await listDocuments([root], { extensions: [".txt"] });
    // b.txt is reached three ways (a file link and two folder links) and listed once.
    expect(listing.files.map((f) => f.slice(root.length + 1))).toEqual(["a.txt", "linked-file.txt"]);
    expect(listing.problems).toEqual([
      { name: "minutes/dangling.txt", reason: "symbolic link points nowhere, skipped" },
      { name: "minutes/sub/loop", reason: "symbolic link loop (it leads back to a folder being read), not followed" },
    ]);
    const report = await buildIndex([root], { outDir: join(dir, "out") });
    expect(report.documents).toBe(2);
    expect(report.skipped.map((s) => s.name)).toEqual(["minutes/dangling.txt", "minutes/sub/loop"]);
  });

  it("reports an unreadable folder and an unreadable file by name, skips them and indexes the rest", async () => {
    const root = join(dir, "minutes");
    await mkdir(join(root, "locked"), { recursive: true });
    await writeFile(join(root, "a.txt"), await readFile(SAMPLE));
    await writeFile(join(root, "secret.txt"), await readFile(OTHER));
    await writeFile(join(root, "locked", "c.txt"), await readFile(OTHER));
    // Tests run as root, whom permissions do not stop: the file system refuses as it would refuse another user.
    const denied = (path: string) =>
      Object.assign(new Error(`EACCES: permission denied, '${path}'`), { code: "EACCES" });
    vi.resetModules();
    vi.doMock("node:fs/promises", async (importOriginal) => {
      const fs = await importOriginal<typeof import("node:fs/promises")>();
      return {
        ...fs,
        readdir: (async (path: string, options: never) => {
          if (String(path).endsWith("locked")) throw denied(String(path));
          return fs.readdir(path, options);
        }) as typeof fs.readdir,
        open: (async (path: string, flags: never) => {
          if (String(path).endsWith("secret.txt")) throw denied(String(path));
          return fs.open(path, flags);
        }) as typeof fs.open,
      };
    });
    const ingest = await import("../../src/ingest/index.ts");
    const report = await ingest.buildIndex([root], { outDir: join(dir, "out") });
    expect(report.documents).toBe(1);
    expect(report.skipped).toEqual([
      { name: "minutes/locked", reason: "folder cannot be read (permission denied), skipped" },
      { name: "secret.txt", reason: "cannot be read (permission denied)" },
    ]);
  });
});

describe("one meeting, one document", () => {
  it("indexes the same minutes under two names, in UTF-16 and as a PDF once, naming the copies left out", async () => {
    const text = await readFile(SAMPLE, "utf8");
    await writeFile(join(dir, "a.txt"), text);
    await writeFile(join(dir, "b-copy.md"), text);
    await writeFile(join(dir, "c-utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const pdf = await writePdf(text.split("\n").map(cleanMarkdown), { footer: true });
    await writeFile(join(dir, "d.pdf"), pdf.bytes);
    const report = await buildIndex([dir], { outDir: join(dir, "out") });
    expect(report.documents).toBe(1);
    const index = await loadIndex(join(dir, "out"));
    const kept = index.manifest.inputs[0]?.name;
    expect(index.manifest.inputs.map((i) => i.meeting)).toEqual([index.meetings[0]?.id]);
    expect(report.skipped.map((s) => s.name).sort()).toEqual(
      ["a.txt", "b-copy.md", "c-utf16.txt", "d.pdf"].filter((n) => n !== kept),
    );
    for (const s of report.skipped)
      expect(s.reason).toBe(`the same meeting as ${kept} (${index.meetings[0]?.id}), indexed once`);
  });

  it("keeps minutes over the agenda of the same FirstAgenda meeting, whatever the file names", async () => {
    const file = "test/fixtures/real/firstagenda/greve/greve-social-og-handicapudvalget-2024-10-07.json";
    const json = JSON.parse(await readFile(file, "utf8"));
    await writeFile(join(dir, "a-minutes.json"), JSON.stringify(json));
    json.Moede.Afsluttet = false;
    await writeFile(join(dir, "0-agenda.json"), JSON.stringify(json));
    const report = await buildIndex([dir], { outDir: join(dir, "out") });
    expect(report.documents).toBe(1);
    const index = await loadIndex(join(dir, "out"));
    expect(index.meetings[0]?.documentType).toBe("referat");
    expect(index.meetings[0]?.id).toBe(`firstagenda:${json.Id}`);
    expect(report.skipped).toEqual([
      { name: "0-agenda.json", reason: `the same meeting as a-minutes.json (firstagenda:${json.Id}), indexed once` },
    ]);
  });
});
