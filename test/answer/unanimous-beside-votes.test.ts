// A vote answer shows the points of the same decision block settled without a vote, beside the split votes, so
// that a party's positions are not shown one-sided (Helsingør, Social- og Beskæftigelsesudvalget 14-04-2021, punkt 5:
// "Ad 1: Udvalget godkendte veteranpolitikken …", a rejected proposal from Ø, then "Ad 2 og 3: Indstillingerne godkendt.").
import { describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { loadIndex } from "../../src/search/index.ts";

// The bundled index of the sample minutes (test/search/bundled-index.test.ts keeps it equal to a fresh build).
const assistant = createAssistant({ index: await loadIndex("index-data"), publicBaseUrl: "https://referat.example" });

describe("a vote answer on an item that also settled points without a vote", () => {
  it("reports the split vote and the points approved without one, with their labels", async () => {
    const a = await assistant.ask("how did C vote on the veteran policy?", { today: "2021-06-01", context: null });
    expect(a.votes.map((v) => [v.date, v.position, v.outcome])).toEqual([["2021-04-14", "against", "rejected"]]);
    expect(a.decisions).toHaveLength(1);
    expect(a.decisions[0]?.text).toContain("Ad 1: Udvalget godkendte veteranpolitikken");
    expect(a.decisions[0]?.text).toContain("Ad 2 og 3: Indstillingerne godkendt.");
    // The rejected proposal is not quoted as something decided.
    expect(a.decisions[0]?.text).not.toContain("bisidder");
    expect(a.decisions[0]?.outcomes.map((o) => o.outcome)).toEqual(["adopted"]);
  });
});
