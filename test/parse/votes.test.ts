// Vote assembly: motions with their vote lines, outcomes, party propagation, decision blocks.
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/domain/index.ts";
import { parseText } from "../../src/parse/index.ts";

/** A one-item meeting whose decision block holds `decision`; `extra` adds more blocks (already headed). */
function meeting(
  decision: string,
  options: { recommendation?: string; extra?: string; caseText?: string } = {},
): Meeting {
  const text = `REFERAT Social- og Beskæftigelsesudvalget 2018-2021
d. 14-04-2021
Mødedeltagere Marlene Harpsøe, Lene Lindberg, Allan Berg Mortensen

Punkt 1: Beslutning: Beskæftigelsesindsats i Vapnagaard

21/7624

Sagen afgøres i:

Social- og Beskæftigelsesudvalget 2018-2021

Sagsfremstilling

${options.caseText ?? "Helsingør Kommune har en plan."}

Indstilling

Center for Job, Borgerservice og Teknologi indstiller,

${options.recommendation ?? "at planen godkendes."}

${options.extra ?? ""}

Beslutninger Social- og Beskæftigelsesudvalget 2018-2021 den 14-04-2021

${decision}
`;
  return parseText(text, { source: "test.txt" });
}

const sides = (m: Meeting) =>
  m.votes.map((v) => ({
    outcome: v.outcome,
    for: v.for.map((e) => e.name ?? e.party),
    against: v.against.map((e) => e.name ?? e.party),
    abstain: v.abstain.map((e) => e.name ?? e.party),
  }));

