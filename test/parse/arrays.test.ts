// Appending long arrays: spreading 300,000 items into push() overflows the call stack; pushAll does not.
import { describe, expect, it } from "vitest";
import { pushAll } from "../../src/parse/arrays.ts";
import { readPeopleList } from "../../src/parse/members.ts";

describe("pushAll", () => {
  it("appends in order and returns the target", () => {
    const target = [1, 2];
    expect(pushAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it("appends more items than push(...items) can take", () => {
    const items = Array.from({ length: 300_000 }, (_, k) => k);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target: number[] = [];
    pushAll(target, items);
    expect(target.length).toBe(300_000);
    expect(target[299_999]).toBe(299_999);
  });
});

describe("readPeopleList on a very long list", () => {
  it("reads 150,000 names that share one party letter at the end", () => {
    const names = Array.from({ length: 150_000 }, (_, k) => `Anne ${"Hansen Jensen Berg Holm".split(" ")[k % 4]}`);
    const list = readPeopleList(`${names.join(", ")} (A)`);
    expect(list.entries.length).toBe(150_000);
    expect(list.entries[149_999]).toEqual({ name: "Anne Holm", party: "A" });
  });
});
