import { describe, expect, it } from "vitest";
import {
  CASE_NUMBER_SHAPES,
  caseKey,
  findCaseNumbers,
  parseCaseNumber,
  sameCase,
} from "../../src/domain/case-number.ts";
import { caseNumber } from "../../src/parse/split/structure.ts";

describe("case numbers", () => {
  it.each([
    ["24/46085", "24/46085", 2024, null],
    ["24-046085", "24/46085", 2024, null],
    ["EMN-2024-046085", "24/46085", 2024, null],
    ["24/46085-12", "24/46085", 2024, 12],
    ["2024/046085", "24/46085", 2024, null],
    ["2024-012345", "24/12345", 2024, null],
    ["S-1234-21", "21/1234", 2021, null],
    ["18-008490K", "18/8490K", 2018, null],
    ["20/8896", "20/8896", 2020, null],
    ["00.01.00-A00-1-20", "00.01.00-a00-1-20", null, null],
  ])("%s → key %s", (written, key, year, document) => {
    const cn = parseCaseNumber(written);
    expect(cn?.key).toBe(key);
    expect(cn?.year).toBe(year);
    expect(cn?.document).toBe(document);
    expect(cn?.raw).toBe(written);
  });

  it.each(["", "hello", "10-2024", "12 345", "24/46085/1", "a".repeat(50)])("%j is not a case number", (text) => {
    expect(parseCaseNumber(text)).toBeNull();
  });

  it("every shape reads its own example", () => {
    for (const shape of CASE_NUMBER_SHAPES) expect(parseCaseNumber(shape.example), shape.example).not.toBeNull();
  });

  it("the spellings of one case are the same case, within one municipality", () => {
    expect(sameCase("24/46085", "EMN-2024-046085")).toBe(true);
    expect(sameCase("24-046085", "24/46085-12")).toBe(true);
    expect(sameCase("24/46085", "24/46086")).toBe(false);
    expect(sameCase("24/46085", "23/46085")).toBe(false);
    expect(sameCase("24/46085", "24-046085", { a: "Greve", b: "greve" })).toBe(true);
    expect(sameCase("24/46085", "24-046085", { a: "Greve", b: "Aarhus" })).toBe(false);
    expect(sameCase("24/46085", "24-046085", { a: null, b: "Aarhus" })).toBe(true);
    expect(sameCase(null, null)).toBe(false);
    expect(caseKey("not one")).toBeNull();
  });

  it.each([
    ["What happened to case 24/46085?", ["24/46085"]],
    ["Sagsforløb for EMN-2024-046085 og 24-046085", ["EMN-2024-046085", "24-046085"]],
    ["Hvad skete der med sag 18-008490K?", ["18-008490K"]],
    ["Byrådet 2022-2025 den 09-12-2020 kl. 10.30", []],
    ["møderne i 10/2024 og 9/12", []],
    ["punkt 12 den 12.03.24", []],
  ])("in a question: %s", (question, expected) => {
    expect(findCaseNumbers(question).map((m) => m.caseNumber.raw)).toEqual(expected);
  });

  it("the parser reads case-number lines through the same module", () => {
    expect(caseNumber("Sagsnr.: 24-046085")).toBe("24-046085");
    expect(caseNumber("Sagsnr. EMN-2024-046085.")).toBe("EMN-2024-046085");
    expect(caseNumber("20/8896")).toBe("20/8896");
    expect(caseNumber("Sagen afgøres i: Byrådet")).toBeNull();
  });
});
