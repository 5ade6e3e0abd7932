// Held-out-style check: the parser's variant minutes (other municipalities and layouts) indexed once, asked the variant question set.
import { expect, it } from "vitest";
import { describeQuestionSet } from "./helpers/question-set.ts";

describeQuestionSet({
  title: "variant minutes from other municipalities",
  minutes: "test/fixtures/parse/variants",
  set: "test/fixtures/answer/variants",
  more: (assistant) => {
    it("lists a member recorded as absent among the absent, not among those who attended", async () => {
      const a = await assistant().ask("Was Gert Wahl present?", { today: "2026-11-22", context: null });
      const attended = a.text.split("\n").find((l) => l.startsWith("Attended:")) ?? "";
      expect(attended).toContain("Mikkel Dencker");
      expect(attended).not.toContain("Gert Wahl");
      expect(a.text).toContain("Absent: Gert Wahl.");
    });
  },
});
