import { describe, expect, it } from "vitest";
import { pageOf } from "../../src/answer/page.ts";

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("pageOf", () => {
  it.each([
    // [rows, offset, size, shown on this page, left after it]
    [33, 0, 15, 15, 18],
    [33, 15, 15, 18, 0], // 3 over a page of 15 come with it
    [34, 15, 15, 15, 4], // 4 over do not
    [12, 0, 10, 12, 0], // at least 2 over come along
    [13, 0, 10, 10, 3],
    [7, 0, 6, 7, 0],
    [5, 0, 10, 5, 0],
    [5, 9, 10, 0, 0],
  ])("%i rows from %i in pages of %i: shows %i, leaves %i", (n, offset, size, shown, rest) => {
    const page = pageOf(list(n), offset, size);
    expect(page.rows).toHaveLength(shown);
    expect(page.rest).toBe(rest);
    expect(page.shown).toBe(Math.min(offset, n) + shown);
    if (shown > 0) expect(page.rows[0]).toBe(offset);
  });
});
