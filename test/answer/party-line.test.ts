// Who broke their party's line: a party's own position, or a strict majority of its members; an even split is none.
import { describe, expect, it } from "vitest";
import { brokenPartyLine } from "../../src/answer/compose/record.ts";
import type { VoteRecord } from "../../src/records/vote-records.ts";

const row = (name: string | null, party: string, position: VoteRecord["position"]): VoteRecord => ({
  vote: 0,
  name,
  party,
  count: null,
  position,
});

describe("the party line a member broke", () => {
  it("is the party's own recorded position when the minutes give one", () => {
    const rows = [row(null, "C", "for"), row("Carl Cold", "C", "against")];
    expect(brokenPartyLine(rows, rows[1] as VoteRecord)?.position).toBe("for");
  });

  it("is the position of a strict majority of the party's members", () => {
    const rows = [
      row("Anne Alm", "V", "for"),
      row("Bo Bak", "V", "for"),
      row("Claus Dal", "V", "against"),
      row("Dorte Eg", "A", "against"),
    ];
    expect(brokenPartyLine(rows, rows[2] as VoteRecord)?.position).toBe("for");
    expect(brokenPartyLine(rows, rows[0] as VoteRecord)).toBeNull();
    // Alone in their party: no line to break.
    expect(brokenPartyLine(rows, rows[3] as VoteRecord)).toBeNull();
  });

  it("is none when the party's members split evenly (Greve, Klima-, Teknik- og Miljøudvalget 21-03-2022, punkt 7)", () => {
    const rows = [
      row("Claus Jensen", "V", "for"),
      row("Torben Hoffmann", "V", "against"),
      row("Bjarke Abel", "A", "for"),
    ];
    expect(brokenPartyLine(rows, rows[0] as VoteRecord)).toBeNull();
    expect(brokenPartyLine(rows, rows[1] as VoteRecord)).toBeNull();
  });
});
