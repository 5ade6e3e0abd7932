// Trimming the end of a line looks at the trailing run only: a long run of spaces inside the line costs nothing
// (the regexes it replaces, /[ ]+$/ and /\s+$/, restarted at every character of such a run).
import { describe, expect, it } from "vitest";
import { charIn, trimEndSpaces, trimEndWhere } from "../../src/parse/text-scan.ts";

describe("trimEndWhere", () => {
  it("looks at each trailing character once and at no character before the run", () => {
    let looked = 0;
    const line = `a${" ".repeat(100_000)}b${" ".repeat(50)}`;
    const out = trimEndWhere(line, (c) => {
      looked++;
      return c === " ";
    });
    expect(out).toBe(`a${" ".repeat(100_000)}b`);
    expect(looked).toBe(51);
  });

  it("gives what the regexes it replaces give", () => {
    const samples = ["", " ", "a", "a  ", "a \t ", " \t", "Titel ...... ", "Titel … .", "A, B ,\n", "x. ;, "];
    for (const s of samples) {
      expect(trimEndSpaces(s), JSON.stringify(s)).toBe(s.replace(/[ ]+$/g, ""));
      expect(trimEndWhere(s, charIn(/[\s.…]/u)), JSON.stringify(s)).toBe(s.replace(/[\s.…]+$/u, ""));
      expect(trimEndWhere(s, charIn(/[.;,\s]/)), JSON.stringify(s)).toBe(s.replace(/[.;,\s]+$/, ""));
      expect(trimEndWhere(s, charIn(/[,\s]/u)), JSON.stringify(s)).toBe(s.replace(/[,\s]+$/u, ""));
    }
  });

  it("keeps a tab at the end when only spaces go (tab-separated table cells)", () => {
    expect(trimEndSpaces("a\tb\t  ")).toBe("a\tb\t");
  });
});
