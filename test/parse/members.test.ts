// The grammar of lists of people and parties.
import { describe, expect, it } from "vitest";
import { isPersonName, partyRef, readPeopleList } from "../../src/parse/members.ts";

describe("lists of people and parties", () => {
  it("gives a party letter to every name since the previous letter", () => {
    expect(
      readPeopleList(
        "Lene Lindberg og Silas Drejer (A), Kristina Kongsted, Mahmed Naghdiani og Michael Lagoni (C) samt Allan Berg Mortensen (Ø)",
      ),
    ).toEqual({
      entries: [
        { name: "Lene Lindberg", party: "A" },
        { name: "Silas Drejer", party: "A" },
        { name: "Kristina Kongsted", party: "C" },
        { name: "Mahmed Naghdiani", party: "C" },
        { name: "Michael Lagoni", party: "C" },
        { name: "Allan Berg Mortensen", party: "Ø" },
      ],
      complete: true,
    });
  });

  it("reads a letter written right after the name, initials and the ', samt' join", () => {
    const list = readPeopleList(
      "Allan Berg Mortensen(Ø), Betina Svinggaard og Duygu A. Ngotho (A), samt Per Tærsebøl (C)",
    );
    expect(list.entries.map((e) => `${e.name}|${e.party}`)).toEqual([
      "Allan Berg Mortensen|Ø",
      "Betina Svinggaard|A",
      "Duygu A. Ngotho|A",
      "Per Tærsebøl|C",
    ]);
  });

  it("reads party counts and counted groups", () => {
    expect(readPeopleList("A(8), F(1), Ø(2), L(1) og B(1)").entries.map((e) => `${e.party}${e.count}`)).toEqual([
      "A8",
      "F1",
      "Ø2",
      "L1",
      "B1",
    ]);
    expect(readPeopleList("5 medlemmer (A+V+C)")).toMatchObject({ total: 5, complete: true });
  });

  it("marks a list with something that is neither a name nor a party as incomplete", () => {
    expect(readPeopleList("Udvalget").complete).toBe(false);
    expect(readPeopleList("alle medlemmer").complete).toBe(false);
  });

  it.each([
    ["A", "A"],
    ["Ø", "Ø"],
    ["S", "A"],
    ["SF", "F"],
    ["EL", "Ø"],
    ["KF", "C"],
    ["DF", "O"],
    ["Gruppe A", "A"],
    ["Liste H", "H"],
    ["Venstre", "V"],
    ["Venstres byrådsgruppe", "V"],
    ["Det Konservative Folkepartis", "C"],
    ["Radikale Venstre", "B"],
    ["Enhedslisten", "Ø"],
    ["UFP", null],
    ["Marlene Harpsøe", undefined],
  ])("reads %j as party %j", (text, letter) => expect(partyRef(text)).toBe(letter));

  it("never folds Ø, Æ or Å into O, AE or A", () => {
    expect(readPeopleList("Ida Holm (Æ), Bo Berg (Å) og Eva Lund (Ø)").entries.map((e) => e.party)).toEqual([
      "Æ",
      "Å",
      "Ø",
    ]);
  });

  it.each([
    ["Marlene Harpsøe", true],
    ["Duygu A. Ngotho", true],
    ["Jens-Kristian Lütken", true],
    ["Udvalget", false],
    ["Et flertal", false],
    ["Det Konservative Folkeparti", false],
  ])("takes %j for a person's name: %j", (text, want) => expect(isPersonName(text)).toBe(want));

  it.each([
    ["A, B, C, N, V og Ø (16)", "|A,|B,|C,|N,|V,|Ø", 16],
    ["C og N (5 medlemmer)", "|C,|N", 5],
    ["6 medlemmer (V+A+C+N)", "|V,|A,|C,|N", 6],
    ["1 medlem (O)", "|O|1", 1],
    ["O (1)", "|O|1", undefined],
    ["A(8), F(1) og Ø(2)", "|A|8,|F|1,|Ø|2", undefined],
    ["20 (Bo Hilsted (A), Carsten Nielsen (A))", "Bo Hilsted|A,Carsten Nielsen|A", 20],
  ])("reads the numbers in %j as party counts or the group's total", (text, entries, total) => {
    const list = readPeopleList(text);
    expect(list.entries.map((e) => `${e.name ?? ""}|${e.party ?? ""}${e.count ? `|${e.count}` : ""}`).join(",")).toBe(
      entries,
    );
    expect(list.total).toBe(total);
  });

  it("reads party names with any dash ('Enhedslisten - De Rød Grønne')", () => {
    expect(partyRef("Enhedslisten - De Rød Grønne")).toBe("Ø");
    expect(partyRef("Enhedslisten De Rød-Grønne")).toBe("Ø");
  });
});
