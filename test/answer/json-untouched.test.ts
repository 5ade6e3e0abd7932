import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

describe("loading an index and answering", () => {
  it("never imports pdfjs-dist, which would replace JSON.parse and JSON.stringify with slow versions", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "test/answer/helpers/answer-without-pdfjs.ts"],
      { encoding: "utf8" },
    );
    expect(JSON.parse(stdout.trim().split("\n").pop() ?? "")).toEqual({ status: "found", untouched: true });
  });
});
