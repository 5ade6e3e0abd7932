import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import type { Answer } from "../../src/domain/index.ts";
import { RECORD_MEETINGS } from "../records/record-meetings.ts";
import { fixtureIndex } from "./fixture-index.ts";

const assistant = createAssistant({ index: fixtureIndex(RECORD_MEETINGS), publicBaseUrl: "https://referat.example" });
const ask = (q: string) => assistant.ask(q, { today: "2024-12-01", context: null });
const firstLines = (a: Answer, n: number) => a.text.split("\n").slice(0, n);

describe("record answers", () => {
  it("counts a party's positions across meetings, the council vote once", async () => {
    const a = await ask("How has Ø voted since 2024?");
    expect(a).toMatchObject({ intent: "vote", status: "found", language: "en" });
    expect(firstLines(a, 1)).toEqual([
      "The Red-Green Alliance (Enhedslisten, Ø) in 2 recorded votes since 2024: 0 for, 1 against, 1 abstained.",
    ]);
    expect(a.votes.map((v) => [v.body, v.date, v.position, v.positionBasis])).toEqual([
      ["Byrådet", "2024-03-06", "against", "party"],
      ["Økonomiudvalget", "2024-04-08", "abstain", "party-members"],
    ]);
    expect(a.citations.map((c) => `${c.committee}#${c.item}`)).toEqual(["Byrådet#7", "Økonomiudvalget#3"]);
    expect(a.text).toContain("https://referat.example/meetings/testrup-byraadet-2024-03-06#punkt-7");
  });

  it("narrows to a position and a body, in Danish", async () => {
    const a = await ask("Hvornår har Ø stemt imod i Byrådet?");
    expect(firstLines(a, 3)).toEqual([
      "Enhedslisten – De Rød-Grønne (Ø) i 1 registreret afstemning i Byrådet: 0 for, 1 imod, 0 undlod at stemme.",
      "Enhedslisten – De Rød-Grønne (Ø) stemte imod i 1 af dem:",
      '- 6. marts 2024, Byrådet, punkt 7 "Budget 2025": stemte imod (vedtaget) [1]',
    ]);
    const none = await ask("Hvornår har C stemt imod i Økonomiudvalget?");
    expect(none.status).toBe("not_found");
    expect(firstLines(none, 2)).toEqual([
      "Det Konservative Folkeparti (C) i 1 registreret afstemning i Økonomiudvalget: 1 for, 0 imod, 0 undlod at stemme.",
      "Det Konservative Folkeparti (C) stemte imod i 0 af dem.",
    ]);
  });

  it("lists split votes with who stood where", async () => {
    const a = await ask("Which votes were split in Byrådet in 2024?");
    expect(firstLines(a, 2)).toEqual([
      "1 split vote in Byrådet in 2024: 1 adopted, 0 rejected.",
      '- 6 March 2024, Byrådet, item 7 "Budget 2025": (adopted) [1] for: A(9), V(6); against: Ø(2)',
    ]);
    const da = await ask("Hvilke afstemninger var delte i 2023?");
    expect(firstLines(da, 1)).toEqual(["Jeg fandt ingen delt afstemning i 2023."]);
    expect(da.status).toBe("not_found");
  });

  it("finds members who voted against their own party", async () => {
    const a = await ask("Who voted against their own party?");
    expect(firstLines(a, 2)).toEqual([
      "1 vote in which a member voted otherwise than their own party:",
      '- 8 April 2024, Økonomiudvalget, item 3 "Ny skolestruktur": (adopted) [1] Carl Cold (C) voted against, C voted for',
    ]);
    const da = await ask("Hvem har stemt imod sit eget parti?");
    expect(firstLines(da, 1)).toEqual(["1 afstemning, hvor et medlem stemte anderledes end sit eget parti:"]);
  });

  it("counts a member's absences (whole meetings and part of one) over the meetings that list them", async () => {
    const a = await ask("How often was Mette Mortensen absent?");
    expect(a.intent).toBe("attendance");
    expect(firstLines(a, 2)).toEqual([
      "The minutes list Mette Mortensen at 3 meetings. Absent from 1 whole meeting and from part of 1 meeting (items 4–6):",
      "- Byrådet, 6 March 2024 [1]",
    ]);
    expect(a.citations[0]).toMatchObject({ committee: "Byrådet", item: null, meetingDate: "2024-03-06" });
    const da = await ask("Hvor mange gange har Mette Mortensen været fraværende?");
    expect(firstLines(da, 1)).toEqual([
      "Referaterne lister Mette Mortensen ved 3 møder. Fraværende fra 1 helt møde og fra dele af 1 møde (punkt 4–6):",
    ]);
  });

  it("leaves single-vote questions to the vote answer", async () => {
    const a = await ask("How did Ø vote on Budget 2025?");
    expect(a.text).not.toMatch(/recorded votes?/);
  });
});