describe("assembling votes from a decision block", () => {
  it("finds no vote in a unanimous decision", () => {
    expect(meeting("Et enigt udvalg godkendte indstillingen.").votes).toEqual([]);
    expect(
      meeting("Udvalget godkendte forslag fra Lene Lindberg (A) om, at punkt 8 optages til behandling.").votes,
    ).toEqual([]);
    expect(meeting("(Ø) foreslog, at sagen udskydes.\n\nUdvalget godkendte forslaget.").votes).toEqual([]);
  });

  it("reads a minority that 'godkendte indstillingen' against 'Et flertal … stemte imod' as rejected", () => {
    const m = meeting(
      "Ad 1\n\nAllan Berg Mortensen (Ø) samt Lene Lindberg (A) godkendte indstillingen.\n\nEt flertal, Kristina Kongsted (C) samt Marlene Harpsøe (O) stemte imod.",
      { recommendation: "1. at projekterne målrettes borgere fra Vapnagaard.\n\n2. at der tilføres ressourcer." },
    );
    expect(sides(m)).toEqual([
      {
        outcome: "rejected",
        for: ["Allan Berg Mortensen", "Lene Lindberg"],
        against: ["Kristina Kongsted", "Marlene Harpsøe"],
        abstain: [],
      },
    ]);
    expect(m.votes[0]?.motion).toBe("Indstillingens pkt. 1 (Ad 1): at projekterne målrettes borgere fra Vapnagaard.");
    expect(m.votes[0]?.proposedBy).toBeNull();
  });

  it("takes the proposal before the vote lines as the motion, its words from the next paragraph", () => {
    const m = meeting(
      "Allan Berg Mortensen (Ø) stillede forslag om:\n\nAt der skal tilføres ressourcer.\n\nAllan Berg Mortensen (Ø) stemte for forslaget.\n\nEt flertal, Marlene Harpsøe (O) stemte imod.",
    );
    expect(m.votes).toHaveLength(1);
    expect(m.votes[0]).toMatchObject({
      outcome: "rejected",
      proposedBy: { name: "Allan Berg Mortensen", party: "Ø" },
      motion: "Forslag fra Allan Berg Mortensen (Ø): At der skal tilføres ressourcer.",
      decision: 0,
      body: "Social- og Beskæftigelsesudvalget",
      date: "2021-04-14",
    });
    expect(m.votes[0]?.text).toContain("Et flertal, Marlene Harpsøe (O) stemte imod.");
  });

  it("reads several votes in one block, one per proposal, ballot question or named target", () => {
    const m = meeting(`(Ø) foreslog, at sagen udsættes.

Allan Berg Mortensen(Ø) stemte for forslaget.

Et flertal, Marlene Harpsøe (O) samt Lene Lindberg (A) stemte imod.

Derefter fulgte følgende afstemning:

At der skal tilføres ressourcer via omprioritering.

Allan Berg Mortensen (Ø) godkendte indstillingen.

Et flertal, Marlene Harpsøe (O) samt Lene Lindberg (A) stemte imod.

At der skal fremsættes et budgetønske.

Et enigt udvalg godkendte indstillingen.

Resultatkrav 1:

Et flertal, Marlene Harpsøe (O) samt Lene Lindberg (A) godkendte resultatkravet. Allan Berg Mortensen (Ø) undlod at stemme.

Resultatkrav 2:

Udvalget godkendte resultatkravet.`);
    expect(sides(m)).toEqual([
      {
        outcome: "rejected",
        for: ["Allan Berg Mortensen"],
        against: ["Marlene Harpsøe", "Lene Lindberg"],
        abstain: [],
      },
      {
        outcome: "rejected",
        for: ["Allan Berg Mortensen"],
        against: ["Marlene Harpsøe", "Lene Lindberg"],
        abstain: [],
      },
      { outcome: "adopted", for: ["Marlene Harpsøe", "Lene Lindberg"], against: [], abstain: ["Allan Berg Mortensen"] },
    ]);
    expect(m.votes.map((v) => v.motion)).toEqual([
      "Forslag fra (Ø): at sagen udsættes.",
      "Afstemning: At der skal tilføres ressourcer via omprioritering.",
      "Resultatkrav 1",
    ]);
  });

  it("finds a named target's wording in the case text under its sub-point", () => {
    const m = meeting(
      "Ad 2. Flere skal hjælpes i beskæftigelse\n\nResultatkrav 1:\n\nEt flertal, Marlene Harpsøe (O) godkendte resultatkravet. Lene Lindberg (A) stemte imod.",
      {
        caseText:
          "1. Flere unge skal i uddannelse\n\nResultatkrav 1: Uddannelseshjælp skal falde.\n\n2. Flere borgere skal hjælpes i beskæftigelse\n\nResultatkrav 1: Forsørgelse skal falde.",
      },
    );
    expect(m.votes[0]?.motion).toBe(
      "Resultatkrav 1 under Ad 2. Flere skal hjælpes i beskæftigelse: Forsørgelse skal falde.",
    );
  });

  it("reads a council tally with party counts, and takes the proposer from the same proposal earlier in the item", () => {
    const m = meeting(
      `Forslag om at indhente en besparelse ved at nedlægge Integrationsrådet blev forkastet med 13 stemmer mod 11. 1 undlod.

For forslaget stemte: C(9) og O(2).

Imod forslaget stemte: A(8), F(1), Ø(2), L(1) og B(1).

Mette Lene Jensen (V) undlod at stemme.`,
      {
        extra:
          "Beslutninger Social- og Beskæftigelsesudvalget 2018-2021 den 11-11-2020\n\nMarlene Harpsøe (O) foreslog, at midlerne indhentes ved at nedlægge Integrationsrådet.\n\nEt flertal, Marlene Harpsøe (O) stemte for forslaget.\n\nLene Lindberg (A) stemte imod.",
      },
    );
    const council = m.votes.find((v) => v.counts);
    expect(council).toMatchObject({
      outcome: "rejected",
      counts: { for: 11, against: 13, abstain: 1 },
      for: [
        { name: null, party: "C", count: 9 },
        { name: null, party: "O", count: 2 },
      ],
      abstain: [{ name: "Mette Lene Jensen", party: "V" }],
      proposedBy: { name: "Marlene Harpsøe", party: "O" },
      decision: 1,
    });
  });

  it("gives a member the party letter learned elsewhere in the document", () => {
    const late = meeting(
      "Et flertal, Marlene Harpsøe (O) stemte for.\n\nAllan Berg Mortensen stemte imod.\n\nAllan Berg Mortensen (Ø) begærede sagen i Byrådet.",
    );
    expect(late.votes[0]?.against).toEqual([{ name: "Allan Berg Mortensen", party: "Ø" }]);
    expect(late.referredToCouncil).toEqual([{ item: 1, by: [{ name: "Allan Berg Mortensen", party: "Ø" }] }]);
    expect(late.members).toContainEqual({ name: "Marlene Harpsøe", party: "O" });
  });

  it("decides the outcome from the sides when nothing else says: named dissenters mean the rest carried it", () => {
    expect(
      meeting("Det Konservative Folkepartis og Venstres byrådsgrupper kunne ikke tiltræde indstillingen.").votes[0],
    ).toMatchObject({
      outcome: "adopted",
      against: [
        { name: null, party: "C" },
        { name: null, party: "V" },
      ],
    });
    expect(meeting("For: Gruppe A, F, O og V. Imod: Liste H og Gruppe Ø.").votes[0]?.outcome).toBe("adopted");
    expect(meeting("Forslaget blev dermed forkastet. Marlene Harpsøe (O) stemte for.").votes[0]?.outcome).toBe(
      "rejected",
    );
  });

  it("does not count reservations or abstention from the case as votes", () => {
    expect(
      meeting(
        "Indstillingen godkendt.\n\nMarlene Harpsøe (O) tog forbehold.\n\nLene Lindberg (A) deltog ikke i sagens behandling.",
      ).votes,
    ).toEqual([]);
  });

  it("records absentees and substitutes written in a decision block", () => {
    const m = meeting(
      "Fraværende: Betina Svinggaard og John Calberg.\n\nPer Hansen (C) var mødt som stedfortræder for Kristina Kongsted (C).\n\nDagsordenen godkendt.",
    );
    expect(m.absent).toEqual(["Betina Svinggaard", "John Calberg"]);
    expect(m.substitutes).toEqual([{ name: "Per Hansen", party: "C", for: "Kristina Kongsted" }]);
  });
});

