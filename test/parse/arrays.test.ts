// Appending long arrays: spreading 300,000 items into push() overflows the call stack; pushAll does not.
import { describe, expect, it } from "vitest";
import { pushAll } from "../../src/parse/arrays.ts";
import { LONGEST_PEOPLE_LIST } from "../../src/parse/lexicon.ts";
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
  const names = (n: number) =>
    Array.from({ length: n }, (_, k) => `Anne ${"Hansen Jensen Berg Holm".split(" ")[k % 4]}`).join(", ");

  it("reads a list up to the longest a list of people is read at, names sharing one party letter at the end", () => {
    const text = `${names(1_400)} (A)`;
    expect(text.length).toBeLessThanOrEqual(LONGEST_PEOPLE_LIST);
    const list = readPeopleList(text);
    expect(list.entries.length).toBe(1_400);
    expect(list.entries[1_399]).toEqual({ name: "Anne Holm", party: "A" });
  });

  it("leaves a longer list unread: nothing the size of the text is built from it", () => {
    const text = `${names(150_000)} (A)`;
    expect(text.length).toBeGreaterThan(LONGEST_PEOPLE_LIST);
    expect(readPeopleList(text)).toEqual({ entries: [], complete: false });
  });
});
