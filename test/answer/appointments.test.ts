// "Hvem blev valgt til …?" over real Greve meetings (FirstAgenda JSON) whose decisions elect or appoint members ("Kultur-
// og Fritidsudvalget udpegede … til Greve Museums bestyrelse", "… blev valgt som formand for …"), with expectations
// written from the JSON files before the answer engine read appointments. First run 6/6: the search answer already
// quoted the deciding sentence; the appointments read from the decisions now lead the answer (checked below).
import { expect, it } from "vitest";
import { describeQuestionSet } from "./helpers/question-set.ts";

describeQuestionSet({
  title: "who was elected or appointed, over real Greve meetings",
  minutes: "test/fixtures/real/firstagenda/greve-appointments",
  set: "test/fixtures/answer/appointments",
  minPassed: 6,
  more: (assistant) => {
    it("leads with the people, role and body the decision names, citing the item with its sentence", async () => {
      const a = await assistant().ask("Who was elected chair of Social- og Handicapudvalget?", { today: "2026-11-22" });
      const facts = a.facts.filter((f) => f.kind === "appointments");
      expect(facts).toEqual([
        {
          kind: "appointments",
          citation: 0,
          people: ["Bjarke Abel (A)"],
          role: "formand",
          to: "Social- og Handicapudvalget",
          quote: "Bjarke Abel (A) blev valgt som formand for Social- og Handicapudvalget.",
        },
      ]);
      expect(a.citations[0]).toMatchObject({ meetingDate: "2024-08-12", item: 2 });
      expect(a.text.split("\n")[0]).toBe(
        'Elected or appointed: Bjarke Abel (A) as "formand" (Social- og Handicapudvalget). [1]',
      );
    });

    it("names every person of one sentence once, and several sentences as facts of their own", async () => {
      const a = await assistant().ask("Hvem blev valgt til Greve Museums bestyrelse?", { today: "2026-11-22" });
      const people = a.facts.flatMap((f) => (f.kind === "appointments" ? [f.people] : []));
      expect(people).toContainEqual(["Lone Mortensen (V)", "Charlotte Levin (A)"]);
    });

    it("adds no appointment to a question that does not ask who was elected", async () => {
      const a = await assistant().ask("Hvad blev besluttet om Idrætsrådet?", { today: "2026-11-22" });
      expect(a.facts.some((f) => f.kind === "appointments")).toBe(false);
    });
  },
});
