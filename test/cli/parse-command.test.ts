// The parse command: JSON and summary output, bad files on stderr, exit codes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseCommand } from "../../src/cli/parse-command.ts";
import { MeetingSchema } from "../../src/domain/index.ts";

const MINUTES = join(import.meta.dirname, "..", "..", "index-data", "minutes");
const sample = (name: string) => join(MINUTES, name);

let stdout = "";
let stderr = "";
beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe("referat parse", () => {
  it("prints one Meeting object with --json for one file", async () => {
    const code = await parseCommand.run(["--json", sample("000_ba4137c0fa87d1a0.txt")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const meeting = MeetingSchema.parse(JSON.parse(stdout));
    expect(meeting.committee).toBe("Social- og Beskæftigelsesudvalget");
    expect(meeting.items).toHaveLength(19);
  });

  it("prints an array with --json for several files", async () => {
    const code = await parseCommand.run([
      "--json",
      sample("002_534a32807c77aecb.txt"),
      sample("004_20b463e75ca2ba74.txt"),
    ]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as unknown[];
    expect(list.map((m) => MeetingSchema.parse(m).municipality)).toEqual(["Helsingør", "Hvidovre"]);
  });

  it("prints a readable summary of items, decisions and votes without --json", async () => {
    const code = await parseCommand.run([sample("000_ba4137c0fa87d1a0.txt")]);
    expect(code).toBe(0);
    expect(stdout).toContain("19 punkter, 19 beslutninger, 10 afstemninger, 33 kommende sager");
    expect(stdout).toContain(
      "punkt 12: Beslutning: Strategisk omstilling - Budgetområde 722 Beskæftigelse (20/31602, s. 33)",
    );
    expect(stdout).toContain("punkt 12, Byrådet 2020-11-30: rejected 11-13-1");
    expect(stdout).toContain("for: C(9), O(2)");
  });

  it("parses the good files, reports each bad one on one stderr line and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), "referat-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.dat"), Buffer.from([1, 0, 2, 0, 3]));
    const code = await parseCommand.run([
      "--json",
      join(dir, "empty.txt"),
      sample("004_20b463e75ca2ba74.txt"),
      join(dir, "binary.dat"),
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr.trim().split("\n")).toEqual([
      "referat parse: empty.txt: the file is empty",
      "referat parse: binary.dat: binary data (NUL bytes), not a text or PDF file",
    ]);
  });

  it("prints nothing on stdout when its only file fails", async () => {
    const code = await parseCommand.run(["--json", join(MINUTES, "missing.txt")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("referat parse: missing.txt: no such file\n");
  });

  it("shows its usage for no file or an unknown option", async () => {
    expect(await parseCommand.run([])).toBe(2);
    expect(await parseCommand.run(["--xml", "a.txt"])).toBe(2);
    expect(stderr).toContain(
      "usage: referat parse [--json | --report] [--max-document-mb N] [--max-document-lines L] <file…>",
    );
    expect(stdout).toBe("");
  });

  it("reports per document what was read, every unread vote statement, and totals with the refused files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "referat-report-"));
    try {
      const unread = "Afstemningen blev udsat, da flere medlemmer ønskede at stemme om et nyt forslag.";
      writeFileSync(
        join(dir, "a.txt"),
        `Referat\nByrådet\nMødedato: 08-10-2025\n\nPunkt 1: Skoler\n\nBeslutning\n\nGodkendt.\n\nKim Holm (O) stemte imod.\n\nLis Dahl (A) forlod mødet efter punkt 1.\n\nPunkt 2: Veje\n\nBeslutning\n\nGodkendt. ${unread}\n`,
      );
      writeFileSync(join(dir, "empty.txt"), "");
      const code = await parseCommand.run(["--report", join(dir, "a.txt"), join(dir, "empty.txt")]);
      expect(code).toBe(1);
      const lines = stdout.trim().split("\n");
      expect(lines[0]).toBe(
        "a.txt: structured, 2 items, 2 decision blocks, 1 votes, 0 absent, 1 partly absent, 0 substitutes; 80.0% of 5 decision sentences explained, 1 unread vote statements",
      );
      expect(lines[1]).toBe(`  unread, item 2, block 1: "${unread}"`);
      expect(lines[2]).toMatch(
        /^total: 1 documents read \(0 as passages\), 1 refused; 2 items, 2 decision blocks, 1 votes, 0 absent, 1 partly absent, 0 substitutes/,
      );
      expect(lines[3]).toBe("  refused: empty.txt: the file is empty");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names a listing of meetings apart from the refused files: read, and recognised as holding no minutes", async () => {
    const listing = "test/fixtures/real/firstagenda/aarhus/aarhus-listing-2025.html";
    await parseCommand.run(["--report", listing]);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^total: 0 documents read \(0 as passages\), 1 other documents read \(not minutes\), 0 refused;/,
    );
    expect(lines[1]).toMatch(
      /^ {2}not minutes: aarhus-listing-2025\.html: a FirstAgenda listing of \d+ meetings, not minutes/,
    );
  });
});
