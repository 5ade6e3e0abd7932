// The searchable documents made from meetings: an item's decision field holds its decisions and the vote texts not
// already in them, each once per vote, whatever order the votes stand in.
import { describe, expect, it } from "vitest";
import { itemDocuments, voteDocuments } from "../../src/search/search-documents.ts";
import { makeDecision, makeItem, makeMeeting, makeVote } from "./make-meeting.ts";

const decision = (text: string) => makeDecision("Socialudvalget", "2021-01-01", text, { page: null });

describe("itemDocuments", () => {
  const item = makeItem(3, "Budget 2022", "Sagen.", {
    decisions: [
      decision("Godkendt.\n\nFor stemte A og V. Imod stemte Ø."),
      decision("Ændringsforslag fra C: For stemte C. Imod stemte A og V."),
    ],
  });
  const votes = [
    // In the order of the text, then one from earlier in the text, then one in no decision (twice), then a repeat.
    makeVote(3, "Imod stemte Ø."),
    makeVote(3, "For stemte C. Imod stemte A og V.", { decision: 1 }),
    makeVote(3, "For stemte A og V."),
    makeVote(3, "Tilføjelse fra protokollen: For stemte F."),
    makeVote(3, "Tilføjelse fra protokollen: For stemte F."),
    makeVote(3, "Imod stemte Ø."),
    makeVote(4, "For stemte B."),
  ];
  const meeting = makeMeeting("a.txt", "2021-01-01", [item, makeItem(4, "Andet")], { votes });

  it("adds the vote texts its decisions do not hold, once per vote, and no other item's", () => {
    const [first, second] = itemDocuments([meeting]);
    expect(first?.fields[2]).toBe(
      [
        "Godkendt.\n\nFor stemte A og V. Imod stemte Ø.",
        "Ændringsforslag fra C: For stemte C. Imod stemte A og V.",
        "Tilføjelse fra protokollen: For stemte F.",
        "Tilføjelse fra protokollen: For stemte F.",
      ].join("\n\n"),
    );
    expect(second?.fields[2]).toBe("For stemte B.");
  });

  it("finds every vote of a block of thousands in order, and one that stands before the others", () => {
    const lines = Array.from({ length: 5_000 }, (_, k) => `Ændringsforslag ${k + 1}: For stemte A. Imod stemte V.`);
    const big = makeItem(1, "Budget", "", { decisions: [decision(lines.join("\n\n"))] });
    const many = [...lines.map((l) => makeVote(1, l)), makeVote(1, lines[0] as string), makeVote(1, "Ikke i teksten.")];
    const [doc] = itemDocuments([makeMeeting("b.txt", "2021-01-01", [big], { votes: many })]);
    expect(doc?.fields[2]).toBe(`${lines.join("\n\n")}\n\nIkke i teksten.`);
  });
});

describe("voteDocuments", () => {
  it("gives each vote its item's title, the first item of a number given twice", () => {
    const meeting = makeMeeting("c.txt", "2021-01-01", [makeItem(2, "Skolestruktur"), makeItem(2, "Kopi")], {
      votes: [makeVote(2, "For stemte A."), makeVote(9, "For stemte B.")],
    });
    expect(voteDocuments([meeting]).map((d) => d.fields[2])).toEqual(["Skolestruktur", ""]);
  });
});