describe("decision blocks", () => {
  it("reads a bare 'Beslutning' as the meeting's body and date, and Sagsforløb entries as blocks of their own", () => {
    const m = parseText(
      `REFERAT Teknik- og Miljøudvalget d. 03-03-2025

Punkt 1: Lokalplan

24/1234

Beslutning

Godkendt.

Sagsforløb

Udvalg: Økonomiudvalget
Dato: 25-02-2025
Punktnummer: 4

Anbefales godkendt.

Udvalg: Magistraten
Dato: 17-02-2025

Anbefales.
`,
      { source: "t.txt" },
    );
    expect(m.items[0]?.decisions.map((d) => `${d.body}@${d.date}:${d.text}`)).toEqual([
      "Teknik- og Miljøudvalget@2025-03-03:Godkendt.",
      "Økonomiudvalget@2025-02-25:Anbefales godkendt.",
      "Magistraten@2025-02-17:Anbefales.",
    ]);
  });

  it("takes a misspelt body for the document's known body when it is one letter off", () => {
    const m = meeting("Indstillingen godkendt.", {
      extra: "Beslutninger Social- og Beskftigelsesudvalget 2018-2021 den 11-11-2020\n\nIndstillingen godkendt.",
    });
    expect(m.items[0]?.decisions.map((d) => d.body)).toEqual([
      "Social- og Beskæftigelsesudvalget",
      "Social- og Beskæftigelsesudvalget",
    ]);
  });
});

