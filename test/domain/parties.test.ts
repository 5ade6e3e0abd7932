import { describe, expect, it } from "vitest";
import { PARTIES, PartyLetterSchema, partyByLetter, partyName } from "../../src/domain/index.ts";

describe("party lexicon", () => {
  it("keeps Ø, Æ and Å as letters of their own", () => {
    expect(partyByLetter("Ø")?.name).toBe("Enhedslisten – De Rød-Grønne");
    expect(partyByLetter("O")?.name).toBe("Dansk Folkeparti");
    expect(partyByLetter("Æ")?.name).toBe("Danmarksdemokraterne");
    expect(partyByLetter("Å")?.name).toBe("Alternativet");
  });

  it("names local lists by their letter", () => {
    expect(partyName("L")).toBe("liste L");
    expect(partyName("L", "en")).toBe("list L");
  });

  it("has one entry per letter, each a valid party letter", () => {
    const letters = PARTIES.map((p) => p.letter);
    expect(new Set(letters).size).toBe(letters.length);
    for (const l of letters) expect(PartyLetterSchema.safeParse(l).success).toBe(true);
    expect(PartyLetterSchema.safeParse("AE").success).toBe(false);
  });
});
