// Absence records (and one vote answer) over hand-made minutes (record-meetings.ts): a whole-meeting absence, an
// absence from items 4–6, and a member recorded absent ("Fraværende: Bo Berg" under item 1) whose absence covers that item only. The
// answers' wording is fixed: these rows were written before the code ran on them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { absenceSummary } from "../../src/answer/compose/record.ts";
import { formatItemNumbers } from "../../src/answer/messages.ts";
import { createAssistant } from "../../src/assistant.ts";
import type { Answer } from "../../src/domain/index.ts";
import { loadIndex, writeIndex } from "../../src/search/index.ts";
import { RECORD_MEETINGS } from "./record-meetings.ts";

const TODAY = "2025-12-31";
let dir = "";
let ask: (q: string) => Promise<Answer>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-absence-"));
  const inputs = RECORD_MEETINGS.map((meeting) => ({
    name: meeting.source,
    sha256: "0".repeat(64),
    bytes: 1,
    meeting,
  }));
  await writeIndex(inputs, [], dir);
  const assistant = createAssistant({ index: await loadIndex(dir), publicBaseUrl: "https://referat.example" });
  ask = (q) => assistant.ask(q, { today: TODAY, context: null });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The answer's lines before its list of sources. */
const body = (a: Answer) => a.text.split("\n\n")[0]?.split("\n");

describe("the wording of an absence record", () => {
  it("writes item numbers with runs as ranges", () => {
    expect(formatItemNumbers([6, 4, 5, 9], "en")).toBe("items 4–6 and 9");
    expect(formatItemNumbers([6, 4, 5, 9], "da")).toBe("punkt 4–6 og 9");
    expect(formatItemNumbers([9], "en")).toBe("item 9");
    expect(formatItemNumbers([9], "da")).toBe("punkt 9");
  });

  it("counts whole meetings and meetings missed in part, with the items of each", () => {
    expect(absenceSummary("en", "X", 12, 3, [[4, 5, 6], [9]], "")).toBe(
      "The minutes list X at 12 meetings. Absent from 3 whole meetings and from part of 2 meetings (items 4–6; item 9):",
    );
    expect(absenceSummary("da", "X", 12, 3, [[4, 5, 6], [9]], "")).toBe(
      "Referaterne lister X ved 12 møder. Fraværende fra 3 hele møder og fra dele af 2 møder (punkt 4–6; punkt 9):",
    );
    expect(absenceSummary("en", "X", 1, 1, [], " since 2022")).toBe(
      "The minutes list X at 1 meeting since 2022. Absent from 1 whole meeting:",
    );
    expect(absenceSummary("da", "X", 4, 0, [[2]], "")).toBe(
      "Referaterne lister X ved 4 møder. Fraværende fra dele af 1 møde (punkt 2):",
    );
    expect(absenceSummary("en", "X", 4, 0, [], "")).toBe(
      "The minutes list X at 4 meetings. Not recorded as absent from any of them.",
    );
    expect(absenceSummary("da", "X", 4, 0, [], "")).toBe(
      "Referaterne lister X ved 4 møder. Ikke registreret som fraværende ved nogen af dem.",
    );
  });
});

