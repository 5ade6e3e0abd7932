import { describe, expect, it } from "vitest";
import { findItemNumbers } from "../../../src/answer/understand/item-number.ts";

describe("findItemNumbers", () => {
  it.each([
    ["Giv mig et link til punkt 12 fra mødet", 12],
    ["pkt. 3 i referatet", 3],
    ["show me item 7 from the meeting", 7],
    ["agenda item 2", 2],
    ["dagsordenspunkt 14", 14],
    ["item no. 5", 5],
  ])("reads the item in %j", (question, item) => {
    expect(findItemNumbers(question).map((x) => x.item)).toEqual([item]);
  });

  it("does not read a case number or a date as an item", () => {
    expect(findItemNumbers("sag 20/8896 den 09-12-2020")).toEqual([]);
  });
});
