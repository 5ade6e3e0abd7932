// Rule tables: real phrasings of each vote, motion, outcome, referral and attendance family, and what each reads.
import { describe, expect, it } from "vitest";
import type { Fragment } from "../../src/parse/rules/fragment.ts";
import { readFragments, readSentence } from "../../src/parse/rules/read-fragments.ts";
import { RULES } from "../../src/parse/rules/registry.ts";

const fragments = (text: string): Fragment[] => readFragments(text).flatMap((p) => p.fragments.map((f) => f.fragment));
const position = (text: string) => fragments(text).filter((f) => f.kind === "position");

describe("the rule registry", () => {
  it.each(RULES.map((r) => [r.name, r] as const))("reads the example sentence of %s with that rule", (_name, rule) => {
    expect(rule.read(rule.example)).not.toBeNull();
  });

  it("has one rule per name", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });
});

describe("position-verb: members or parties, then a verb", () => {
  it.each([
    [
      "Et flertal, Marlene Harpsøe (O) samt Kristina Kongsted, Mahmed Naghdiani og Michael Lagoni (C) stemte imod.",
      "against",
      "majority",
      ["Marlene Harpsøe|O", "Kristina Kongsted|C", "Mahmed Naghdiani|C", "Michael Lagoni|C"],
    ],
    [
      "Allan Berg Mortensen(Ø) samt Lene Lindberg og Silas Drejer (A) stemte for forslaget.",
      "for",
      null,
      ["Allan Berg Mortensen|Ø", "Lene Lindberg|A", "Silas Drejer|A"],
    ],
    ["Marlene Harpsøe (O) undlod at stemme.", "abstain", null, ["Marlene Harpsøe|O"]],
    [
      "Et flertal i udvalget Allan Berg Mortensen (Ø), Betina Svinggaard og Duygu A. Ngotho (A), samt Per Tærsebøl (C) godkendte indstillingen.",
      "for",
      "majority",
      ["Allan Berg Mortensen|Ø", "Betina Svinggaard|A", "Duygu A. Ngotho|A", "Per Tærsebøl|C"],
    ],
    [
      "Allan Berg Mortensen (Ø) samt Lene Lindberg og Silas Drejer (A) godkendte indstillingen.",
      "for",
      null,
      ["Allan Berg Mortensen|Ø", "Lene Lindberg|A", "Silas Drejer|A"],
    ],
    [
      "Det Konservative Folkepartis og Venstres byrådsgrupper kunne ikke tiltræde indstillingen.",
      "against",
      null,
      ["|C", "|V"],
    ],
    [
      "Socialdemokratiets, Radikale Venstres og SF's byrådsgrupper kunne tiltræde indstillingen.",
      "for",
      null,
      ["|A", "|B", "|F"],
    ],
    ["Et mindretal (V og KF) stemte imod.", "against", "minority", ["|V", "|C"]],
    ["Hans Hansen (UFP) og Ida Jensen (EL) stemte imod.", "against", null, ["Hans Hansen|", "Ida Jensen|Ø"]],
    ["Borgmester Jens Hansen (S) stemte for.", "for", null, ["Jens Hansen|A"]],
  ])("reads %j", (sentence, pos, side, who) => {
    const [f] = position(sentence);
    expect(f).toMatchObject({ kind: "position", position: pos, side });
    if (f?.kind !== "position") throw new Error("no position");
    expect(f.entries.map((e) => `${e.name ?? ""}|${e.party ?? ""}`)).toEqual(who);
  });

  it("reads two verbs in one sentence as two positions", () => {
    const fs = position(
      "Et flertal, Marlene Harpsøe (O) samt Kristina Kongsted, Mahmed Naghdiani og Michael Lagoni (C) godkendte resultatkravet. Lene Lindberg og Silas Drejer (A) samt Allan Berg Mortensen (Ø) undlod at stemme.",
    );
    expect(fs.map((f) => f.kind === "position" && f.position)).toEqual(["for", "abstain"]);
  });

  it("reads '5 medlemmer (A+V+C) anbefaler …' as a counted group and leaves 'tager forbehold' out", () => {
    const fs = position("5 medlemmer (A+V+C) anbefaler indstillingen, 2 medlemmer (N+Ø) tager forbehold.");
    expect(fs).toEqual([
      {
        kind: "position",
        position: "for",
        entries: [
          { name: null, party: "A" },
          { name: null, party: "V" },
          { name: null, party: "C" },
        ],
        side: null,
        strong: false,
        total: 5,
      },
    ]);
  });

  it("keeps the recommendation point a party position is about", () => {
    const [f] = position("Radikale Venstre og Socialdemokratiet kunne tiltræde indstillingens beslutningspunkt 5.");
    expect(f).toMatchObject({ position: "for", points: [5] });
  });

  it.each([
    "Udvalget godkendte forslag fra Lene Lindberg (A) om, at punkt 8 optages til behandling.",
    "Et enigt udvalg godkendte indstillingen.",
    "Udvalget godkendte resultatkravet.",
    "Dagsordenen godkendt.",
    "Marlene Harpsøe (O) orienterede om henvendelse fra 3F om revalidering.",
  ])("reads no position in %j", (sentence) => {
    expect(position(sentence)).toEqual([]);
  });
});

