// Record answers over the real Greve archive (../shared/real/firstagenda/greve, or BENCH_GREVE=DIR): builds its
// index in a temp dir, then times 30 varied record questions (a party's votes, a position in a committee, split
// votes, votes against one's own party, a member's absences) and prints one JSON line with p50/p95.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAssistant } from "../src/assistant.ts";
import { buildIndex } from "../src/ingest/index.ts";
import { loadIndex } from "../src/search/index.ts";

const GREVE = process.env.BENCH_GREVE ?? join(import.meta.dirname, "../../shared/real/firstagenda/greve");

export async function runRecordBench(): Promise<void> {
  if (!existsSync(GREVE)) {
    process.stdout.write(`${JSON.stringify({ recordAnswers: "skipped", reason: `no Greve archive at ${GREVE}` })}\n`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "referat-bench-records-"));
  try {
    const built = await buildIndex([GREVE], { outDir: dir });
    const started = performance.now();
    const index = await loadIndex(dir);
    const loadMs = Math.round(performance.now() - started);
    const assistant = createAssistant({ index, publicBaseUrl: "http://localhost:8080" });
    const records = index.records;
    const letters = [...new Set(records?.records.map((r) => r.party).filter((p): p is string => p !== null))].sort();
    const bodies = [...new Set(records?.votes.map((v) => v.body))].sort();
    const absent = [...new Set(records?.absences.map((a) => a.name))].sort();
    const pick = <T>(xs: readonly T[], i: number): T | undefined => xs[i % Math.max(1, xs.length)];
    const questions: string[] = [];
    for (let i = 0; questions.length < 30; i++) {
      const letter = pick(letters, i) ?? "A";
      const body = pick(bodies, i) ?? "Økonomiudvalget";
      const year = 2022 + (i % 4);
      const kinds = [
        `How has ${letter} voted since ${year}?`,
        `Hvornår har ${letter} stemt imod i ${body}?`,
        `Which votes were split in ${body} in ${year}?`,
        "Who voted against their own party?",
        `How often was ${pick(absent, i) ?? "Marlene Harpsøe"} absent?`,
        `Hvordan har ${letter} stemt om budget siden ${year}?`,
      ];
      questions.push(kinds[i % kinds.length] as string);
    }
    // The first answer builds the engine's lazy tables (catalog, term rarity): timed apart, as the cold answer.
    const cold = performance.now();
    await assistant.ask("How has V voted since 2020?", { today: "2025-12-31", context: null });
    const coldMs = Math.round(performance.now() - cold);
    const times: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      await assistant.ask(q, { today: "2025-12-31", context: null });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      Math.round((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 10) / 10;
    process.stdout.write(
      `${JSON.stringify({
        recordAnswers: "Greve FirstAgenda archive",
        meetings: built.documents,
        items: built.items,
        votes: records?.votes.length ?? 0,
        voteRecordRows: records?.records.length ?? 0,
        absences: records?.absences.length ?? 0,
        loadMs,
        coldAnswerMs: coldMs,
        questions: questions.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
      })}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await runRecordBench();