describe("absence record answers over hand-made minutes", () => {
  it("How often was Mette Mortensen absent? — one whole meeting, items 4–6 of another, each cited", async () => {
    const a = await ask("How often was Mette Mortensen absent?");
    expect(body(a)).toEqual([
      "The minutes list Mette Mortensen at 3 meetings. Absent from 1 whole meeting and from part of 1 meeting (items 4–6):",
      "- Byrådet, 6 March 2024 [1]",
      '- Byrådet, 1 May 2024, items 4–6: "Fraværende: Mette Mortensen (Ø), punkt 4-6" [2]',
    ]);
    expect(a.citations.map((c) => [c.meetingDate, c.item, c.quote])).toEqual([
      ["2024-03-06", null, null],
      ["2024-05-01", null, "Fraværende: Mette Mortensen (Ø), punkt 4-6"],
    ]);
  });

  it("Hvor ofte var Mette Mortensen fraværende? — the same in Danish", async () => {
    const a = await ask("Hvor ofte var Mette Mortensen fraværende?");
    expect(body(a)).toEqual([
      "Referaterne lister Mette Mortensen ved 3 møder. Fraværende fra 1 helt møde og fra dele af 1 møde (punkt 4–6):",
      "- Byrådet, 6. marts 2024 [1]",
      '- Byrådet, 1. maj 2024, punkt 4–6: "Fraværende: Mette Mortensen (Ø), punkt 4-6" [2]',
    ]);
  });

  it.each([
    "When was Mette Mortensen absent?",
    "Which meetings did Mette Mortensen miss?",
    "Hvornår var Mette Mortensen fraværende?",
    "Hvornår har Mette Mortensen haft afbud?",
  ])("%s — every absence of the member, not the latest meeting's attendance", async (question) => {
    const a = await ask(question);
    expect(a.citations.map((c) => c.meetingDate)).toEqual(["2024-03-06", "2024-05-01"]);
    expect(body(a)?.[0]).toMatch(
      /^(?:The minutes list|Referaterne lister) Mette Mortensen (?:at|ved) 3 (?:meetings|møder)\./,
    );
  });

  it("a member who left at a time (no item given) is partly absent, with the time, also when one item is asked about", async () => {
    const meeting = await ask("Hvem var fraværende ved Kulturudvalgets møde den 2. september 2024?");
    expect(meeting.text).toContain(
      'Erik Eg (V) var fraværende under en del af mødet (fra kl. 18.15): "Erik Eg (V) forlod mødet kl. 18.15."',
    );
    expect(meeting.attendance?.partial).toEqual([
      { name: "Erik Eg", party: "V", items: [], quote: "Erik Eg (V) forlod mødet kl. 18.15.", from: "18.15" },
    ]);
    const atItem = await ask("Was Erik Eg present at item 2 of the Kulturudvalget meeting on 2 September 2024?");
    expect(atItem.facts.find((f) => f.kind === "member-attendance")).toMatchObject({ status: "partly-absent" });
  });

  it("a member recorded absent whose absence covers one item is not counted absent from the meeting", async () => {
    const a = await ask("How often was Bo Berg absent?");
    expect(body(a)).toEqual([
      "The minutes list Bo Berg at 4 meetings. Absent from part of 1 meeting (item 1):",
      '- Økonomiudvalget, 3 June 2024, item 1: "Fraværende: Bo Berg" [1]',
    ]);
    expect(a.citations.map((c) => [c.meetingDate, c.item])).toEqual([["2024-06-03", 1]]);
  });

  it("a period narrows both counts", async () => {
    const a = await ask("How often was Mette Mortensen absent since April 2024?");
    expect(body(a)?.[0]).toBe(
      "The minutes list Mette Mortensen at 2 meetings since 1 April 2024. Absent from part of 1 meeting (items 4–6):",
    );
  });

  it("Who was absent from Byrådet in 2024? — everyone recorded absent in that body and period, each cited", async () => {
    const a = await ask("Who was absent from Byrådet in 2024?");
    expect(body(a)).toEqual([
      "The minutes list Mette Mortensen at 2 meetings in Byrådet in 2024. Absent from 1 whole meeting and from part of 1 meeting (items 4–6):",
      "- Byrådet, 6 March 2024 [1]",
      '- Byrådet, 1 May 2024, items 4–6: "Fraværende: Mette Mortensen (Ø), punkt 4-6" [2]',
    ]);
    // One day asks about one meeting: its attendance, not a record.
    const day = await ask("Who was absent from Byrådet on 6 March 2024?");
    expect(day.text).toContain("Absent: Mette Mortensen.");
  });
});

describe("vote answers over the same hand-made minutes", () => {
  it("reports a council vote quoted again in committee minutes once, under the council's own meeting", async () => {
    const a = await ask("How did Ø vote on Budget 2025?");
    expect(a.votes.map((v) => [v.body, v.date, v.position])).toEqual([["Byrådet", "2024-03-06", "against"]]);
    expect(a.citations[a.votes[0]?.citation ?? -1]).toMatchObject({
      committee: "Byrådet",
      meetingDate: "2024-03-06",
      item: 7,
    });
  });
});