describe("position-label: labelled lists", () => {
  it.each([
    ["For forslaget stemte: C(9) og O(2).", "for", ["|C|9", "|O|2"]],
    ["Imod forslaget stemte: A(8), F(1), Ø(2), L(1) og B(1).", "against", ["|A|8", "|F|1", "|Ø|2", "|L|1", "|B|1"]],
    ["For stemte: Ø, A, C og F", "for", ["|Ø|", "|A|", "|C|", "|F|"]],
    ["Undlod at stemme: O", "abstain", ["|O|"]],
  ])("reads %j", (sentence, pos, who) => {
    const [f] = position(sentence);
    if (f?.kind !== "position") throw new Error("no position");
    expect(f.position).toBe(pos);
    expect(f.entries.map((e) => `${e.name ?? ""}|${e.party ?? ""}|${e.count ?? ""}`)).toEqual(who);
  });

  it("reads 'For: Gruppe A, F, O og V. Imod: Liste H og Gruppe Ø.' as two lists", () => {
    const fs = position("For: Gruppe A, F, O og V. Imod: Liste H og Gruppe Ø.");
    expect(fs.map((f) => (f.kind === "position" ? [f.position, f.entries.map((e) => e.party).join("")] : []))).toEqual([
      ["for", "AFOV"],
      ["against", "HØ"],
    ]);
  });

  it("reads 'For stemte 19 medlemmer (A, F, Ø), imod stemte 6 medlemmer (V, C, O)' as two counted lists", () => {
    const fs = position("For stemte 19 medlemmer (A, F, Ø), imod stemte 6 medlemmer (V, C, O), undlod at stemme 0.");
    expect(
      fs.map((f) => (f.kind === "position" ? [f.position, f.total, f.entries.map((e) => e.party).join("")] : [])),
    ).toEqual([
      ["for", 19, "AFØ"],
      ["against", 6, "VCO"],
    ]);
  });

  it("reads 'For stemte 5 (O, D)' as a counted list", () => {
    expect(position("For stemte 5 (O, D)")[0]).toMatchObject({ position: "for", total: 5 });
  });
});

describe("tally: vote numbers", () => {
  it.each([
    [
      "Forslag om at indhente en besparelse på 175.000 kr. ved at nedlægge Integrationsrådet blev forkastet med 13 stemmer mod 11. 1 undlod.",
      "rejected",
      { for: 11, against: 13, abstain: 1 },
      "Forslag om at indhente en besparelse på 175.000 kr. ved at nedlægge Integrationsrådet",
    ],
    [
      "Indstillingen blev godkendt med 42 stemmer mod 4.",
      "adopted",
      { for: 42, against: 4, abstain: 0 },
      "Indstillingen",
    ],
    ["Godkendt med 20 stemmer for, 5 imod og 2 undlod.", "adopted", { for: 20, against: 5, abstain: 2 }, null],
    [
      "Ændringsforslaget blev forkastet med 5 stemmer for og 20 imod.",
      "rejected",
      { for: 5, against: 20, abstain: 0 },
      "Ændringsforslaget",
    ],
  ])("reads %j", (sentence, outcome, counts, motion) => {
    expect(readSentence(sentence).map((f) => f.fragment)).toEqual([{ kind: "tally", outcome, counts, motion }]);
  });

  it("reads '1 undlod.' on its own as an abstain count", () => {
    expect(readSentence("1 undlod.").map((f) => f.fragment)).toEqual([{ kind: "abstainCount", count: 1 }]);
  });
});

