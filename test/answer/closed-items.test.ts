import { describe, expect, it } from "vitest";
import { UNTITLED_CLOSED } from "../../src/answer/retrieve.ts";

describe("closed items", () => {
  it.each(["Lukket", "lukket punkt", "Lukket:", "", "Fortroligt"])(
    "keeps %j out of answers: it says nothing",
    (title) => {
      expect(UNTITLED_CLOSED.test(title)).toBe(true);
    },
  );

  it.each(["Salg af byggegrund i Espergærde", "Køb af ejendom på Amager"])(
    "lets %j answer by its public title",
    (title) => {
      expect(UNTITLED_CLOSED.test(title)).toBe(false);
    },
  );
});
