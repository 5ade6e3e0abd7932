// Runs one step of the benchmark in a fresh process (so times and heap figures are its own): `build` generates the
// synthetic minutes and the question set and writes the index; `build-real` indexes real documents from a folder
// (the path `cli index` takes) with a question set given; `referat <dir> <scan|radix>` loads the index, times
// answers and searches with that typo look-up, and times the look-up alone; `minisearch` builds a plain
// MiniSearch over the same items and times searches.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { analyze, INDEX_FILES, loadIndex, writeIndex } from "../src/search/index.ts";
import { InvertedIndex } from "../src/search/inverted-index.ts";
import { sha256 } from "../src/search/manifest.ts";
import { EXPANSION } from "../src/search/ranking.ts";
import { createTermLookup, type TermLookupKind, useTermLookup } from "../src/search/term-lookup.ts";
import { type BenchQuestion, benchQuestions } from "./questions.ts";
import { generateMeetings } from "./synthetic-minutes.ts";

const [mode, dir, items, seed, maxQueries] = process.argv.slice(2);
const lookupKind = (mode === "referat" ? (items ?? "scan") : "scan") as TermLookupKind;
useTermLookup(lookupKind);
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

if (mode === "build-real") {
  // items: the folder of real documents; seed: the questions file (JSON list of strings) to copy beside the index.
  const { buildIndex } = await import("../src/ingest/index.ts");
  const started = performance.now();
  const report = await buildIndex([items as string], { outDir: dir as string });
  const buildMs = Math.round(performance.now() - started);
  const asked = JSON.parse(await readFile(seed as string, "utf8")) as string[];
  const list: BenchQuestion[] = asked.map((question) => ({ question, topic: question }));
  await writeFile(join(dir as string, "questions.json"), JSON.stringify(list));
  process.stdout.write(
    `${JSON.stringify({
      meetings: report.documents,
      items: report.items,
      votes: report.votes,
      skipped: report.skipped.length,
      buildMs,
      indexBytes: report.bytes,
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
  // The typo look-up alone, over the question words long enough to get one (as the index asks it).
  const terms = new InvertedIndex(await readFile(join(dir as string, INDEX_FILES.items))).terms;
  const builtAt = performance.now();
  const lookup = createTermLookup(terms, lookupKind);
  const lookupBuildMs = Math.round(performance.now() - builtAt);
  const words = [...new Set(questions.flatMap((q) => analyze(q.topic)))].filter(
    (w) => w.length >= EXPANSION.minExpand && !/\d/.test(w),
  );
  const maxEdits = (w: string) => Math.min(EXPANSION.maxEdits, Math.round(w.length * EXPANSION.fuzzyShare));
  const near = stats(
    await time(
      words.map((w) => ({ question: w, topic: w })),
      (q) => lookup.near(q.topic, maxEdits(q.topic)),
    ),
  );
  let answer: ReturnType<typeof stats> | null = null;
  let answerError: string | null = null;
  // Creating the assistant (its roster and maps of meeting facts) is part of starting up, after loading: timed up to
  // its first answer.
  let assistantMs: number | null = null;
  try {
    const { createAssistant } = (await import("../src/assistant.ts")) as typeof import("../src/assistant.ts");
    const created = performance.now();
    const assistant = createAssistant({ index });
    // The engine reads its corpus from the backend on the first question: an empty one (the help text) waits for it.
    await assistant.ask("", { today: "2025-01-01" });
    assistantMs = Math.round(performance.now() - created);
    answer = stats(await time(questions, (q) => assistant.ask(q.question, { today: "2025-01-01" })));
  } catch (error) {
    answerError = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  }
  gc?.();
  const heapAfterMb = process.memoryUsage().heapUsed / 2 ** 20;
  process.stdout.write(
    `${JSON.stringify({ loadMs: Math.round(loadMs), assistantMs, termLookup: { kind: lookupKind, terms: terms.length, buildMs: lookupBuildMs, near }, heapMb: Math.round(heapMb), rssMb: Math.round(rssMb), heapAfterAnswersMb: Math.round(heapAfterMb), search, answer, answerError })}\n`,
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