describe("motions", () => {
  it.each([
    [
      '(O) fremsatte følgende ændringsforslag til beskæftigelsesplanen: "Antallet af flygtninge skal stige."',
      { party: "O" },
      "Antallet af flygtninge skal stige.",
      false,
    ],
    [
      "Marlene Harpsøe (O) foreslog, at midlerne i stedet indhentes ved at nedlægge Integrationsrådet.",
      { name: "Marlene Harpsøe", party: "O" },
      "at midlerne i stedet indhentes ved at nedlægge Integrationsrådet.",
      false,
    ],
    ["Allan Berg Mortensen (Ø) stillede forslag om:", { name: "Allan Berg Mortensen", party: "Ø" }, null, true],
    ['Ændringsforslag fra Dansk Folkeparti: "Skatten sænkes."', { party: "O" }, "Skatten sænkes.", false],
  ])("reads the proposal %j", (sentence, proposer, text, needsText) => {
    expect(readSentence(sentence)[0]?.fragment).toMatchObject({
      kind: "motion",
      source: "proposal",
      proposer,
      text,
      needsText,
    });
  });

  it("reads 'Derefter fulgte følgende afstemning:' as a ballot whose question follows", () => {
    expect(readSentence("Derefter fulgte følgende afstemning:")[0]?.fragment).toMatchObject({
      source: "ballot",
      needsText: true,
    });
  });

  it.each([
    ["Ad 1", [1], null],
    ["Ad 2 og 3", [2, 3], null],
    [
      "Ad 1. Flere unge skal hjælpes til at tage en uddannelse",
      [1],
      "Flere unge skal hjælpes til at tage en uddannelse",
    ],
    ["Ad 1. – 3 Anbefales godkendt", [1, 2, 3], null],
    ["Ad 1)", [1], null],
  ])("reads the sub-point %j", (paragraph, points, text) => {
    expect(fragments(paragraph)[0]).toMatchObject({ kind: "motion", source: "subPoint", points, text });
  });

  it("reads what follows a sub-point label in its paragraph", () => {
    expect(fragments("Ad 2: Marlene Harpsøe (O) stemte imod.").map((f) => f.kind)).toEqual(["motion", "position"]);
  });

  it("reads 'Resultatkrav 1:' as a named target, and the rest of its paragraph on", () => {
    const fs = fragments("Resultatkrav 1: Marlene Harpsøe (O) stemte imod.");
    expect(fs.map((f) => f.kind)).toEqual(["motion", "position"]);
    expect(fs[0]).toMatchObject({ source: "target", label: "Resultatkrav 1" });
    expect(fragments("Resultatkrav 2, 3 og 4:")[0]).toMatchObject({
      source: "target",
      label: "Resultatkrav 2, 3 og 4",
    });
    expect(fragments("Tabel 1: Forventet regnskab")).toEqual([]);
  });

  it("reads a paragraph starting 'At …' as a ballot question", () => {
    expect(fragments("At der skal fremsættes et budgetønske til brug for budgetforhandlingerne.")[0]).toMatchObject({
      kind: "motion",
      source: "question",
      text: "At der skal fremsættes et budgetønske til brug for budgetforhandlingerne.",
    });
  });
});

describe("outcomes, referrals, attendance and statements that are not votes", () => {
  it.each([
    ["Forslaget blev dermed forkastet.", "rejected"],
    ["Indstillingen er hermed vedtaget.", "adopted"],
    ["Indstillingen blev ikke godkendt.", "rejected"],
  ])("reads the outcome statement %j", (sentence, outcome) => {
    expect(readSentence(sentence)[0]?.fragment).toEqual({ kind: "outcome", outcome });
  });

  it.each([
    ["Allan Berg Mortensen (Ø) begærede sagen i Byrådet.", ["Allan Berg Mortensen|Ø"]],
    [
      "Allan Berg Mortensen (Ø) samt Lene Lindberg og Silas Drejer (A) begærede sagen i byrådet.",
      ["Allan Berg Mortensen|Ø", "Lene Lindberg|A", "Silas Drejer|A"],
    ],
    ["Venstre standsede sagen, jf. § 23 i lov om kommunernes styrelse.", ["|V"]],
    ["Gruppe A begærer sagen optaget i Kommunalbestyrelsen.", ["|A"]],
  ])("reads the referral %j", (sentence, by) => {
    const f = readSentence(sentence)[0]?.fragment;
    if (f?.kind !== "referral") throw new Error("no referral");
    expect(f.by.map((e) => `${e.name ?? ""}|${e.party ?? ""}`)).toEqual(by);
  });

  it.each([
    ["Fraværende: Betina Svinggaard og John Calberg.", ["Betina Svinggaard", "John Calberg"]],
    ["Fraværende: Betina Svinggaard og John Calberg", ["Betina Svinggaard", "John Calberg"]],
    ["Afbud: Peter Pedersen (A)", ["Peter Pedersen"]],
    ["Mette Lene Jensen (V) var fraværende.", ["Mette Lene Jensen"]],
  ])("reads the absentees in %j", (sentence, names) => {
    expect(readSentence(sentence)[0]?.fragment).toEqual({ kind: "absent", names });
  });

  it.each([
    ["Per Hansen (C) var mødt som stedfortræder for Kristina Kongsted (C).", "Per Hansen", "C", "Kristina Kongsted"],
    ["Stedfortræder: Ida Holm (A) for Lene Lindberg", "Ida Holm", "A", "Lene Lindberg"],
  ])("reads the substitute in %j", (sentence, name, party, forWhom) => {
    expect(readSentence(sentence)[0]?.fragment).toEqual({ kind: "substitute", name, party, for: forWhom });
  });

  it.each([
    "Marlene Harpsøe (O) tog forbehold.",
    "Det Konservative Folkeparti tog forbehold for sin endelige stillingtagen.",
    "Lene Lindberg (A) deltog ikke i sagens behandling.",
  ])("reads %j as no vote", (sentence) => {
    expect(readSentence(sentence).map((f) => f.fragment)).toEqual([{ kind: "noVote" }]);
  });
});
