// Asked with an item's own title ("Hvad blev besluttet om Budgetopfølgning 2 (2024) - Klima-, Teknik- og
// Miljøudvalget?"), the answer cites that item first: an item of the same title elsewhere counts too, and with a
// committee named, that committee's own item. Questions generated from every titled item with a decision in the real
// Greve fixture meetings: 288/306 on the code before (2 December), 300/306 with the title and own-committee nudges,
// 306/306 once a title's "nyt Byråd" is no council asked about, an unknown "case number" inside a title ("2025-2526")
// is part of its words, a title's attendance word ("Deltagere til …") does not make the question an attendance one,
// and a named committee that did not meet on a title's date ("Folkeafstemning den 1. juni 2022") leaves the date to
// the topic. Over the whole Greve archive (every 17th item, 169 titles) the first citation missed for 28 Danish and
// 34 English questions before the nudges, 3 and 3 after (near-identical titles of one committee).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import type { Assistant } from "../../src/domain/index.ts";
import { buildIndex } from "../../src/ingest/index.ts";
import { type LoadedIndex, loadIndex } from "../../src/search/index.ts";

const SKIP = /^(Lukket|Godkendelse af dagsorden|Underskrift|Orientering fra|Huskeliste|Meddelelser|Eventuelt)/iu;
let dir = "";
let index: LoadedIndex;
let assistant: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-titles-"));
  await buildIndex(["test/fixtures/real/firstagenda/greve"], { outDir: dir });
  index = await loadIndex(dir);
  assistant = createAssistant({ index, publicBaseUrl: "https://referat.example" });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("questions that quote an item's title", () => {
  it("cite that item (or one of the same title) first, and the named committee's own", async () => {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
    const items = index.meetings.flatMap((m) =>
      m.items
        .filter((i) => i.title.length > 12 && !SKIP.test(i.title) && i.decisions.length > 0)
        .map((i) => ({ title: i.title, committee: m.committee, date: m.date, number: i.number })),
    );
    const misses: string[] = [];
    for (const x of items) {
      const same = items.filter((y) => norm(y.title) === norm(x.title));
      const da = (await assistant.ask(`Hvad blev besluttet om ${x.title}?`, { today: "2026-12-01" })).citations[0];
      if (!same.some((y) => y.date === da?.meetingDate && y.number === da?.item))
        misses.push(`da ${x.date}#${x.number} ${x.title} -> ${da?.meetingDate}#${da?.item}`);
      const en = (await assistant.ask(`What did ${x.committee} decide about ${x.title}?`, { today: "2026-12-01" }))
        .citations[0];
      if (!same.some((y) => y.date === en?.meetingDate && y.number === en?.item && y.committee === x.committee))
        misses.push(`en ${x.date}#${x.number} ${x.title} -> ${en?.meetingDate}#${en?.item}`);
    }
    console.log(`title questions: ${2 * items.length - misses.length}/${2 * items.length}`);
    expect(items.length).toBeGreaterThan(100);
    expect(misses.length, misses.join("\n")).toBeLessThanOrEqual(MAX_MISSES);
  });
});

describe("vote questions that quote an item's title", () => {
  it("give the asked party's position in the meeting's own vote", async () => {
    // Over the whole Greve archive: 182 such questions, 3 missed before a title's "på vej" stopped reading as
    // "coming up", an English frame decided the language over a Danish title, and "on Byrådets …" stopped naming the
    // council as the body asked about; 0 after.
    const misses: string[] = [];
    let asked = 0;
    for (const m of index.meetings) {
      for (const v of m.votes.filter((x) => x.date === m.date)) {
        const item = m.items.find((i) => i.number === v.item);
        const sides = [
          ...v.for.map((e) => ["for", e.party] as const),
          ...v.against.map((e) => ["against", e.party] as const),
          ...v.abstain.map((e) => ["abstain", e.party] as const),
        ];
        const first = sides.find(([, party]) => party !== null);
        if (!item || !first) continue;
        const [position, party] = first;
        asked += 1;
        const a = await assistant.ask(`How did ${party} vote on ${item.title}?`, { today: "2026-12-01" });
        if (!a.votes.some((x) => x.date === m.date && x.position === position))
          misses.push(`${m.date}#${item.number} ${party} ${position}: ${item.title}`);
      }
    }
    console.log(`vote questions on titles: ${asked - misses.length}/${asked}`);
    expect(asked).toBeGreaterThan(5);
    expect(misses, misses.join("\n")).toEqual([]);
  });
});

/** The misses allowed (none in the fixture meetings; see the header for the archive). */
const MAX_MISSES = 0;
