// The vote being gathered: when a position line starts the next vote, and each member or party counted once.
import { describe, expect, it } from "vitest";
import {
  addPosition,
  emptyGroup,
  groupEntries,
  type PositionFragment,
  repeatsIn,
} from "../../src/parse/refine/vote-group.ts";

const line = (position: PositionFragment["position"], ...entries: PositionFragment["entries"]): PositionFragment => ({
  kind: "position",
  position,
  entries,
  side: null,
  strong: true,
  total: null,
});

describe("vote group", () => {
  it("starts the next vote at a member named again, on the same side or the other, but not at a party letter", () => {
    const g = emptyGroup();
    const first = line("for", { name: "Bo Dam", party: "A" }, { name: null, party: "V" });
    expect(repeatsIn(g, first)).toBe(false);
    addPosition(g, first, "Bo Dam (A) og V stemte for.");
    expect(repeatsIn(g, line("for", { name: "bo dam", party: "A" }))).toBe(true);
    expect(repeatsIn(g, line("against", { name: "Bo Dam", party: "A" }))).toBe(true);
    expect(repeatsIn(g, line("against", { name: null, party: "V" }))).toBe(false);
    expect(repeatsIn(g, line("against", { name: "Eva Holm", party: "Ø" }))).toBe(false);
  });

  it("gathers each member once per side, whatever the case of the name, in the order named", () => {
    const g = emptyGroup();
    addPosition(
      g,
      line("for", { name: "Bo Dam", party: "A" }, { name: null, party: "V" }),
      "Bo Dam (A) og V stemte for.",
    );
    addPosition(g, line("against", { name: "Eva Holm", party: "Ø" }), "Eva Holm (Ø) stemte imod.");
    addPosition(g, line("for", { name: "BO DAM", party: "A" }, { name: "Kim Vad", party: "V" }), "…");
    expect(groupEntries(g)).toEqual({
      for: [
        { name: "Bo Dam", party: "A" },
        { name: null, party: "V" },
        { name: "Kim Vad", party: "V" },
      ],
      against: [{ name: "Eva Holm", party: "Ø" }],
      abstain: [],
    });
  });
});
