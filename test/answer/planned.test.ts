// "What was planned for the meeting on <day>?": the "Kommende sager" rows dated that day and the agenda of a meeting
// held that day, whatever today is; a day nothing has is said plainly, with the nearest days that have one.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import type { Assistant } from "../../src/domain/index.ts";
import { buildIndex } from "../../src/ingest/index.ts";
import { loadIndex } from "../../src/search/index.ts";

const AGENDA = "test/fixtures/firstagenda-derived/greve-social-og-handicapudvalget-2024-04-22.agenda.json";
// The rows of the 14 April 2021 list (item 8) dated 12-05-2021, read from index-data/minutes.
const MAY_12 = [
  "Statusrapport unge og uddannelse",
  "Status på beskæftigelsesindsatsen",
  "Fællesmøde med Integrationsrådet",
  "Kvartalsstatus på ankesager i Center for Særlig Social Indsats",
];

let dir = "";
let assistant: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-planned-"));
  await copyFile(AGENDA, join(dir, "agenda.json"));
  await buildIndex(["index-data/minutes", join(dir, "agenda.json")], { outDir: join(dir, "index") });
  assistant = createAssistant({ index: await loadIndex(join(dir, "index")), publicBaseUrl: "https://referat.example" });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("what was planned for a meeting day", () => {
  it.each([
    ["What was planned for the meeting on 12 May 2021?", "2026-11-22"],
    ["hvad var planlagt til mødet 12-05-2021?", "2026-11-22"],
    ["hvad var planlagt til mødet 12/5 2021", "2021-04-20"],
    ["what was planned for 12.05.21", "2026-11-22"],
  ])("%s (today %s) lists that day's rows of the list, each cited", async (q, today) => {
    const a = await assistant.ask(q, { today, context: null });
    expect(a.intent).toBe("upcoming");
    expect(a.citations[0]).toMatchObject({ meetingDate: "2021-04-14", item: 8 });
    for (const t of MAY_12) expect(a.upcoming.map((u) => u.title)).toContain(t);
    // Only that day's rows: not today's list, not other dates.
    expect(a.upcoming.every((u) => u.when === "12-05-2021")).toBe(true);
  });

  it("lists the items of an agenda held that day, citing the agenda", async () => {
    const a = await assistant.ask("what's on the agenda for 22 April 2024?", { today: "2026-11-22", context: null });
    expect(a.status).toBe("found");
    expect(a.citations[0]).toMatchObject({ meetingDate: "2024-04-22", committee: "Social- og Handicapudvalget" });
    expect(a.text).toContain("Budget 2025-28");
    expect(a.text).toContain("Beredskabsplan for æresrelaterede konflikter");
  });

  it("says plainly when no list or agenda has the day, and names the nearest days that do", async () => {
    const a = await assistant.ask("What was planned for the meeting on 13 May 2021?", {
      today: "2026-11-22",
      context: null,
    });
    expect(a.status).toBe("not_found");
    expect(a.citations).toEqual([]);
    expect(a.text).toContain("13 May 2021");
    expect(a.text).toContain("12 May 2021");
    expect(a.text).toContain("9 June 2021");
  });
});
