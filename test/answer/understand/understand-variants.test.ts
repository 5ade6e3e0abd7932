import { beforeAll, describe, expect, it } from "vitest";
import { buildLexicon, type Lexicon } from "../../../src/answer/understand/lexicon.ts";
import { dayMayBeTopic, exactDay, understand } from "../../../src/answer/understand/understand.ts";
import { parseFile } from "../../../src/ingest/index.ts";

const DIR = "test/fixtures/parse/variants";
let lexicon: Lexicon;
const read = (q: string) => understand(q, lexicon, { today: "2026-11-22" });

beforeAll(async () => {
  const files = ["aarhus-byraad.txt", "helsingor-byraadet-dagsorden.txt", "hvidovre-kommunalbestyrelsen.md"];
  lexicon = buildLexicon(await Promise.all(files.map((f) => parseFile(`${DIR}/${f}`))));
});

describe("understand, over minutes of several municipalities", () => {
  it("narrows a generic council word to the council of the named municipality", () => {
    expect(read("Who was absent from the city council meeting in Aarhus?").bodies).toEqual(["Aarhus Byråd"]);
    expect(read("Hvad besluttede byrådet i Hvidovre om budgetopfølgningen?").bodies).toEqual(["Kommunalbestyrelsen"]);
  });

  it("keeps every council when no municipality is named", () => {
    expect(read("Hvad besluttede byrådet om hjemløshed?").bodies.sort()).toEqual(
      ["Aarhus Byråd", "Byrådet", "Kommunalbestyrelsen"].sort(),
    );
  });

  it("leaves a day on which nothing happened to the topic of a vote question: it is part of a title", () => {
    const u = read("Hvordan stemte SF om budgetopfølgningen pr. 30. september 2024?");
    expect(exactDay(u)).toBeNull();
    expect(u.topic.text).toContain("september");
    expect(exactDay(read("How did V vote at the meeting on 11 September 2024?"))).toBe("2024-09-11");
  });

  it("reads a meeting day as the meeting's first, and as part of the topic when no word ties it to a meeting", () => {
    const question = "Hvad blev besluttet om budgetopfølgningen 11. september 2024?";
    const u = read(question);
    expect(exactDay(u)).toBe("2024-09-11");
    expect(dayMayBeTopic(u)).toBe(true);
    const asTopic = understand(question, lexicon, { today: "2026-11-22", daysAsTopic: true });
    expect(exactDay(asTopic)).toBeNull();
    expect(asTopic.topic.text).toContain("september");
    // A meeting word or a body's name ties the day to a meeting.
    expect(dayMayBeTopic(read("How did V vote at the meeting on 11 September 2024?"))).toBe(false);
    expect(dayMayBeTopic(read("Hvad besluttede Byrådet om budgetopfølgningen 11. september 2024?"))).toBe(false);
    expect(dayMayBeTopic(read("Hvad skete der på byrådsmødet 11. september 2024 om budgetopfølgningen?"))).toBe(false);
  });

  it("keeps any day in a question about a meeting itself, so the answer can say there was none", () => {
    expect(exactDay(read("Link to the minutes of the meeting on 30 September 2024"))).toBe("2024-09-30");
  });

  it("takes the party named first as the subject, and a member named after it as topic", () => {
    const u = read("Did SF vote for the election of Steen Ørskov Larsen as deputy mayor?");
    expect(u).toMatchObject({ party: "F", member: null });
    expect(u.topic.text).toContain("Steen Ørskov Larsen");
    expect(read("How did Allan Berg Mortensen (Ø) vote on Kronborgvej?").member?.name).toBe("Allan Berg Mortensen");
  });
});
