import { describe, expect, it } from "vitest";
import { analyze, baseStem, eachToken, foldWord, stem, tokenize } from "../../src/search/index.ts";

describe("analyze", () => {
  it("keeps æ, ø and å as letters of their own", () => {
    expect(tokenize("Ældre Øvrige Århus")).toEqual(["ældre", "øvrige", "århus"]);
    expect(analyze("børn")).not.toEqual(analyze("born"));
  });

  it("meets definite, plural and genitive forms in one stem", () => {
    const stem = analyze("integrationsråd")[0];
    expect(analyze("Integrationsrådet Integrationsrådets")).toEqual([stem, stem]);
    expect(analyze("flygtninge flygtningene")).toEqual(analyze("flygtning flygtning"));
    expect(analyze("veteranpolitikken")).toEqual(analyze("veteranpolitik"));
    expect(analyze("beskæftigelsesplanen")).toEqual(analyze("beskæftigelsesplan"));
  });

  it("meets a base word and the forms Snowball stems to it at the base stem", () => {
    const base = (w: string) => baseStem(stem(w));
    // Snowball: "budgettet" → "budget", but "budget" → "budg".
    expect(stem("budgettet")).not.toBe(stem("budget"));
    for (const w of ["budgettet", "budgetter", "budgetterne", "budgets"])
      expect([w, base(w)]).toEqual([w, base("budget")]);
    expect(base("pladsen")).toBe(base("plads"));
    expect(base("aktiviteter")).toBe(base("aktivitet"));
    expect(base("processen")).toBe(base("proces"));
    // A base under four letters is not taken: "Madsen" does not meet "mad".
    expect(base("madsen")).toBe(stem("madsen"));
    expect(base("madsen")).not.toBe(base("mad"));
  });

  it("folds the old spelling aa to å", () => {
    expect(foldWord("Vapnagaard")).toBe("vapnagård");
    expect(analyze("Vapnagaard")).toEqual(analyze("Vapnagård"));
    expect(analyze("AABENRAA")).toEqual(analyze("Åbenrå"));
  });

  it("drops Danish and English stop words", () => {
    expect(analyze("hvad har udvalget besluttet om det")).toEqual(analyze("udvalget besluttet"));
    expect(analyze("what did the committee decide about the")).toEqual(analyze("committee decide"));
  });

  it("splits on punctuation and drops one-letter words but keeps numbers", () => {
    expect(tokenize("Budgetområde 722, (Ø) punkt 12.")).toEqual(["budgetområde", "722", "punkt", "12"]);
  });
});

describe("eachToken over a long text", () => {
  it("gives the words tokenize gives, though the text is folded in pieces", () => {
    // Old spellings, a combining accent, capitals, a stop word and a one-letter word, over more than three pieces.
    const words = ["Aabenraa", "cafe\u0301", "SAGEN", "og", "a", "Vapnagaard", "budget2026", "Ærø", "handicaprådet"];
    const list = Array.from({ length: 40_000 }, (_, k) => words[(k * 7) % words.length] as string);
    const text = list.map((w, k) => (k % 2 === 0 ? `${w} ` : `${w}\n`)).join("");
    expect(text.length).toBeGreaterThan(3 * 65_536);
    const seen: string[] = [];
    expect(eachToken(text, (w) => seen.push(w))).toBe(seen.length);
    expect(seen).toEqual(list.flatMap((w) => tokenize(w)));
  });
});
