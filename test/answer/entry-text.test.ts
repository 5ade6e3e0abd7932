// How a vote entry is written in an answer: a member with their letter, a party group with its count, and an unnamed
// member outside the parties ("Imod stemte UP") as the minutes write it, never a placeholder.
import { describe, expect, it } from "vitest";
import { entryText } from "../../src/answer/compose/vote.ts";

describe("entryText", () => {
  it.each([
    [{ name: "Marlene Harpsøe", party: "O" }, "Marlene Harpsøe (O)"],
    [{ name: "Liselott Blixt", party: null }, "Liselott Blixt"],
    [{ name: null, party: "C", count: 9 }, "C(9)"],
    [{ name: null, party: "V" }, "V"],
    [{ name: null, party: null }, "UP"],
  ])("writes %j as %j", (entry, text) => {
    expect(entryText(entry)).toBe(text);
  });
});
