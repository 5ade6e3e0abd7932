// The Answer as cited facts, over the bundled samples: what each kind of question's facts hold, and what the text says.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionOutcomes } from "../../src/answer/compose/decision.ts";
import { askedFor } from "../../src/answer/compose/not-stated.ts";
import { createAssistant } from "../../src/assistant.ts";
import type { Answer, Assistant, Vote } from "../../src/domain/index.ts";
import { buildIndex } from "../../src/ingest/index.ts";
import { loadIndex } from "../../src/search/index.ts";

let dir = "";
let assistant: Assistant;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-facts-"));
  await buildIndex(["index-data/minutes"], { outDir: dir });
  assistant = createAssistant({ index: await loadIndex(dir), publicBaseUrl: "https://referat.example" });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
const ask = (q: string, context: Answer["context"] | null = null) => assistant.ask(q, { today: "2026-11-22", context });
const kinds = (a: Answer) => [...new Set(a.facts.map((f) => f.kind))];

describe("facts of an answer", () => {
  it("gives a vote answer vote facts, each with its citation and the sentences it was read from", async () => {
    const a = await ask("How did Ø vote on Integrationsrådet?");
    expect(a.status).toBe("found");
    const votes = a.facts.filter((f) => f.kind === "vote");
    expect(votes.length).toBe(a.votes.length);
    for (const f of votes) {
      expect(a.citations[f.citation]).toBeDefined();
      expect(f.quote).toBeTruthy();
    }
  });

  it("opens a decision answer with one plain sentence: outcome, proposer and count, voted-down proposals as rejected", async () => {
    const a = await ask("What did the committee decide about Vapnagaard?");
    expect(a.text.split("\n")[0]).toBe(
      "Social- og Beskæftigelsesudvalget rejected the recommendation 3–4, rejected Allan Berg Mortensen's proposal 3–4 and rejected the motion 3–4.",
    );
  });

  it("includes the unanimous decisions on a voted item, so a member's positions are not one-sided", async () => {
    const a = await ask("Hvordan stemte Ø om rusmiddelbehandling?");
    expect(a.votes).toEqual([]);
    expect(a.text).toContain("Social- og Beskæftigelsesudvalget godkendte enstemmigt indstillingen.");
  });

  it("says 'did you mean' when a corrected typo answered", async () => {
    const a = await ask("hvad besluttede udvalget om rusmidelbehandling");
    expect(a.facts[0]).toEqual({ kind: "did-you-mean", asked: "rusmidelbehandling", read: "rusmiddelbehandling" });
    expect(a.text.split("\n")[0]).toBe('Jeg læste "rusmidelbehandling" som "rusmiddelbehandling".');
    expect(a.citations[0]?.item).toBe(11);
  });

  it("says a body the index does not hold is not there, and which bodies it holds, instead of substituting one", async () => {
    for (const q of [
      "What did Borgerrepræsentationen decide about Integrationsrådet?",
      "Who was absent from the Teknisk Udvalg meeting on 9 December 2020?",
    ]) {
      const a = await ask(q);
      expect(a.status).toBe("not_found");
      expect(a.citations).toEqual([]);
      expect(a.searched?.unknownBody).toMatch(/Borgerrepræsentationen|Teknisk Udvalg/);
      expect(a.text).toMatch(/^I have no minutes from (Borgerrepræsentationen|Teknisk Udvalg); I have minutes from /);
      expect(a.text).toContain("Byrådet");
    }
  });

  it("says what the index covers when nothing is found", async () => {
    const a = await ask("What was decided about the metro extension?");
    expect(a.coverage).toMatchObject({
      municipalities: ["Helsingør", "Hvidovre"],
      from: "2016-03-16",
      to: "2021-04-14",
    });
    expect(a.text).toContain("16 March 2016 – 14 April 2021");
  });

  it("keeps the topic for a follow-up with a pronoun, and the new intent it asks for", async () => {
    const first = await ask("What was decided about shutting down Integrationsrådet?");
    const a = await ask("how many votes did it get in Byrådet?", first.context);
    expect(a.intent).toBe("vote");
    expect(a.votes.some((v) => v.body === "Byrådet" && v.counts?.against === 13)).toBe(true);
  });

  it("reads what a member asked about as a search scoped to them", async () => {
    const a = await ask("What did Charlotte Munch ask about?");
    expect(kinds(a)).toEqual(["passage"]);
    expect(a.citations[0]).toMatchObject({ meetingDate: "2021-03-08", item: 11 });
  });

  it("scopes a search to a party: items naming it, what it wanted first, each quote naming it", async () => {
    const a = await ask("Hvad ønskede gruppe A?");
    expect(a.citations[0]).toMatchObject({ meetingDate: "2021-03-08", item: 4 });
    const quotes = a.facts.flatMap((f) => (f.kind === "passage" ? [f.quote ?? ""] : []));
    expect(quotes[0]).toContain("Gruppe A ønsker");
    const df = await ask("Hvad mente Dansk Folkeparti om flygtninge?");
    const dfQuotes = df.facts.flatMap((f) => (f.kind === "passage" ? [f.quote ?? ""] : []));
    expect(dfQuotes.length).toBeGreaterThan(0);
    for (const q of dfQuotes) expect(q).toMatch(/\(O\)|Dansk Folkeparti/u);
    expect(df.text).toContain('"flygtninge" (Dansk Folkeparti (O))');
  });

  it("has kinds only from the fact union, in every answer of the sample question set's shapes", async () => {
    for (const q of ["Link to the minutes of the meeting on 14 April 2021", "Who was absent on 16 March 2016?"]) {
      const a = await ask(q);
      expect(a.facts.length).toBeGreaterThan(0);
    }
  });
});

