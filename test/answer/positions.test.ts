import { describe, expect, it } from "vitest";
import { readPosition, sameName } from "../../src/answer/positions.ts";
import type { Vote } from "../../src/domain/index.ts";

const vote = (extra: Partial<Vote>): Vote => ({
  item: 12,
  body: "Byrådet",
  date: "2020-11-30",
  motion: "Forslag om at nedlægge Integrationsrådet",
  proposedBy: null,
  outcome: "rejected",
  for: [],
  against: [],
  abstain: [],
  counts: null,
  text: "",
  decision: 0,
  ...extra,
});

describe("readPosition", () => {
  it("reads a party-level record as the party's own position", () => {
    const v = vote({ against: [{ name: null, party: "Ø", count: 2 }] });
    expect(readPosition(v, { kind: "party", key: "Ø", party: "Ø" })).toMatchObject({
      position: "against",
      basis: "party",
    });
  });

  it("reads members' positions for their party, labelled as such", () => {
    const v = vote({ abstain: [{ name: "Mette Lene Jensen", party: "V" }] });
    expect(readPosition(v, { kind: "party", key: "V", party: "V" })).toEqual({
      position: "abstain",
      basis: "party-members",
      members: ["Mette Lene Jensen"],
      split: null,
    });
  });

  it("reports a split party by where most of its members stood, and who stood where", () => {
    const v = vote({
      for: [{ name: "A1", party: "A" }],
      against: [
        { name: "A2", party: "A" },
        { name: "A3", party: "A" },
      ],
    });
    expect(readPosition(v, { kind: "party", key: "A", party: "A" })).toMatchObject({
      position: "against",
      split: { for: ["A1"], against: ["A2", "A3"] },
    });
  });

  it("gives no position when the party is not in the record, and never folds Ø to O", () => {
    const v = vote({ for: [{ name: null, party: "O", count: 2 }] });
    expect(readPosition(v, { kind: "party", key: "Ø", party: "Ø" })).toMatchObject({ position: null, basis: null });
  });

  it("never gives a member the position of their party group", () => {
    const v = vote({ for: [{ name: null, party: "C", count: 9 }] });
    expect(readPosition(v, { kind: "member", key: "Per Dam", party: "C" })).toMatchObject({
      position: null,
      basis: null,
    });
  });

  it("finds a member whose name the minutes glue to the letter", () => {
    const v = vote({ for: [{ name: "Allan Berg  Mortensen", party: "Ø" }] });
    expect(readPosition(v, { kind: "member", key: "Allan Berg Mortensen", party: "Ø" })).toMatchObject({
      position: "for",
      basis: "member",
    });
  });
});

describe("sameName", () => {
  it("tells different people apart", () => {
    expect(sameName("Lene Lindberg", "Lene Lindberg")).toBe(true);
    expect(sameName("Charlotte H. Larsen", "Charlotte Munch")).toBe(false);
  });
});