describe("council minutes: attendance, points, titles and history", () => {
  /** A council meeting with one item whose blocks are `blocks` (headed). */
  const council = (blocks: string, title = "Lokalplan 1184") =>
    parseText(`Referat Aarhus Byråd 11-09-2024\n\n1. ${title}\n\nSagsnummer: 24/012345-12\n\n${blocks}\n`, {
      source: "c.txt",
    });

  it("records absentees and substitutes from the meeting's own block only, and reads a listed 'Fraværende med afbud:'", () => {
    const m = council(`Beslutning

Fraværende med afbud:

Ninna Hedeager Olsen (Enhedslisten), tjenesterejse.

Borgmester Anne Vang, A (sygdom)

Fraværende uden afbud:

Ingen.

Godkendt.

Sagens forløb

02-09-2024 Magistraten

Ikke til stede: Jørgen Larsen (N).

Per Hansen (C) var mødt som stedfortræder for Ida Holm (C).

Anbefales.`);
    expect(m.absent).toEqual(["Ninna Hedeager Olsen", "Anne Vang"]);
    expect(m.substitutes).toEqual([]);
    expect(m.items[0]?.decisions.map((d) => `${d.body}@${d.date}`)).toEqual([
      "Aarhus Byråd@2024-09-11",
      "Magistraten@2024-09-02",
    ]);
  });

  it("keeps a statement about one point of the recommendation apart from one about the whole", () => {
    const m = council(`Beslutning

Vedtaget.

Det Konservative Folkepartis og Venstres byrådsgrupper kunne ikke tiltræde indstillingen.

Dansk Folkepartis byrådsgruppe kunne ikke tiltræde indstillingens beslutningspunkt 2.`);
    expect(sides(m)).toEqual([
      { outcome: "adopted", for: [], against: ["C", "V"], abstain: [] },
      { outcome: "adopted", for: [], against: ["O"], abstain: [] },
    ]);
  });

  it("takes the proposer of 'forslaget' from an item titled 'Forslag fra X om …'", () => {
    const m = council(
      "Beslutning\n\nGert Wahl (Ø) stemte for forslaget.\n\nEt flertal, Lars Jensen (A) og Bo Dam (V), stemte imod.",
      "Forslag fra Gruppe Ø om gratis busser",
    );
    expect(m.votes[0]).toMatchObject({ outcome: "rejected", proposedBy: { party: "Ø" } });
    expect(m.votes[0]?.motion).toContain("gratis busser");
  });

  it("keeps the tally's outcome when a later sentence states the next motion's outcome", () => {
    const m = council(`Beslutning

Ændringsforslag stillet af Det Konservative Folkeparti:

"Finansieringen findes inden for egen ramme."

Ændringsforslaget blev ikke vedtaget, idet 12 stemte for, 40 imod, og 3 undlod at stemme.

For stemte: C og V

Forslaget blev herefter vedtaget uden afstemning.`);
    expect(m.votes).toHaveLength(1);
    expect(m.votes[0]).toMatchObject({
      outcome: "rejected",
      proposedBy: { party: "C" },
      counts: { for: 12, against: 40, abstain: 3 },
    });
  });

  // Greve, Skole-, Børne- og Ungeudvalget 13.08.2024 (names invented): two candidacies put to the vote one after
  // the other, each with its own sentence naming what is put to the vote, the same members on opposite sides.
  const candidacies = (intro: (name: string) => string) =>
    council(`Beslutning

Ved behandlingen af sagen stillede Karen Holm (A) og Per Vang (F) deres kandidatur til rådighed.

${intro("Karen Holms (A)")}Karen Holm (A) stemte for, Per Vang (F) stemte imod. Ole Bak (V) og Eva Lund (V) undlod at stemme.

Mindretalsudtalelse fra Karen Holm (A):

Vi finder det naturligt, at posten følger den aftalte konstituering.

${intro("Per Vangs (F)")}Karen Holm (A) stemte imod, Per Vang (F) stemte for. Ole Bak (V) og Eva Lund (V) undlod at stemme.`);

  it("reads 'Herefter satte formanden X til afstemning' as the motion of the vote that follows", () => {
    const m = candidacies((name) => `Herefter satte formanden ${name} kandidatur til afstemning. `);
    expect(sides(m).map(({ outcome: _, ...rest }) => rest)).toEqual([
      { for: ["Karen Holm"], against: ["Per Vang"], abstain: ["Ole Bak", "Eva Lund"] },
      { for: ["Per Vang"], against: ["Karen Holm"], abstain: ["Ole Bak", "Eva Lund"] },
    ]);
    expect(m.votes[0]?.motion).toContain("Karen Holms (A) kandidatur");
    expect(m.votes[1]?.motion).toContain("Per Vangs (F) kandidatur");
  });

  it("reads the passive 'Herefter blev X sat til afstemning' as the motion", () => {
    const m = candidacies((name) => `Herefter blev ${name} kandidatur sat til afstemning. `);
    expect(m.votes.map((v) => v.motion)).toEqual([
      expect.stringContaining("Karen Holms (A) kandidatur"),
      expect.stringContaining("Per Vangs (F) kandidatur"),
    ]);
  });

  it("starts a new vote when a member named on one side stands on another (no sentence introduces it)", () => {
    const m = candidacies(() => "");
    expect(sides(m).map(({ outcome: _, ...rest }) => rest)).toEqual([
      { for: ["Karen Holm"], against: ["Per Vang"], abstain: ["Ole Bak", "Eva Lund"] },
      { for: ["Per Vang"], against: ["Karen Holm"], abstain: ["Ole Bak", "Eva Lund"] },
    ]);
  });

  it("reads 'pk.' as a point of the recommendation (Greve: '… stemte imod pk. 14, idet …')", () => {
    const m = council(`Beslutning

Økonomiudvalget anbefaler overfor Byrådet, at administrationens indstilling godkendes, med bemærkning om, pk. 16 ikke anbefales.

Mads Kirk (Ø) stemte imod pk. 14, idet Enhedslisten ønsker at udvide den bemandede åbningstid.`);
    expect(m.votes).toHaveLength(1);
    expect(m.votes[0]).toMatchObject({ against: [{ name: "Mads Kirk", party: "Ø" }] });
    expect(m.votes[0]?.motion).toMatch(/\b14\b/);
  });

  it("reads 'For punkt 16' standing alone as the point the next vote lines are about (Greve ØU 10.03.2025 shape)", () => {
    const m = council(`Beslutning

1 - 7 Økonomiudvalget anbefaler overfor Byrådet at godkende administrationens indstilling.

8. Undlader S, C og M.

9. - 30. Økonomiudvalget anbefaler overfor Byrådet at godkende administrationens indstilling.

For punkt 16

Imod: Ø

For punkt 27

Imod: Ø`);
    expect(sides(m).map((v) => [v.against, v.abstain])).toEqual([
      [[], ["A", "C", "M"]],
      [["Ø"], []],
      [["Ø"], []],
    ]);
    expect(m.votes.slice(1).map((v) => v.motion)).toEqual([
      expect.stringMatching(/\b16\b/),
      expect.stringMatching(/\b27\b/),
    ]);
  });

  it("reads a decision written point by point ('1. Godkendt …' / 'Imod stemte: (A)' / '2. Godkendt') as a vote per point", () => {
    const m = council(`Beslutning

1. Godkendt med bemærkning om, at tilsynet offentliggøres.

Imod stemte: (A)

2. Godkendt

Imod stemte: (A)

3. Taget til efterretning.`);
    expect(sides(m).map((v) => v.against)).toEqual([["A"], ["A"]]);
    expect(m.votes.map((v) => v.motion)).toEqual([expect.stringMatching(/\b1\b/), expect.stringMatching(/\b2\b/)]);
    // "1a." and "2.b" name sub-points too; a capital after the number is a party, not a sub-point's letter.
    const lettered = council(
      "Beslutning\n\n1a. Anbefales.\n\nKaren Holm (A) undlod at tage stilling.\n\n2 V stemte imod.",
    );
    expect(lettered.votes[0]?.motion).toMatch(/Ad 1\b/);
    expect(lettered.votes.map((v) => v.motion)).not.toContainEqual(expect.stringMatching(/Ad 2/));
    // A numbered line that decides nothing is a list, not a point's decision.
    const list = council("Beslutning\n\n1. Kommunens tilsyn med dagtilbud\n\nImod stemte: (A)");
    expect(list.votes.map((v) => v.motion)).not.toContainEqual(expect.stringMatching(/Ad 1/));
  });
});