describe("long answers and unanswerable specifics", () => {
  it("cites on each page only what the page shows, renumbered", async () => {
    const refs = (a: Answer) =>
      new Set(a.facts.flatMap((f) => ("citation" in f && typeof f.citation === "number" ? [f.citation] : [])));
    const first = await assistant.ask("Hvad skete der på mødet 9. december 2020?", {
      today: "2021-01-10",
      context: null,
    });
    expect(first.facts.some((f) => f.kind === "more")).toBe(true);
    expect([...refs(first)].sort((a, b) => a - b)).toEqual(first.citations.map((_, i) => i));
    const next = await assistant.ask("flere", { today: "2021-01-10", context: first.context });
    expect([...refs(next)].sort((a, b) => a - b)).toEqual(next.citations.map((_, i) => i));
    // The second page's items are not the first page's.
    const items = (a: Answer) => a.citations.map((c) => c.item);
    expect(items(next).some((i) => items(first).includes(i))).toBe(false);
  });

  it("shows the first rows of a long list with 'and N more', and the rest on 'more' / 'flere'", async () => {
    const today = "2021-01-10";
    const first = await assistant.ask("What is coming up in Social- og Beskæftigelsesudvalget?", {
      today,
      context: null,
    });
    const more = first.facts.find((f) => f.kind === "more");
    expect(first.upcoming).toHaveLength(15);
    expect(more).toEqual({ kind: "more", count: 18, of: "items" });
    expect(first.text).toContain('… and 18 more items. Write "more" to see the rest.');
    // 18 left is a page of 15 and 3 over: the 3 come with the page rather than on a page of their own, so "more"
    // shows the rest as it promises.
    const second = await assistant.ask("flere", { today, context: first.context });
    expect(second.upcoming).toHaveLength(18);
    expect(second.upcoming.map((u) => u.title)).not.toContain(first.upcoming[0]?.title);
    expect(second.facts.some((f) => f.kind === "more")).toBe(false);
    const third = await assistant.ask("more", { today, context: second.context });
    expect(third.upcoming).toHaveLength(0);
    expect(third.facts).toEqual([{ kind: "nothing-more", after: true }]);
    expect(third.text).toBe("There is no more: the previous answer showed all of it.");
  });

  it("does not search the minutes for the word 'more' when no answer came before", async () => {
    for (const [word, text] of [
      ["more", 'Ask a question first; "more" shows the rest of a long answer.'],
      ["flere", 'Skriv et spørgsmål først; "flere" viser resten af et langt svar.'],
    ]) {
      const a = await assistant.ask(word as string, { today: "2021-01-10", context: null });
      expect(a.status).toBe("clarify");
      expect(a.citations).toEqual([]);
      expect(a.text).toBe(text);
    }
  });

  it("says plainly after what was found that the minutes do not name the winner", async () => {
    const a = await ask("Who won the social employment prize 2020?");
    expect(a.citations[0]).toMatchObject({ meetingDate: "2020-12-09", item: 5 });
    expect(a.facts.at(-1)).toEqual({ kind: "not-stated", what: "winner" });
    expect(a.text).toContain("Udvalget valgte en prismodtager.");
    expect(a.text).toContain("The minutes do not say who won.");
  });

  it("says the minutes do not say who chaired, after who attended", async () => {
    const a = await ask("Who chaired the meeting on 14 April 2021?");
    expect(a.intent).toBe("attendance");
    expect(a.text).toContain("The minutes do not say who chaired the meeting.");
  });
});

