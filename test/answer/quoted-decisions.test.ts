// A decision quoted again in a later item's history ("Sagens forløb") is one decision: Greve's Økonomiudvalget
// 28-03-2022, punkt 20, quotes Klima-, Teknik- og Miljøudvalget's "1.-2. Anbefales." of 21-03-2022, punkt 8. Asked
// about the committee's decision, the answer shows it once, under the committee's own meeting.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import type { Assistant } from "../../src/domain/index.ts";
import { buildIndex } from "../../src/ingest/index.ts";
import { loadIndex } from "../../src/search/index.ts";

const greve = "test/fixtures/real/firstagenda/greve";
let dir = "";
let assistant: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "referat-quoted-"));
  await buildIndex(
    [
      `${greve}/greve-klima-teknik-og-miljoeudvalget-2022-03-21.json`,
      `${greve}/greve-oekonomiudvalget-2022-03-28.json`,
    ],
    { outDir: dir },
  );
  assistant = createAssistant({ index: await loadIndex(dir), publicBaseUrl: "https://referat.example" });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("a decision quoted in another body's item", () => {
  it("is shown once, under the deciding body's own meeting", async () => {
    const a = await assistant.ask(
      "Hvad besluttede Klima-, Teknik- og Miljøudvalget om opgradering af køkkenet i Solstrålen?",
      { today: "2026-12-01", context: null },
    );
    const committee = a.decisions.filter(
      (d) => d.body === "Klima-, Teknik- og Miljøudvalget" && d.date === "2022-03-21",
    );
    expect(committee).toHaveLength(1);
    const cited = a.citations[committee[0]?.citation ?? -1];
    expect(cited).toMatchObject({ meetingDate: "2022-03-21", item: 8, committee: "Klima-, Teknik- og Miljøudvalget" });
  });

  it("still shows every item of one meeting whose decisions read alike", async () => {
    // Several items of Økonomiudvalget 28-03-2022 were settled in the same words; each is its own decision.
    const a = await assistant.ask("Hvad besluttede Økonomiudvalget på mødet 28. marts 2022?", {
      today: "2026-12-01",
      context: null,
    });
    const texts = a.decisions.filter((d) => d.body === "Økonomiudvalget").map((d) => d.text);
    expect(texts.length).toBeGreaterThan(new Set(texts).size);
  });
});
