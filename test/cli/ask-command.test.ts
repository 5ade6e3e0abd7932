import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAskArgs } from "../../src/cli/ask-command.ts";
import { AnswerSchema } from "../../src/domain/index.ts";
import { buildIndex } from "../../src/ingest/index.ts";

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ask", ...args], {
    encoding: "utf8",
    env: { ...process.env, PUBLIC_BASE_URL: "" },
  });

describe("parseAskArgs", () => {
  it("reads the options and joins the question's words", () => {
    expect(parseAskArgs(["--json", "--index", "idx", "--today", "2021-01-15", "how", "did", "Ø", "vote?"], {})).toEqual(
      {
        json: true,
        index: "idx",
        today: "2021-01-15",
        question: "how did Ø vote?",
      },
    );
  });

  it("defaults to index-data, plain text and PUBLIC_BASE_URL from the environment", () => {
    expect(parseAskArgs(["hvad", "skete", "der?"], { PUBLIC_BASE_URL: "https://referat.example" })).toEqual({
      json: false,
      index: "index-data",
      baseUrl: "https://referat.example",
      question: "hvad skete der?",
    });
  });

  it.each([
    [["--today", "15-01-2021", "q"], "--today must be a real date written YYYY-MM-DD (got 15-01-2021)"],
    [["--today", "2021-02-30", "q"], "--today must be a real date written YYYY-MM-DD (got 2021-02-30)"],
    [["--today", "2021-13-01", "q"], "--today must be a real date written YYYY-MM-DD (got 2021-13-01)"],
    [["--today", "0000-01-01", "q"], "--today must be a real date written YYYY-MM-DD (got 0000-01-01)"],
    [["--index"], "--index needs a value"],
    [["--verbose", "q"], "unknown option --verbose"],
    [["--json"], "no question given"],
    [["--base-url", "localhost", "q"], "--base-url (or PUBLIC_BASE_URL) must be an absolute URL"],
  ])("rejects %j with a clear message", (args, message) => {
    expect(parseAskArgs(args, {})).toEqual({ error: message });
  });
});

describe("referat ask", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "referat-ask-"));
    await buildIndex(["index-data/minutes"], { outDir: dir });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints exactly one JSON answer on stdout with --json", async () => {
    const { stdout } = await cli([
      "--json",
      "--index",
      dir,
      "--today",
      "2021-01-15",
      "how did Ø vote on Integrationsrådet?",
    ]);
    const answer = AnswerSchema.parse(JSON.parse(stdout));
    expect(answer).toMatchObject({ intent: "vote", language: "en" });
    expect(answer.citations[0]).toMatchObject({ meetingDate: "2020-12-09", item: 12 });
    expect(stdout.trim().startsWith("{")).toBe(true);
    expect(stdout.trim().endsWith("}")).toBe(true);
  });

  it("prints the answer's text without --json", async () => {
    const { stdout } = await cli(["--index", dir, "Giv mig et link til punkt 12 fra mødet den 09-12-2020"]);
    expect(stdout).toContain("Punkt 12");
    expect(stdout).toContain("#punkt-12");
  });

  it("says how to rebuild when the index is missing, on stderr, with exit code 1", async () => {
    const missing = join(dir, "nope");
    const error = await cli(["--json", "--index", missing, "q"]).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1, stdout: "" });
    expect((error as { stderr: string }).stderr).toMatch(/^referat ask: /);
  });
});
