// Danish writers join compound parts with or without a linking e or s ("havvindmøllepark" / "havvindemøllepark", as
// Greve's own titles vary): a question's long word finds the form the minutes use.
import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { linkingVariants } from "../../src/search/compounds.ts";
import { makeDecision, makeItem, makeMeeting, makeVote } from "../search/make-meeting.ts";
import { fixtureIndex } from "./fixture-index.ts";

describe("linkingVariants", () => {
  it("drops or adds one linking e or s inside a long stem", () => {
    expect(linkingVariants("havvindmøllepark")).toContain("havvindemøllepark");
    expect(linkingVariants("havvindemøllepark")).toContain("havvindmøllepark");
    expect(linkingVariants("ungdomsbolig")).toContain("ungdombolig");
  });

  it("leaves short stems, numbers and the word's ends alone", () => {
    expect(linkingVariants("lokalplan")).toEqual([]);
    expect(linkingVariants("budget2024x")).toEqual([]);
    for (const v of linkingVariants("havvindmøllepark")) {
      expect(v.slice(0, 3)).toBe("hav");
      expect(v.slice(-3)).toBe("ark");
    }
  });
});

describe("a question's compound written with another linking letter", () => {
  const wind = makeMeeting(
    "testrup-oekonomi-2022.txt",
    "2022-08-29",
    [
      makeItem(18, "Høring om VVM af havvindemøllepark ved Aflandshage", "Energistyrelsen har sendt sagen i høring.", {
        decisions: [makeDecision("Økonomiudvalget", "2022-08-29", "Anbefales. Mehmet Zeki Dogru (Ø) stemte imod.")],
      }),
      makeItem(19, "Temadrøftelse om vindmøller på land", "Drøftelse af vindmøller på land."),
    ],
    {
      committee: "Økonomiudvalget",
      committeeRaw: "Økonomiudvalget",
      votes: [
        makeVote(18, "Mehmet Zeki Dogru (Ø) stemte imod.", {
          body: "Økonomiudvalget",
          against: [{ name: "Mehmet Zeki Dogru", party: "Ø" }],
        }),
      ],
    },
  );
  // An earlier item written with the question's own form, without a vote: it must not hide the vote above.
  const theme = makeMeeting(
    "testrup-klima-2022.txt",
    "2022-01-17",
    [
      makeItem(2, "Temadrøftelse om havvindmølleparken ved Aflandshage", "Udvalget drøfter havvindmølleparken.", {
        decisions: [makeDecision("Klima-, Teknik- og Miljøudvalget", "2022-01-17", "Taget til efterretning.")],
      }),
    ],
    { committee: "Klima-, Teknik- og Miljøudvalget", committeeRaw: "Klima-, Teknik- og Miljøudvalget" },
  );
  const assistant = createAssistant({ index: fixtureIndex([wind, theme]), publicBaseUrl: "https://referat.example" });

  it("finds the vote on the item the minutes title with the other form", async () => {
    const a = await assistant.ask("Hvem stemte imod havvindmølleparken?", { today: "2026-12-01", context: null });
    expect(a.status).toBe("found");
    expect(a.citations[0]).toMatchObject({ item: 18, meetingDate: "2022-08-29" });
    expect(a.text).toContain("Mehmet Zeki Dogru");
  });
});
