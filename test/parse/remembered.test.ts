// Remembered readings: a text read again gives what it gave before, and each caller an answer of its own.
import { describe, expect, it } from "vitest";
import { copyPlain, remembered } from "../../src/parse/remembered.ts";
import { eachReadParagraph, readFragments, rememberedParagraphs } from "../../src/parse/rules/read-fragments.ts";

describe("copyPlain", () => {
  it("copies objects and arrays all the way down, keeping keys whose value is undefined", () => {
    const entry = { name: "Bo Dam", party: "A", count: undefined };
    const value = { kind: "position", entries: [entry], points: [2, 3], total: null };
    const copy = copyPlain(value);
    expect(copy).toStrictEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.entries).not.toBe(value.entries);
    expect(copy.entries[0]).not.toBe(entry);
    expect(Object.keys(copy.entries[0] ?? {})).toEqual(["name", "party", "count"]);
    expect(copyPlain("Godkendt.")).toBe("Godkendt.");
  });

  it("copies a part met twice once, so what was one object stays one", () => {
    const proposer = { name: "Bo Dam", party: "A" };
    const copy = copyPlain([{ proposer }, { proposer }]);
    expect(copy[0]?.proposer).not.toBe(proposer);
    expect(copy[0]?.proposer).toBe(copy[1]?.proposer);
  });
});

describe("remembered", () => {
  it("keeps a copied answer from a text's second reading on, and gives each caller a copy of its own", () => {
    let reads = 0;
    const read = remembered(
      (text: string) => {
        reads += 1;
        return { words: text.split(" ") };
      },
      { maxLength: 20, maxSize: 10, copy: copyPlain },
    );
    const first = read("Godkendt som nr. 1.");
    first.words.push("changed by the caller");
    const second = read("Godkendt som nr. 1.");
    second.words.push("changed by the caller");
    const third = read("Godkendt som nr. 1.");
    third.words.push("changed by the caller");
    const fourth = read("Godkendt som nr. 1.");
    expect(fourth).toEqual({ words: ["Godkendt", "som", "nr.", "1."] });
    expect(fourth).not.toBe(third);
    expect(reads).toBe(2);
  });

  it("pauses when few texts come again, and remembers again after the pause", () => {
    let reads = 0;
    const read = remembered(
      (text: string) => {
        reads += 1;
        return text.length;
      },
      { maxLength: 20, maxSize: 4, pauseWhenRare: true },
    );
    for (const text of ["a", "b", "c", "d", "e"]) read(text);
    expect(reads).toBe(5);
    // Four texts held, none asked again: the next 32 texts are read without looking them up.
    for (let k = 0; k < 32; k++) read("a");
    expect(reads).toBe(37);
    read("a");
    read("a");
    expect(reads).toBe(38);
  });

  it("reads a text longer than the limit every time, and starts over when full", () => {
    let reads = 0;
    const read = remembered(
      (text: string) => {
        reads += 1;
        return text.length;
      },
      { maxLength: 5, maxSize: 2 },
    );
    read("Anbefales.");
    read("Anbefales.");
    expect(reads).toBe(2);
    read("a");
    read("b");
    read("c");
    read("a");
    expect(reads).toBe(6);
  });
});

describe("rememberedParagraphs", () => {
  // A block whose vote lines and decision repeat, as under item after item of a council's minutes.
  const block = [
    "Godkendt.",
    "For stemte: A, V og Ø (19).",
    "Imod stemte: C og O (6).",
    "Godkendt.",
    "For stemte: A, V og Ø (19).",
    "Imod stemte: C og O (6).",
  ].join("\n\n");

  it("gives, paragraph by paragraph, what reading every paragraph again gives", () => {
    const read = rememberedParagraphs();
    const once = [...eachReadParagraph(block, read)];
    const again = [...eachReadParagraph(block, read)];
    const plain = readFragments(block);
    expect(once).toEqual(plain);
    expect(again).toEqual(plain);
    expect(plain.some((p) => p.fragments.some((f) => f.fragment.kind === "position"))).toBe(true);
  });

  it("keeps a reading as it was made when a caller changes the fragments it was given", () => {
    const read = rememberedParagraphs();
    const first = read("For stemte: A, V og Ø (19).");
    const position = first[0]?.fragment;
    if (position?.kind !== "position") throw new Error("expected a position");
    position.entries.push({ name: "Changed Caller", party: "X" });
    position.entries[0] = { name: null, party: "Z" };
    expect(read("For stemte: A, V og Ø (19).")).toEqual(readFragments("For stemte: A, V og Ø (19).")[0]?.fragments);
  });
});