describe("decisionOutcomes", () => {
  const vote = (over: Partial<Vote>): Vote => ({
    item: 1,
    body: "Byrådet",
    date: "2020-11-30",
    motion: "Forslag",
    proposedBy: null,
    outcome: "rejected",
    for: [],
    against: [],
    abstain: [],
    counts: null,
    text: "",
    decision: 0,
    ...over,
  });

  it("reads a proposal's mover and counts from its vote", () => {
    expect(
      decisionOutcomes("", [vote({ proposedBy: { party: "Ø" }, counts: { for: 3, against: 4, abstain: 0 } })]),
    ).toEqual([
      {
        what: "proposal",
        proposer: "Ø",
        outcome: "rejected",
        counts: { for: 3, against: 4, abstain: 0 },
        unanimous: false,
      },
    ]);
  });

  it("names the few who voted against, as the minutes name them", () => {
    const named = (name: string, party: string | null = null) => ({ name, party });
    const [o] = decisionOutcomes("", [
      vote({
        motion: "Indstillingen",
        outcome: "adopted",
        for: [named("Jesper Kjeldsen"), named("Steffen Wich"), named("Gert Bjerregaard")],
        against: [named("Solveig Munk"), { name: null, party: "Ø" }],
      }),
    ]);
    expect(o).toMatchObject({ counts: null, against: ["Solveig Munk", "Ø"] });
    const many = decisionOutcomes("", [vote({ against: ["A", "B", "C", "F"].map((p) => ({ name: null, party: p })) })]);
    expect(many[0]?.against).toBeUndefined();
  });

  it.each([
    ["Indstillingen godkendt.", "recommendation", "adopted", false],
    ["Indstillingen blev ikke godkendt.", "recommendation", "rejected", false],
    // Recommended on to another body rather than decided (Greve committees' short decisions among them).
    ["Anbefales godkendt.", "recommendation", "adopted", true],
    ["1.-2. Anbefales.", "recommendation", "adopted", true],
    ["Anbefales ikke.", "recommendation", "rejected", true],
    ["Økonomiudvalget anbefaler overfor Byrådet, at indstillingen godkendes.", "recommendation", "adopted", true],
  ])("reads %j without a vote as the %s %s unanimously (recommended: %s)", (text, what, outcome, recommended) => {
    expect(decisionOutcomes(text, [])).toEqual([
      { what, proposer: null, outcome, counts: null, unanimous: true, ...(recommended ? { recommended } : {}) },
    ]);
  });

  it("adds the recommendation's own outcome stated beside a vote on a proposal, without counts", () => {
    const text =
      "Ø stillede forslag om en bisidder. For stemte: Ø og A. Imod stemte: C og O. Forslaget faldt. Indstillingerne godkendt.";
    const proposal = vote({
      proposedBy: { party: "Ø" },
      counts: { for: 3, against: 4, abstain: 0 },
      text: "For stemte: Ø og A. Imod stemte: C og O. Forslaget faldt.",
    });
    expect(decisionOutcomes(text, [proposal]).map((o) => [o.what, o.outcome, o.counts, o.unanimous])).toEqual([
      ["proposal", "rejected", { for: 3, against: 4, abstain: 0 }, false],
      ["recommendation", "adopted", null, false],
    ]);
    // A vote on the recommendation itself already gives its outcome.
    const onIt = vote({
      motion: "Indstillingen",
      outcome: "adopted",
      text: "Indstillingen blev godkendt med 5 stemmer.",
    });
    expect(decisionOutcomes("Indstillingen blev godkendt med 5 stemmer.", [onIt]).map((o) => o.what)).toEqual([
      "recommendation",
    ]);
  });

  it("counts named members one vote each, but gives no count for party letters without numbers", () => {
    const members = vote({
      outcome: "adopted",
      for: [
        { name: "Karen Holm", party: "A" },
        { name: "Per Vang", party: "F" },
      ],
      against: [{ name: "Ole Bak", party: "V" }],
    });
    expect(decisionOutcomes("", [members])[0]).toMatchObject({ counts: { for: 2, against: 1, abstain: 0 } });
    // "Imod: A, C, Ø og M" (Greve Byråd 23.04.2025): four parties against, not four votes; and nothing for.
    const parties = vote({
      proposedBy: { name: "Anne Marie Lyduch", party: "V" },
      outcome: "adopted",
      against: ["A", "C", "Ø", "M"].map((party) => ({ name: null, party })),
    });
    expect(decisionOutcomes("", [parties])[0]).toMatchObject({ counts: null, unanimous: false });
    // Party letters with their numbers ("C(9) og O(2)") are counts.
    const numbered = vote({
      outcome: "adopted",
      for: [
        { name: null, party: "C", count: 9 },
        { name: null, party: "O", count: 2 },
      ],
    });
    expect(decisionOutcomes("", [numbered])[0]).toMatchObject({ counts: { for: 11, against: 0, abstain: 0 } });
  });

  it("gives no count when the named votes could not have carried the outcome (only the dissenters are named)", () => {
    // "Udvalget godkendte scenarie b. Karen Holm (A) og Per Vang (A) stemte imod.": adopted, yet 0 named for.
    const dissent = vote({
      outcome: "adopted",
      against: [
        { name: "Karen Holm", party: "A" },
        { name: "Per Vang", party: "A" },
      ],
    });
    expect(decisionOutcomes("", [dissent])[0]).toMatchObject({
      counts: null,
      unanimous: false,
      against: ["Karen Holm (A)", "Per Vang (A)"],
    });
    // "Forslaget faldt. For stemte Ole Bak (V).": rejected with one named for and no one named against.
    const lone = vote({ outcome: "rejected", for: [{ name: "Ole Bak", party: "V" }] });
    expect(decisionOutcomes("", [lone])[0]).toMatchObject({ counts: null });
    // A tie rejects: 3–3 named is a count.
    const tie = vote({
      outcome: "rejected",
      for: ["Ida", "Bo", "Jens"].map((name) => ({ name, party: "A" })),
      against: ["Eva", "Kim", "Lis"].map((name) => ({ name, party: "V" })),
    });
    expect(decisionOutcomes("", [tie])[0]).toMatchObject({ counts: { for: 3, against: 3, abstain: 0 } });
  });

  it("gives no one outcome to a block whose sub-points were settled differently", () => {
    expect(decisionOutcomes("1. Anbefales.\n\n2. Administrationens indstilling kan ikke anbefales.", [])).toEqual([]);
    // Not recommended as a whole, parts of it recommended (Greve ØU 10-03-2025, punkt 23): the quote says it.
    const mixed = "Anbefales ikke. Udvalget anbefaler, at gulvet godkendes, men at øvrige punkter genbehandles.";
    expect(decisionOutcomes(mixed, [])).toEqual([]);
  });

  it("reads nothing from a block without closing words", () => {
    expect(decisionOutcomes("Udvalget valgte en prismodtager.", [])).toEqual([]);
  });
});

describe("askedFor", () => {
  it.each([
    ["Hvor mange penge er der afsat til aktivitetscentret?", "Der er afsat 4 mio. kr. på investeringsoversigten."],
    ["How much did the new roof cost?", "Taget kostede 1.316.000 kr."],
    ["Hvad koster takstreduktionen?", "Taksten sænkes, hvilket svarer til 64 kr. i døgnet."],
  ])("reads %j as asking for an amount, which %j states", (question, sentence) => {
    const rules = askedFor(question);
    expect(rules.map((r) => r.what)).toEqual(["amount"]);
    expect(rules[0]?.named.test(sentence)).toBe(true);
    expect(rules[0]?.named.test("Indstillingen godkendt.")).toBe(false);
  });

  it("asks for nothing in particular in an open question", () => {
    expect(askedFor("Hvad blev besluttet om aktivitetscentret?")).toEqual([]);
  });
});
