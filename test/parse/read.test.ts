// Reading: markdown cleanup, text decoding, PDF line joining, sentences, dates and the municipality.
import { describe, expect, it } from "vitest";
import { findDate, findTime } from "../../src/parse/dates.ts";
import { ParseError } from "../../src/parse/index.ts";
import { cleanMarkdown } from "../../src/parse/read/clean-markdown.ts";
import { decodeText } from "../../src/parse/read/decode-text.ts";
import { mergeWrappedLines } from "../../src/parse/read/merge-wrapped-lines.ts";
import { findMunicipality } from "../../src/parse/refine/municipality.ts";
import { splitSentences } from "../../src/parse/sentences.ts";

describe("markdown decoration", () => {
  it.each([
    [
      "# **REFERAT Social- og Beskæftigelsesudvalget 2018-2021**",
      "REFERAT Social- og Beskæftigelsesudvalget 2018-2021",
    ],
    [
      "### **Beslutninger Social- og Beskæftigelsesudvalget 2018-2021 den 14-04-2021**",
      "Beslutninger Social- og Beskæftigelsesudvalget 2018-2021 den 14-04-2021",
    ],
    ["<i>Sag/Overskrift</i>\t<i>Ansvarligt center</i>\t<i>Mødedato</i>", "Sag/Overskrift\tAnsvarligt center\tMødedato"],
    ["*At der skal tilføres ressourcer.*", "At der skal tilføres ressourcer."],
    ["1. **at** 582.000 kr. overføres", "1. at 582.000 kr. overføres"],
    ["*\\*\\*Forbedring angives med plus.*", "Forbedring angives med plus."],
    ["Lov om [kapitel 3 a](#), nr. 1482", "Lov om kapitel 3 a, nr. 1482"],
    ["**Mødested** -", "Mødested -"],
    ["Plain text stays as it is.", "Plain text stays as it is."],
    // markdown tables: rows become tab-separated cells, the rule under the header goes
    ["| Emne | Ansvarlig | Forventet behandling |", "Emne\tAnsvarlig\tForventet behandling"],
    ["|---|:---:|---|", ""],
    ["| Ny parkeringsstrategi | **Center for Vej og Trafik** | |", "Ny parkeringsstrategi\tCenter for Vej og Trafik\t"],
    ["A | B is not a table row", "A | B is not a table row"],
  ])("cleans %j", (line, want) => expect(cleanMarkdown(line)).toBe(want));
});

describe("decoding text files", () => {
  const bytes = (s: string, enc: BufferEncoding = "utf8") => new Uint8Array(Buffer.from(s, enc));

  it("reads UTF-8 with or without a byte-order mark", () => {
    expect(decodeText(bytes("Beskæftigelse"), "a.txt")).toBe("Beskæftigelse");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Ø")]), "a.txt")).toBe("Ø");
  });

  it("reads a file that is wholly Windows-1252", () => {
    expect(
      decodeText(new Uint8Array([0x42, 0x79, 0x72, 0xe5, 0x64, 0x65, 0x74, 0x20, 0x96, 0x20, 0xc6]), "a.txt"),
    ).toBe("Byrådet – Æ");
  });

  it.each([
    [new Uint8Array([]), "a.txt: the file is empty"],
    [new Uint8Array([0x41, 0x00, 0x42]), "a.txt: binary data (NUL bytes), not a text or PDF file"],
    [
      new Uint8Array([...Buffer.from("æ"), 0xe6, 0x41]),
      "a.txt: broken encoding: invalid UTF-8 at byte 2 (the file mixes UTF-8 with another encoding)",
    ],
    [
      new Uint8Array([...Buffer.from("æ"), 0xc3]),
      "a.txt: the file seems truncated: it ends in the middle of a character",
    ],
    [new Uint8Array([0x41, 0x81, 0x42]), "a.txt: broken encoding: invalid UTF-8 at byte 1"],
  ])("rejects %j", (input, message) => {
    expect(() => decodeText(input, "a.txt")).toThrow(new ParseError("a.txt", message.slice("a.txt: ".length)));
  });
});

describe("PDF lines", () => {
  it("joins a paragraph wrapped at the page width but keeps headings, list entries and short lines apart", () => {
    const long =
      "Udvalget godkendte forslaget om at der skal tilføres flere ressourcer til en styrket beskæftigelsesindsats";
    const merged = mergeWrappedLines(
      [
        long,
        "i Vapnagaard.",
        "Beslutninger Byrådet den 30-11-2020",
        long,
        "1. at planen godkendes",
        "Kort linje",
        "Næste linje",
      ].map((text) => ({ text, page: 1 })),
    );
    expect(merged.map((l) => l.text)).toEqual([
      `${long} i Vapnagaard.`,
      "Beslutninger Byrådet den 30-11-2020",
      long,
      "1. at planen godkendes",
      "Kort linje",
      "Næste linje",
    ]);
  });
});

describe("sentences, dates and the municipality", () => {
  it("splits sentences but not at initials, abbreviations or '11. 1 undlod'", () => {
    expect(
      splitSentences("Et flertal, Duygu A. Ngotho (A) godkendte jf. bilag. Marlene Harpsøe (O) stemte imod."),
    ).toEqual(["Et flertal, Duygu A. Ngotho (A) godkendte jf. bilag.", "Marlene Harpsøe (O) stemte imod."]);
    expect(splitSentences("blev forkastet med 13 stemmer mod 11. 1 undlod.")).toEqual([
      "blev forkastet med 13 stemmer mod 11. 1 undlod.",
    ]);
  });

  it.each([
    ["d. 09-12-2020", "2020-12-09"],
    ["Onsdag d. 09. december 2020 kl. 18:00", "2020-12-09"],
    ["den 3. marts 2025", "2025-03-03"],
    ["30.04.18", "2018-04-30"],
    ["31-02-2021", null],
    ["Mødedato: 2024-12-12", "2024-12-12"],
    ["Sagsnummer: 2024-0012345", null],
  ])("reads the date in %j as %j", (text, want) => expect(findDate(text)).toBe(want));

  it("reads start times", () => {
    expect(findTime("kl. 18:00")).toBe("18:00");
    expect(findTime("kl. 8.30")).toBe("08:30");
    expect(findTime("2018-2021")).toBeNull();
  });

  it("finds the municipality named most often, genitive included", () => {
    expect(findMunicipality("Hvidovre Kommune ligger ved Brøndby Kommune. Hvidovre Kommunes budget.")).toBe("Hvidovre");
    expect(findMunicipality("Københavns Kommune har besluttet")).toBe("København");
    expect(findMunicipality("Stevns Kommune")).toBe("Stevns");
    expect(findMunicipality("Ingen kommune her")).toBeNull();
    // with no "<Name> Kommune", the council or town hall names it
    expect(findMunicipality("Referat Aarhus Byråd 11-09-2024. Mødested: Aarhus Rådhus")).toBe("Aarhus");
  });
});
