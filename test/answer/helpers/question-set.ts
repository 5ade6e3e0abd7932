// Runs a question set (questions.json + gold/, in the scorer's format) against minutes indexed once, as vitest tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../../src/assistant.ts";
import type { Answer, Assistant } from "../../../src/domain/index.ts";
import { buildIndex } from "../../../src/ingest/index.ts";
import { loadIndex } from "../../../src/search/index.ts";

interface Cite {
  meetingDate: string;
  item?: number;
}
interface Question {
  id: string;
  question: string;
  intent?: string;
  today?: string;
  /** Questions asked first in the same conversation: this one is a follow-up to the last of them. */
  after?: string[];
  expect: {
    party?: string;
    member?: string;
    language?: string;
    citations?: Cite[];
    votes?: { body: string; date: string; position: string | null }[];
    upcoming?: string[];
    textIncludes?: (string | string[])[];
    notFound?: boolean;
    noVotes?: boolean;
  };
}
interface GoldEntry {
  name: string | null;
  party: string | null;
}
interface GoldVote {
  item: number;
  body: string;
  date: string;
  for: GoldEntry[];
  against: GoldEntry[];
  abstain: GoldEntry[];
}
interface Gold {
  date: string;
  votes: GoldVote[];
}

export interface QuestionSetOptions {
  /** The describe block's title. */
  title: string;
  /** Folder of minutes to index, or the files themselves (each one meeting). */
  minutes: string | string[];
  /** Folder holding questions.json and gold/<name>.gold.json. */
  set: string;
  /** Folder of gold files when they are not in `set`/gold. */
  gold?: string;
  /**
   * Scored mode: instead of one test per question, one test asks them all, prints the score and the misses,
   * and fails when fewer than this many questions are answered as expected (the score may only go up).
   */
  minPassed?: number;
  /** More tests inside the same describe block, given the assistant over the indexed minutes. */
  more?: (assistant: () => Assistant) => void;
}

/** Indexes `minutes` once, then asks every question of `set` and checks it as the scorer would. */
export function describeQuestionSet({ title, minutes, set, gold, more, minPassed }: QuestionSetOptions): void {
  const questions: Question[] = JSON.parse(readFileSync(join(set, "questions.json"), "utf8"));
  const goldDir = gold ?? join(set, "gold");
  // A set over real documents may have no gold vote files: it then checks that every file was indexed.
  const golds: Gold[] = existsSync(goldDir)
    ? readdirSync(goldDir)
        .filter((f) => f.endsWith(".gold.json"))
        .map((f) => JSON.parse(readFileSync(join(goldDir, f), "utf8")))
    : [];

  const sameCite = (a: Answer["citations"][number] | undefined, c: Cite) =>
    a !== undefined && a.meetingDate === c.meetingDate && (c.item === undefined || a.item === c.item);

  /** The asked party's or member's position in a gold vote, as the scorer reads it. */
  function goldPosition(v: GoldVote, q: Question): string | null {
    for (const pos of ["for", "against", "abstain"] as const) {
      for (const e of v[pos]) {
        if (q.expect.member ? e.name === q.expect.member : e.party === q.expect.party) return pos;
      }
    }
    return null;
  }

  let dir = "";
  let assistant: Assistant;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "referat-question-set-"));
    await buildIndex(typeof minutes === "string" ? [minutes] : minutes, { outDir: dir });
    assistant = createAssistant({ index: await loadIndex(dir), publicBaseUrl: "https://referat.example" });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe(title, () => {
    it("indexes every document", async () => {
      const index = await loadIndex(dir);
      if (golds.length > 0) expect(index.meetings.map((m) => m.date).sort()).toEqual(golds.map((g) => g.date).sort());
      else
        expect(index.meetings.length).toBe(typeof minutes === "string" ? readdirSync(minutes).length : minutes.length);
    });

    more?.(() => assistant);

    /** Asks `q` (after its earlier questions, in one conversation) and checks the answer as the scorer would. */
    async function check(q: Question): Promise<void> {
      const today = q.today ?? "2026-11-22";
      let context: Answer["context"] | null = null;
      for (const earlier of q.after ?? []) context = (await assistant.ask(earlier, { today, context })).context;
      const a = await assistant.ask(q.question, { today, context });
      const ex = q.expect;
      if (q.intent) expect(a.intent, "intent").toBe(q.intent);
      if (ex.language) expect(a.language, "language").toBe(ex.language);
      const want = ex.citations ?? [];
      if (want.length > 0) {
        expect(
          want.some((c) => sameCite(a.citations[0], c)),
          `first citation ${a.citations[0]?.meetingDate}#${a.citations[0]?.item}`,
        ).toBe(true);
        for (const c of want)
          expect(
            a.citations.some((x) => sameCite(x, c)),
            `cites ${c.meetingDate}#${c.item}`,
          ).toBe(true);
      }
      for (const v of ex.votes ?? []) {
        expect(a.votes.map((x) => [x.body, x.date, x.position])).toContainEqual([v.body, v.date, v.position]);
      }
      if (ex.party || ex.member) {
        // Every reported position is the one the record gives the asked party or member.
        for (const v of a.votes) {
          const c = a.citations[v.citation];
          const gold = golds
            .filter((g) => g.date === c?.meetingDate)
            .flatMap((g) => g.votes)
            .filter((g) => g.item === c?.item && g.body === v.body && g.date === v.date);
          expect(gold.length, `vote ${v.body} ${v.date} is in the record`).toBeGreaterThan(0);
          expect(gold.map((g) => goldPosition(g, q))).toContain(v.position);
        }
      }
      if (ex.noVotes) expect(a.votes.filter((v) => v.position !== null)).toEqual([]);
      if (ex.notFound) {
        expect(a.citations).toEqual([]);
        expect(a.votes).toEqual([]);
      }
      for (const t of ex.upcoming ?? []) {
        expect(
          a.upcoming.some((u) => u.title.toLowerCase().includes(t.toLowerCase())),
          `upcoming ${t}`,
        ).toBe(true);
      }
      for (const t of ex.textIncludes ?? []) {
        const options = Array.isArray(t) ? t : [t];
        expect(
          options.some((o) => a.text.toLowerCase().includes(o.toLowerCase())),
          `text has ${options.join(" or ")}`,
        ).toBe(true);
      }
    }

    if (minPassed === undefined) {
      it.each(questions.map((q) => [q.id, q] as const))("answers %s as the minutes record", async (_id, q) => {
        await check(q);
      });
    } else {
      it(`answers at least ${minPassed} of the ${questions.length} questions as the minutes record`, async () => {
        const misses: string[] = [];
        for (const q of questions) {
          try {
            await check(q);
          } catch (error) {
            const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
            misses.push(`${q.id} ${JSON.stringify(q.question)}: ${why}`);
          }
        }
        const passed = questions.length - misses.length;
        const score = (passed / questions.length).toFixed(3);
        console.log(
          `question set "${title}": ${passed}/${questions.length} (${score})\n${misses.map((m) => `  miss ${m}`).join("\n")}`,
        );
        expect(passed, misses.join("\n")).toBeGreaterThanOrEqual(minPassed);
      });
    }
  });
}
