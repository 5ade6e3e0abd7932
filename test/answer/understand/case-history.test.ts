import { describe, expect, it } from "vitest";
import { CASE_HISTORY_RULES } from "../../../src/answer/understand/case-history.ts";

const matches = (q: string) =>
  CASE_HISTORY_RULES.filter((r) => !r.needsCaseNumber).some((r) => r.pattern.test(q.toLowerCase()));

describe("case history questions", () => {
  it("finds its own example in every rule", () => {
    for (const rule of CASE_HISTORY_RULES)
      expect(rule.pattern.test(rule.example.toLowerCase()), rule.example).toBe(true);
  });

  it.each([
    "hvornår behandlede byrådet budgetforslaget første gang?",
    "Hvornår blev lokalplanen behandlet?",
    "Hvornår har udvalget drøftet skolestrukturen?",
    "When was the sundhedsråd appointment discussed?",
    "When did the council consider the local plan?",
  ])("reads %j as asking for the treatments so far", (q) => {
    expect(matches(q)).toBe(true);
  });

  it.each(["Hvornår skal Fælleslegatet 2021 behandles?", "When will the budget proposal be discussed?"])(
    "leaves %j, which looks ahead, to the coming lists",
    (q) => {
      expect(matches(q)).toBe(false);
    },
  );
});
