// Rule tables: real phrasings of each vote, motion, outcome, referral and attendance family, and what each reads.
import { describe, expect, it } from "vitest";
import type { Fragment } from "../../src/parse/rules/fragment.ts";
import * as scopes from "../../src/parse/rules/item-scope.ts";
import { readFragments, readSentence } from "../../src/parse/rules/read-fragments.ts";
import { RULES } from "../../src/parse/rules/registry.ts";

const fragments = (text: string): Fragment[] => readFragments(text).flatMap((p) => p.fragments.map((f) => f.fragment));
const position = (text: string) => fragments(text).filter((f) => f.kind === "position");

describe("the rule registry", () => {
  it.each(RULES.map((r) => [r.name, r] as const))("reads the example sentence of %s with that rule", (_name, rule) => {
    expect(rule.read(rule.example)).not.toBeNull();
  });

  it.each(RULES.filter((r) => r.cue).map((r) => [r.name, r] as const))(
    "finds the cue of %s in its example (a cue only passes over sentences the rule cannot read)",
    (_name, rule) => {
      expect(rule.cue?.test(rule.example)).toBe(true);
    },
  );

  it("has one rule per name", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });
});

describe("item scope phrases", () => {
  const phrases = Object.values(scopes).filter((v): v is scopes.ScopePhrase => typeof v === "object" && "pattern" in v);
  it.each(phrases.map((p) => [p.name, p] as const))("reads the example of '%s' whole", (_name, phrase) => {
    expect(scopes.readScope(phrase.example, [phrase])?.before).toBe("");
  });

  it.each([
    // A clock time marks the moment of leaving during the item: the items after it are missed.
    ["kl. 20.20 under behandling af punkt 3", { kind: "after", item: 3 }],
    // No time: out for that item's treatment, nothing said about the items after it.
    ["ved behandlingen af punkt 3", { kind: "items", items: [3] }],
    ["under behandlingen af dette punkt", { kind: "this" }],
    ["til kl. 18.40 i punkt 2", { kind: "before", item: 2 }],
    ["fra kl. 17.30 under punkt 5", { kind: "after", item: 5 }],
  ] as const)("reads '%s' after 'forlod mødet' or a listed name", (text, scope) => {
    const all = [scopes.UNTIL_DURING, scopes.FROM_DURING, scopes.LEFT_AFTER, scopes.LEFT_FOR_ITEM, scopes.THIS_ITEM];
    expect(scopes.readScope(text, all)).toEqual({ scope, before: "" });
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
    ["Herefter blev indstillingen godkendt.", "adopted"],
    ["Herefter anbefaler udvalget indstillingen.", "adopted"],
    ["Indstillingen blev derefter ikke godkendt.", "rejected"],
    ["Derefter blev indstillingen sat til afstemning.", null],
  ])("reads %j as a turn back to the recommendation", (sentence, outcome) => {
    const fs = readSentence(sentence).map((r) => r.fragment);
    expect(fs[0]).toMatchObject({ kind: "motion", source: "recommendation" });
    expect(fs[1] ?? null).toEqual(outcome ? { kind: "outcome", outcome } : null);
  });

  it("does not read a turn that names members or parties as a motion", () => {
    const fs = readSentence("Herefter godkendte Thomas Horn (C) og Jan Bagge (D) indstillingen.").map(
      (r) => r.fragment,
    );
    expect(fs.some((f) => f.kind === "motion")).toBe(false);
  });

  it.each([
    ["Allan Berg Mortensen (Ø) begærede sagen i Byrådet.", ["Allan Berg Mortensen|Ø"]],
    [
      "Allan Berg Mortensen (Ø) samt Lene Lindberg og Silas Drejer (A) begærede sagen i byrådet.",
      ["Allan Berg Mortensen|Ø", "Lene Lindberg|A", "Silas Drejer|A"],
    ],
    ["Venstre standsede sagen, jf. § 23 i lov om kommunernes styrelse.", ["|V"]],
    ["Gruppe A begærer sagen optaget i Kommunalbestyrelsen.", ["|A"]],
    // "ø" after a space: a word boundary written \b (ASCII letters only) never matched here.
    ["Jens Holm (Ø) ønskede sagen behandlet i Byrådet.", ["Jens Holm|Ø"]],
    // Dragør: the council as "KB" (Kommunalbestyrelsen).
    ["Peter Holm (T) begærede sagen i KB, jf. styrelseslovens § 23.", ["Peter Holm|T"]],
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
  ])("reads %j as no vote", (sentence) => {
    expect(readSentence(sentence).map((f) => f.fragment)).toEqual([{ kind: "noVote" }]);
  });

  it("reads 'deltog ikke i sagens behandling' as absence from the block's own item, not a vote", () => {
    expect(readSentence("Lene Lindberg (A) deltog ikke i sagens behandling.").map((f) => f.fragment)).toEqual([
      { kind: "partialAbsent", members: [{ name: "Lene Lindberg", party: "A" }], scope: { kind: "this" } },
    ]);
  });
});

