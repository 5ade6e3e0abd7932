import { describe, expect, it } from "vitest";
import { termSet } from "../../src/answer/term-set.ts";

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
