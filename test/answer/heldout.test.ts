// Held-out check: minutes and questions written by a helper who had not seen the variant set, indexed once and asked.
import { expect, it } from "vitest";
import { describeQuestionSet } from "./helpers/question-set.ts";

describeQuestionSet({
  title: "held-out minutes and questions",
  minutes: "test/fixtures/parse/heldout",
  set: "test/fixtures/answer/heldout",
  more: (assistant) => {
    it("does not list a member a substitute sat in for among those who attended", async () => {
      const a = await assistant().ask("Who stood in for Bjarne Nielsen?", { today: "2026-11-22", context: null });
      const attended = a.text.split("\n").find((l) => l.startsWith("Attended:")) ?? "";
      expect(attended).toContain("Lars Dam");
      expect(attended).not.toContain("Bjarne Nielsen");
      expect(a.text).toContain("Bjarne Nielsen did not attend");
    });
  },
});
