// The four sample minutes parsed and compared with their gold annotations.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MeetingSchema } from "../../src/domain/index.ts";
import { parseFile } from "../../src/ingest/index.ts";
import { goldFailures, loadGold, MINUTES_DIR, SAMPLES } from "./helpers/compare-gold.ts";

describe("the four sample minutes against their gold annotations", () => {
  for (const sample of SAMPLES) {
    it(`reads ${sample} as its gold says`, async () => {
      const meeting = await parseFile(join(MINUTES_DIR, `${sample}.txt`));
      expect(MeetingSchema.safeParse(meeting).success).toBe(true);
      expect(goldFailures(meeting, loadGold(sample))).toEqual([]);
    });
  }

  it("keeps item text, recommendation and decision text apart", async () => {
    const m = await parseFile(join(MINUTES_DIR, "000_ba4137c0fa87d1a0.txt"));
    const item12 = m.items.find((i) => i.number === 12);
    expect(item12?.recommendation).toContain("at midlerne til strategisk omstilling af 722 findes via budgettet");
    expect(item12?.text).toContain("Supplerende sagsfremstilling");
    expect(item12?.text).not.toContain("blev forkastet med 13 stemmer mod 11");
    expect(item12?.decisions[2]?.text).toContain("blev forkastet med 13 stemmer mod 11");
    expect(item12?.decisions[0]?.electionPeriod).toBe("2018-2021");
    expect(item12?.decidedIn).toBe("Social- og Beskæftigelsesudvalget");
    const closed = m.items.find((i) => i.number === 8);
    expect(closed).toMatchObject({ closed: true, text: "", recommendation: null, decisions: [] });
  });

  it("ties each vote to its decision block and quotes its sentences", async () => {
    const m = await parseFile(join(MINUTES_DIR, "000_ba4137c0fa87d1a0.txt"));
    const council = m.votes.find((v) => v.body === "Byrådet");
    expect(council?.decision).toBe(2);
    expect(council?.text).toContain("For forslaget stemte: C(9) og O(2).");
    expect(council?.proposedBy).toEqual({ name: "Marlene Harpsøe", party: "O" });
    expect(m.members).toContainEqual({ name: "Thomas Kok", party: "C" });
  });
});
