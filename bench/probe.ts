// Runs one step of the benchmark in a fresh process (so times and heap figures are its own): `build` generates the
// synthetic minutes and the question set and writes the index; `referat` loads the index and times answers and
// searches; `minisearch` builds a plain MiniSearch over the same items and times searches.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { loadIndex, writeIndex } from "../src/search/index.ts";
import { sha256 } from "../src/search/manifest.ts";
import { type BenchQuestion, benchQuestions } from "./questions.ts";
import { generateMeetings } from "./synthetic-minutes.ts";

const [mode, dir, items, seed, maxQueries] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;

if (mode === "build") {
  const corpus = generateMeetings(Number(items), Number(seed));
  await writeFile(join(dir as string, "questions.json"), JSON.stringify(benchQuestions(corpus, Number(maxQueries))));
  const inputs = corpus.meetings.map((meeting) => ({
    name: meeting.source,
    sha256: sha256(meeting.source),
    bytes: 0,
    meeting,
  }));
  const started = performance.now();
  const manifest = await writeIndex(inputs, [], dir as string);
  const buildMs = Math.round(performance.now() - started);
  process.stdout.write(
    `${JSON.stringify({
      items: corpus.meetings.reduce((n, m) => n + m.items.length, 0),
      meetings: corpus.meetings.length,
      votes: manifest.counts.votes,
      buildMs,
      indexBytes: Object.values(manifest.files).reduce((sum, f) => sum + f.bytes, 0),
    })}\n`,
  );
  process.exit(0);
}

const questions = JSON.parse(await readFile(join(dir as string, "questions.json"), "utf8")) as BenchQuestion[];

function stats(samples: number[]): { p50: number; p95: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0).toFixed(2));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

async function time(list: readonly BenchQuestion[], run: (q: BenchQuestion) => unknown): Promise<number[]> {
  for (const q of list.slice(0, 5)) await run(q); // warm-up
  const samples: number[] = [];
  for (const q of list) {
    const started = performance.now();
    await run(q);
    samples.push(performance.now() - started);
  }
  return samples;
}

if (mode === "referat") {
  const started = performance.now();
  const index = await loadIndex(dir as string);
  const loadMs = performance.now() - started;
  gc?.();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const search = stats(await time(questions, (q) => index.searchItems(q.topic, { limit: 10 })));
  let answer: ReturnType<typeof stats> | null = null;
  let answerError: string | null = null;
  // Creating the assistant (its roster and maps of meeting facts) is part of starting up, after loading.
  let assistantMs: number | null = null;
  try {
    const { createAssistant } = (await import("../src/assistant.ts")) as typeof import("../src/assistant.ts");
    const created = performance.now();
    const assistant = createAssistant({ index });
    assistantMs = Math.round(performance.now() - created);
    answer = stats(await time(questions, (q) => assistant.ask(q.question, { today: "2025-01-01" })));
  } catch (error) {
    answerError = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  }
  gc?.();
  const heapAfterMb = process.memoryUsage().heapUsed / 2 ** 20;
  process.stdout.write(
    `${JSON.stringify({ loadMs: Math.round(loadMs), assistantMs, heapMb: Math.round(heapMb), rssMb: Math.round(rssMb), heapAfterAnswersMb: Math.round(heapAfterMb), search, answer, answerError })}\n`,
  );
} else if (mode === "minisearch") {
  const { meetings } = generateMeetings(Number(items), Number(seed));
  const started = performance.now();
  const mini = new MiniSearch<{ id: number; title: string; recommendation: string; decisions: string; text: string }>({
    fields: ["title", "recommendation", "decisions", "text"],
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  let id = 0;
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      mini.add({
        id: id++,
        title: item.title,
        recommendation: item.recommendation ?? "",
        decisions: item.decisions.map((d) => d.text).join("\n"),
        text: item.text,
      });
    }
  }
  const buildMs = performance.now() - started;
  const list = questions.slice(0, Number(maxQueries));
  const search = stats(await time(list, (q) => mini.search(q.topic)));
  process.stdout.write(`${JSON.stringify({ buildMs: Math.round(buildMs), search })}\n`);
}
