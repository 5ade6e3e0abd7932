import { describe, expect, it } from "vitest";
import { analyze, foldWord, tokenize } from "../../src/search/index.ts";

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
