// Trimming the end of a line looks at the trailing run only: a long run of spaces inside the line costs nothing
// (the regexes it replaces, /[ ]+$/ and /\s+$/, restarted at every character of such a run).
import { describe, expect, it } from "vitest";
import {
  charIn,
  collapseSpaces,
  eachMatch,
  isWhitespaceCode,
  trimEndSpaces,
  trimEndWhere,
} from "../../src/parse/text-scan.ts";

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

describe("eachMatch", () => {
  const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

  it("gives the matches matchAll gives, empty matches and surrogate pairs included", () => {
    const cases: [RegExp, string][] = [
      [/\d{1,2}/g, "pkt. 2, 3 og 14-17"],
      [/(for|imod)\s+stemte/giu, "For stemte A. Imod stemte Ø."],
      [/x*/g, "axxb"],
      [/x*/gu, "a😀xb😀"],
      [/(?:)/gu, "😀a"],
      [/nothing/g, "text"],
    ];
    for (const [pattern, text] of cases)
      expect(found(eachMatch(pattern, text)), `${pattern} on ${text}`).toEqual(found(text.matchAll(pattern)));
    expect(found(eachMatch(/x*/gu, "a😀xb😀"))).toEqual([
      [0, ""],
      [1, ""],
      [3, "x"],
      [4, ""],
      [5, ""],
      [7, ""],
    ]);
  });

  it("leaves the pattern's lastIndex as it found it, also when the caller stops early", () => {
    const pattern = /\d/g;
    for (const m of eachMatch(pattern, "1 2 3")) if (m[0] === "2") break;
    expect(pattern.lastIndex).toBe(0);
    expect(found(eachMatch(pattern, "1 2"))).toEqual([
      [0, "1"],
      [2, "2"],
    ]);
  });

  it("reads on past a nested use of the same pattern", () => {
    const pattern = /\d/g;
    const seen: string[] = [];
    for (const m of eachMatch(pattern, "1 2 3")) {
      seen.push(m[0]);
      for (const inner of eachMatch(pattern, "9")) seen.push(inner[0]);
    }
    expect(seen).toEqual(["1", "9", "2", "9", "3", "9"]);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => [...eachMatch(/\d/, "1")]).toThrow(TypeError);
  });
});

describe("collapseSpaces", () => {
  it('gives what replace(/\\s+/g, " ") gives', () => {
    const samples = [
      "",
      " ",
      "a b",
      "a  b",
      "a\nb",
      "a\u00a0b",
      " a\t",
      "a \n b",
      "Godkendt. Anbefales.",
      "x\r\ny",
      "a\u2003b",
    ];
    for (const s of samples) expect(collapseSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, " "));
  });

  it("gives the same on a text longer than its window, runs of white space across every window's end", () => {
    // Runs of 1 to 9 spaces, tabs and line breaks between words, over more than eight windows of 64K characters.
    const runs = [" ", "  ", "\n", " \t ", "\r\n", "\u00a0", "         "];
    let text = "";
    for (let k = 0; text.length < 600_000; k++) text += `ord${k}${runs[k % runs.length]}`;
    // A run of white space straddling each window's end.
    for (let end = 1 << 16; end < text.length; end += 1 << 16)
      text = `${text.slice(0, end - 3)}\t \n \t${text.slice(end + 3)}`;
    expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "));
    expect(collapseSpaces(`${text}  `)).toBe(`${text}  `.replace(/\s+/g, " "));
  });
});

describe("isWhitespaceCode", () => {
  it("holds for exactly the code units a pattern's \\s matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(isWhitespaceCode(" ".charCodeAt(0))).toBe(true);
    expect(isWhitespaceCode("\u3000".charCodeAt(0))).toBe(true);
    expect(isWhitespaceCode("a".charCodeAt(0))).toBe(false);
  });
});
