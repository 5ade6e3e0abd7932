import { describe, expect, it } from "vitest";
import { SCAN_LIMIT, termSet } from "../../src/answer/term-set.ts";

describe("termSet", () => {
  const set = termSet(["veteranpolitik", "uddannelsespulj", "pulj", "budget"]);

  it("knows its terms", () => {
    expect(set.has("pulj")).toBe(true);
    expect(set.has("veteran")).toBe(false);
  });

  it("finds longer terms that start with a part", () => {
    expect(set.hasLongerWithPrefix("veteran")).toBe(true);
    expect(set.hasLongerWithPrefix("budget")).toBe(false);
    expect(set.hasLongerWithPrefix("politik")).toBe(false);
  });

  it("finds longer terms that end with a part, but not the term itself", () => {
    expect(set.hasLongerWithSuffix("pulj")).toBe(true);
    expect(set.hasLongerWithSuffix("politik")).toBe(true);
    expect(set.hasLongerWithSuffix("budget")).toBe(false);
  });
});

describe("termSet of many terms", () => {
  // Past SCAN_LIMIT terms, prefixes and suffixes are looked up in sorted copies instead of scanned.
  const filler = Array.from({ length: SCAN_LIMIT + 10 }, (_, i) => `ord${String(i).padStart(4, "0")}x`);
  const set = termSet([...filler, "veteranpolitik", "uddannelsespulj", "pulj", "budget"]);

  it("answers as a small set does", () => {
    expect(set.hasLongerWithPrefix("veteran")).toBe(true);
    expect(set.hasLongerWithPrefix("budget")).toBe(false);
    expect(set.hasLongerWithSuffix("pulj")).toBe(true);
    expect(set.hasLongerWithSuffix("politik")).toBe(true);
    expect(set.hasLongerWithSuffix("budget")).toBe(false);
    expect(set.hasLongerWithSuffix("0042x")).toBe(true);
  });
});