describe("council phrasings (København, Aarhus, Hvidovre, Stevns)", () => {
  const who = (f: Fragment | undefined) =>
    f?.kind === "position"
      ? f.entries.map((e) => `${e.name ?? ""}|${e.party ?? ""}${e.count ? `|${e.count}` : ""}`)
      : [];

  it.each([
    ["O (1) kan ikke godkende indstillingen, da perspektivområdet ikke bør indgå.", "against", ["|O|1"], null],
    [
      "Et flertal bestående af A, B, C, N, V og Ø (16) godkender indstillingen.",
      "for",
      ["|A", "|B", "|C", "|N", "|V", "|Ø"],
      16,
    ],
    ["1 medlem (O) stemmer imod, da han ikke kan gå ind for perspektivområdet.", "against", ["|O|1"], 1],
    ["(O) stemte imod, da matriklen ligger i landzone.", "against", ["|O"], null],
    ["C og N (5 medlemmer) undlod at stemme.", "abstain", ["|C", "|N"], 5],
    ["Enhedslisten - De Rød Grønne kunne ikke tiltræde udvalgets erklæring.", "against", ["|Ø"], null],
    ["Venstres byrådsgruppe kunne ikke tiltræde forslaget", "against", ["|V"], null],
    ["Et flertal (A, F, Ø) besluttede at godkende indstillingen.", "for", ["|A", "|F", "|Ø"], null],
    ["Anbefales af et flertal bestående af V, B og A.", "for", ["|V", "|B", "|A"], null],
    ["For dette stemte 13 medlemmer (A, V, B, Ø og F).", "for", ["|A", "|V", "|B", "|Ø", "|F"], 13],
    ["Imod stemte Martin Henriksen (O).", "against", ["Martin Henriksen|O"], null],
    [
      "For: 3 (Bo Hilsted (A), Carsten Nielsen (A), Knud Løkke Rasmussen (Frie Liberale))",
      "for",
      ["Bo Hilsted|A", "Carsten Nielsen|A", "Knud Løkke Rasmussen|"],
      3,
    ],
    ["Imod stemte: C, A. Ben Haddou (løsgænger) og O.", "against", ["|C", "A. Ben Haddou|", "|O"], null],
  ])("reads %j", (sentence, pos, entries, total) => {
    const [f] = position(sentence);
    expect(f).toMatchObject({ kind: "position", position: pos, total });
    expect(who(f)).toEqual(entries);
  });

  it("reads both sides of '…stemte for, mens … stemte imod'", () => {
    const fs = position("Socialdemokratiet, SF og Enhedslisten stemte for, mens Venstre og Konservative stemte imod.");
    expect(fs.map((f) => [f.kind === "position" && f.position, who(f)])).toEqual([
      ["for", ["|A", "|F", "|Ø"]],
      ["against", ["|V", "|C"]],
    ]);
  });

  it.each([
    // a nomination of a person, not a position on the motion
    "Steen S. Hansen anbefalede Henning Urban Dam som formand for udvalget.",
    // a partial position is no side
    "Venstres og Det Radikale Venstres byrådsgrupper kunne tiltræde indstillingen, men ikke den del af indstillingen, der vedrører tilkørselsvejen.",
    "Keld Hvalsø tog forbehold.",
    "Rådmand Bünyamin Simsek og Keld Hvalsø deltog ikke i sagens behandling.",
    "1 medlem (Ø) tager forbehold.",
    "Gruppe C og Liste H ønskede ikke at behandle punkt 29.",
  ])("reads no position in %j", (sentence) => {
    expect(position(sentence)).toEqual([]);
  });

  it("keeps a position whose object is a thing named with capitals", () => {
    expect(
      position("Et flertal, Lene Lindberg (A) og Per Hansen (C), godkendte Helsingør Kommunes budget."),
    ).toHaveLength(1);
  });

  it.each([
    [
      "Ændringsforslaget blev ikke vedtaget, idet 12 stemte for, 40 imod, og 3 undlod at stemme.",
      "rejected",
      { for: 12, against: 40, abstain: 3 },
      "Ændringsforslaget",
    ],
    [
      "2 ændringsforslag fra Enhedslisten De Rød-Grønne blev forkastet med 29 stemmer imod og 1 for.",
      "rejected",
      { for: 1, against: 29, abstain: 0 },
      "2 ændringsforslag fra Enhedslisten De Rød-Grønne",
    ],
    [
      "Medlemsforslaget blev tiltrådt med 34 stemmer imod 15.",
      "adopted",
      { for: 34, against: 15, abstain: 0 },
      "Medlemsforslaget",
    ],
    [
      "Indstillingen blev godkendt med 42 stemmer mod 4, 3 undlod.",
      "adopted",
      { for: 42, against: 4, abstain: 3 },
      "Indstillingen",
    ],
  ])("reads the tally %j", (sentence, outcome, counts, motion) => {
    expect(readSentence(sentence).map((f) => f.fragment)).toEqual([{ kind: "tally", outcome, counts, motion }]);
  });

  it("reads the party lists written after the numbers of a tally", () => {
    const fs = readSentence("Godkendt med 19 stemmer for (A, F og Ø) og 6 stemmer imod (V, C og O).").map(
      (f) => f.fragment,
    );
    expect(fs[0]).toEqual({
      kind: "tally",
      outcome: "adopted",
      counts: { for: 19, against: 6, abstain: 0 },
      motion: null,
    });
    expect(
      fs.slice(1).map((f) => [f.kind === "position" && f.position, who(f), f.kind === "position" && f.total]),
    ).toEqual([
      ["for", ["|A", "|F", "|Ø"], 19],
      ["against", ["|V", "|C", "|O"], 6],
    ]);
  });

  it.each([
    [
      "Indstillingen blev godkendt med 17 stemmer (A, B, F, Ø) mod 8 stemmer (V, C, O).",
      { for: 17, against: 8, abstain: 0 },
      [
        ["for", ["|A", "|B", "|F", "|Ø"]],
        ["against", ["|V", "|C", "|O"]],
      ],
    ],
    ["Forslaget faldt med 2 stemmer for (Ø) mod 23.", { for: 2, against: 23, abstain: 0 }, [["for", ["|Ø"]]]],
  ])("reads the tally with party lists %j", (sentence, counts, lists) => {
    const fs = readSentence(sentence).map((f) => f.fragment);
    expect(fs[0]).toMatchObject({ kind: "tally", counts });
    expect(fs.slice(1).map((f) => [f.kind === "position" && f.position, who(f)])).toEqual(lists);
  });

  it("reads 'For stemte 13 (…), imod stemte 8 (…), 1 undlod (UP)' as three counted lists", () => {
    const fs = position("For stemte 13 (A, F og Ø), imod stemte 8 (V, C, O og H), 1 undlod (UP).");
    expect(fs.map((f) => (f.kind === "position" ? [f.position, f.total, who(f)] : []))).toEqual([
      ["for", 13, ["|A", "|F", "|Ø"]],
      ["against", 8, ["|V", "|C", "|O", "|H"]],
      ["abstain", 1, ["|"]],
    ]);
  });

  it.each([
    ["Ændringsforslag stillet af Det Konservative Folkeparti:", { party: "C" }, null, true],
    ["Ændringsforslag nr. 2 fra SF: Puljen øges til 5 mio. kr.", { party: "F" }, "Puljen øges til 5 mio. kr.", false],
  ])("reads the proposal %j", (sentence, proposer, text, needsText) => {
    expect(readSentence(sentence)[0]?.fragment).toMatchObject({
      kind: "motion",
      source: "proposal",
      proposer,
      text,
      needsText,
    });
  });

  it("reads 'Ad. 2' as a sub-point", () => {
    expect(fragments("Ad. 2")[0]).toMatchObject({ kind: "motion", source: "subPoint", points: [2] });
  });

  it.each([
    [
      "Der forelå anmodning fra Socialdemokratiet om, at Karina Sønderfort (Socialdemokratiet) i henhold til § 15, stk. 1, nr. 1, i lov om kommunernes styrelse (sygdom) blev indkaldt som stedfortræder for Simon Simonsen (Socialdemokratiet).",
      [{ kind: "substitute", name: "Karina Sønderfort", party: "A", for: "Simon Simonsen" }],
    ],
    [
      "Lisa Skov deltog for Steen Ørskov Larsen.",
      [{ kind: "substitute", name: "Lisa Skov", party: null, for: "Steen Ørskov Larsen" }],
    ],
    [
      "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp",
      [
        { kind: "absent", names: ["Benthe Viola Holm"] },
        { kind: "substitute", name: "Anders Liltorp", party: null, for: "Benthe Viola Holm" },
      ],
    ],
    ["Ikke til stede: Jørgen Larsen (N).", [{ kind: "absent", names: ["Jørgen Larsen"] }]],
    ["Fraværende med afbud:", [{ kind: "absent", names: [], listFollows: true }]],
    [
      "Fraværende / Brian Møller (A), sag 129-138",
      [
        {
          kind: "partialAbsent",
          members: [{ name: "Brian Møller", party: "A" }],
          scope: { kind: "items", items: [129, 130, 131, 132, 133, 134, 135, 136, 137, 138] },
        },
      ],
    ],
    [
      "Flemming Munch, V, forlød mødet kl. 20.20 under behandling af punkt 20-21.",
      [
        {
          kind: "partialAbsent",
          members: [{ name: "Flemming Munch", party: "V" }],
          scope: { kind: "after", item: 21 },
        },
      ],
    ],
    [
      "Signe Gold, F, ankom til mødet kl. 17.32 under behandlingen af punkt 1.",
      [{ kind: "partialAbsent", members: [{ name: "Signe Gold", party: "F" }], scope: { kind: "before", item: 1 } }],
    ],
    ["Kim Vad (V) mødte som stedfortræder.", [{ kind: "substitute", name: "Kim Vad", party: "V", for: null }]],
    [
      "Birgitte Glifberg (A), Suppleant for Brian Møller (A)",
      [{ kind: "substitute", name: "Birgitte Glifberg", party: "A", for: "Brian Møller" }],
    ],
    ["Sagen blev behandlet sammen med sag 12-14.", []],
    ["Thomas Bryde var indkaldt, men mødte ikke frem.", []],
  ])("reads the attendance in %j", (sentence, expected) => {
    expect(readSentence(sentence).map((f) => f.fragment)).toEqual(expected);
  });

  it("reads no vote in a protocol remark or the quote after it", () => {
    expect(
      fragments(
        'Det Konservative Folkeparti afgav følgende protokolbemærkning:\n\n"Vi stemmer imod, fordi Venstre og Det Konservative Folkeparti stemte imod."',
      ),
    ).toEqual([]);
    expect(
      fragments(
        'Enhedslisten ønskede følgende bemærkning tilført beslutningsprotokollen: "Enhedslisten kan ikke støtte indstillingen."',
      ),
    ).toEqual([]);
  });
});
