// Stable item references: a meeting's id and an item number survive a rebuild in which positions change.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/ingest/index.ts";
import { itemRefAt, loadIndex, meetingPosition } from "../../src/search/index.ts";

const dir = await mkdtemp(join(tmpdir(), "referat-item-ref-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("ItemRef {meeting, number}", () => {
  it("finds the same item after a rebuild that adds a meeting in front of it", async () => {
    const greve = "test/fixtures/real/firstagenda/greve/greve-social-og-handicapudvalget-2024-10-07.json";
    await writeFile(join(dir, "m.json"), await readFile(greve));
    await buildIndex([join(dir, "m.json")], { outDir: join(dir, "one") });
    const one = await loadIndex(join(dir, "one"));
    const ref = itemRefAt(one, 0, 5);
    expect(ref).toEqual({ meeting: "firstagenda:dc8f4bb5-4802-4486-b706-0774e835cb62", number: 5 });
    expect(itemRefAt(one, 0, 99)).toBeNull();

    await writeFile(join(dir, "a.txt"), await readFile("index-data/minutes/001_03a16291dcfa58af.txt"));
    await buildIndex([dir], { outDir: join(dir, "two") });
    const two = await loadIndex(join(dir, "two"));
    const at = meetingPosition(two, ref?.meeting ?? "");
    expect(at).toBe(1);
    expect(two.meetings[at ?? 0]?.items.find((i) => i.number === 5)?.title).toBe(
      "Klagesager på det sociale område i Greve Kommune i 2023",
    );
    expect(meetingPosition(two, "no-such-meeting")).toBeNull();
  });
});
