// Items: wrapped headings, rising numbers, '1. Titel' headings, closed items.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse/index.ts";
import { findItems, itemTitle } from "../../src/parse/split/items.ts";

const lines = (text: string) => text.split("\n").map((t) => ({ text: t, page: null }));

describe("item headings that wrap", () => {
  const doc = lines(`Punkt 12: Beslutning: Strategisk omstilling - Budgetområde 722

Beskæftigelse

20/31602

Sagen afgøres i:`);

  it("joins the wrapped tail when the TOC entry has it", () => {
    const [raw] = findItems(doc, 0);
    if (!raw) throw new Error("no item");
    const toc = { title: "Strategisk omstilling - Budgetområde 722 Beskæftigelse", closed: false, page: 33 };
    expect(itemTitle(raw, toc)).toEqual({
      title: "Strategisk omstilling - Budgetområde 722 Beskæftigelse",
      kind: "Beslutning",
      closed: false,
      wrapped: 1,
    });
  });

  it("keeps the heading alone when the TOC entry does not have the tail", () => {
    const [raw] = findItems(doc, 0);
    if (!raw) throw new Error("no item");
    expect(itemTitle(raw, { title: "Strategisk omstilling - Budgetområde 722", closed: false, page: 33 }).wrapped).toBe(
      0,
    );
  });

  it("joins the tail without a TOC when a structural line follows it", () => {
    const [raw] = findItems(doc, 0);
    if (!raw) throw new Error("no item");
    expect(itemTitle(raw, null).title).toBe("Strategisk omstilling - Budgetområde 722 Beskæftigelse");
  });

  it("does not take a sentence of case text for a wrapped tail", () => {
    const [raw] = findItems(
      lines("Punkt 2: Meddelelser\n\nDirektøren orienterede om status på vaccination.\n\nBeslutning"),
      0,
    );
    if (!raw) throw new Error("no item");
    expect(itemTitle(raw, null).title).toBe("Meddelelser");
  });
});

describe("finding items", () => {
  it("accepts only rising item numbers", () => {
    const raws = findItems(lines("Punkt 1: A\nPunkt 2: B\nPunkt 1: A igen\nPunkt 3: C"), 0);
    expect(raws.map((r) => r.number)).toEqual([1, 2, 3]);
  });

  it("reads items numbered '1. Titel' when the TOC confirms them, not the numbered lists inside", () => {
    const m = parseText(
      `Referat Økonomiudvalget den 3. marts 2025

Indholdsfortegnelse
1. Godkendelse af dagsorden ..... 2
2. Lokalplan Ny Ellebjerg (2024-0012345) ..... 3

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Lokalplan Ny Ellebjerg (2024-0012345)

Sagsfremstilling

Planen har tre dele:
1. Boliger
2. Erhverv
3. Grønne områder

Beslutning

Anbefales godkendt.
`,
      { source: "kk.txt" },
    );
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber, i.page])).toEqual([
      [1, "Godkendelse af dagsorden", null, 2],
      [2, "Lokalplan Ny Ellebjerg", "2024-0012345", 3],
    ]);
    expect(m.items[1]?.text).toContain("2. Erhverv");
  });

  it("keeps only number and case number of a closed item", () => {
    const m = parseText(
      "REFERAT Udvalget d. 01-02-2024\n\nPunkt 1: Lukket\n\n20/29170\n\nBeslutninger Udvalget den 01-02-2024\n\nGodkendt.\n\nSagsfremstilling\n\nHemmeligt.",
      { source: "c.txt" },
    );
    expect(m.items[0]).toMatchObject({
      number: 1,
      title: "Lukket",
      closed: true,
      kind: null,
      caseNumber: "20/29170",
      text: "",
      decisions: [],
      recommendation: null,
    });
  });

  it("reads items numbered across the election period ('212. Dagsorden - Godkendelse') and a closed last item", () => {
    const m = parseText(
      `Referat
Kommunalbestyrelsen
Torsdag d. 25. februar 2021

212. Dagsorden - Godkendelse

Beslutning

Godkendt.

213. Kommuneplan 2021 - Godkendelse

Sagsnr.: S-0456-21

Beslutning

Godkendt.

214. Salg af areal - Lukket
`,
      { source: "s.txt" },
    );
    expect(m.items.map((i) => [i.number, i.title, i.closed, i.caseNumber])).toEqual([
      [212, "Dagsorden - Godkendelse", false, null],
      [213, "Kommuneplan 2021 - Godkendelse", false, "S-0456-21"],
      [214, "Salg af areal", true, null],
    ]);
  });

  it("does not take 'Punkt 12 og 13 …' or 'Punkt 16 sendes …' in a decision for headings", () => {
    const items = Array.from(
      { length: 6 },
      (_, k) =>
        `Punkt ${k + 1}: Beslutning: Sag ${k + 1}\n\nBeslutning\n\n${k === 1 ? "Punkt 5 og 6 blev behandlet samlet.\n\nPunkt 4 sendes tilbage til udvalget.\n\n" : ""}Godkendt.`,
    ).join("\n\n");
    const m = parseText(`REFERAT Udvalget d. 01-02-2024\n\n${items}`, { source: "p.txt" });
    expect(m.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads items after an empty 'Indholdsfortegnelse' heading", () => {
    const m = parseText(
      "Referat - Økonomiudvalget den 21. januar 2019\n\nIndholdsfortegnelse\n\n1. Godkendelse af dagsorden\n\nBeslutning i Økonomiudvalget den 21-01-2019\n\nPunkt 16 sendes tilbage.\n\nGodkendt.\n\n2. Meddelelser\n\nBeslutning i Økonomiudvalget den 21-01-2019\n\nIngen.",
      { source: "h.txt" },
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Godkendelse af dagsorden"],
      [2, "Meddelelser"],
    ]);
  });

  it("reads numbered headings after a bullet, indented, or with the number alone over the title", () => {
    const m = parseText(
      [
        "Referat",
        "Økonomiudvalget",
        "Mødedato: 08-10-2025",
        "",
        "• 1. Godkendelse af dagsorden",
        "Beslutning",
        "Godkendt.",
        "",
        "2",
        "Lokalplan for Vestby",
        "Beslutning",
        "Godkendt.",
        "",
        "   3. Salg af grund ved havnen",
        "Beslutning",
        "Anbefales.",
      ].join("\n"),
      { source: "n.txt" },
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Godkendelse af dagsorden"],
      [2, "Lokalplan for Vestby"],
      [3, "Salg af grund ved havnen"],
    ]);
  });
});
