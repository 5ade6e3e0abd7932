import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import { parseSyncArgs, runSync } from "../../src/cli/sync-command.ts";
import { loadIndex } from "../../src/search/index.ts";
import {
  type FirstAgendaStandIn,
  GREVE_AGENDA,
  GREVE_FIXTURES,
  GREVE_SIX,
  startFirstAgendaStandIn,
} from "../harness/firstagenda-stand-in.ts";

let site: FirstAgendaStandIn;
let dir: string;
let sources: string;

beforeEach(async () => {
  site = await startFirstAgendaStandIn({ dir: GREVE_FIXTURES, files: GREVE_SIX });
  dir = await mkdtemp(join(tmpdir(), "referat-sync-cli-"));
  sources = join(dir, "sources.json");
  await writeFile(sources, JSON.stringify([{ municipality: "Greve", system: "firstagenda", url: site.url }]));
});
afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

/** The Id fields of a fixture: the meeting's and its items' by number. */
async function idsOf(file: string): Promise<{ meeting: string; items: Map<number, string> }> {
  const doc = JSON.parse(await readFile(join(GREVE_FIXTURES, file), "utf8")) as {
    Id: string;
    Dagsordenpunkter: { Id: string; Number: string }[];
  };
  return { meeting: doc.Id, items: new Map(doc.Dagsordenpunkter.map((i) => [Number(i.Number), i.Id])) };
}

async function sync(extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = parseSyncArgs([
    "--sources",
    sources,
    "--data",
    join(dir, "data"),
    "--index",
    join(dir, "index"),
    ...extra,
  ]);
  if ("error" in args) throw new Error(args.error);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  const code = await runSync(args, {
    stdout,
    stderr,
    client: { pauseMs: 0, backoffMs: 10, timeoutMs: 5000, retries: 1 },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").pop() ?? "") as Record<string, unknown>;

describe("referat sync against the FirstAgenda stand-in", () => {
  it("fetches, stores and indexes every meeting, then a second run downloads no finished meeting", async () => {
    const first = await sync(["--json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const summary = lastJson(first.stdout);
    expect(summary.meetings).toEqual({ new: 6, updated: 0, unchanged: 0, failed: 0 });
    // 6 meetings of 9, 3, 11, 4, 8 and 3 items (counted in the fixtures' Dagsordenpunkter).
    expect(summary.items).toBe(38);
    expect(first.stdout.trim().split("\n")).toHaveLength(2);
    expect(first.stdout).toMatch(
      /^synced 1 source: 6 new, 0 updated, 0 unchanged, 0 failed meetings; indexed 6 meetings, 38 items/,
    );

    const index = await loadIndex(join(dir, "index"));
    expect(index.meetings.map((m) => m.municipality)).toEqual(Array(6).fill("Greve"));
    expect(new Set(index.meetings.map((m) => m.sourceRef.documentId))).toEqual(new Set(site.ids.values()));

    const fetchedBefore = GREVE_SIX.map((f) => site.meetingRequests(site.ids.get(f) as string).length);
    const second = await sync(["--json"]);
    expect(second.code).toBe(0);
    expect(lastJson(second.stdout)).toEqual({
      meetings: { new: 0, updated: 0, unchanged: 6, failed: 0 },
      items: 38,
      votes: summary.votes,
    });
    expect(GREVE_SIX.map((f) => site.meetingRequests(site.ids.get(f) as string).length)).toEqual(fetchedBefore);
    // The rebuild from the stored files gives the same index, byte for byte.
    expect((await loadIndex(join(dir, "index"))).manifest).toEqual(index.manifest);
  });

  it("answers from synced meetings with links to the official item pages", async () => {
    await sync();
    const assistant = createAssistant({ index: await loadIndex(join(dir, "index")) });
    const concert = await idsOf("greve-kultur-og-fritidsudvalget-2025-03-26.json");
    const answer = await assistant.ask("Hvad besluttede Kultur- og Fritidsudvalget om Nytårskoncerten 2025?", {
      today: "2025-06-01",
    });
    expect(answer.status).toBe("found");
    expect(answer.citations[0]?.url).toBe(`${site.url}/vis?id=${concert.meeting}&punktid=${concert.items.get(3)}`);
    expect(answer.citations[0]?.municipality).toBe("Greve");

    const road = await idsOf("greve-oekonomiudvalget-2025-03-19.json");
    const vote = await assistant.ask("Hvad besluttede Økonomiudvalget om vejbetjening af Det Indeklemte Areal?", {
      today: "2025-06-01",
    });
    expect(vote.citations.map((c) => c.url)).toContain(
      `${site.url}/vis?id=${road.meeting}&punktid=${road.items.get(2)}`,
    );
  });

  it("refetches an agenda until its minutes are out; the agenda's items answer 'what is coming up' before the meeting", async () => {
    const id = site.ids.get("greve-social-og-handicapudvalget-2024-04-22.json") as string;
    site.serveAgenda(id, GREVE_AGENDA);
    expect((await sync()).code).toBe(0);
    const agendaIndex = await loadIndex(join(dir, "index"));
    const stored = agendaIndex.meetings.find((m) => m.sourceRef.documentId === id);
    expect(stored?.documentType).toBe("dagsorden");
    const upcoming = await createAssistant({ index: agendaIndex }).ask(
      "Hvad er på vej i Social- og Handicapudvalget?",
      {
        today: "2024-04-15",
      },
    );
    expect(upcoming.status).toBe("found");
    expect(upcoming.text).toContain("Budget 2025-28");
    expect(upcoming.citations.map((c) => c.url)).toContain(`${site.url}/vis?id=${id}`);

    site.publishMinutes(id);
    const after = await sync(["--json"]);
    expect(lastJson(after.stdout).meetings).toEqual({ new: 0, updated: 1, unchanged: 5, failed: 0 });
    const minutes = (await loadIndex(join(dir, "index"))).meetings.find((m) => m.sourceRef.documentId === id);
    expect(minutes?.documentType).toBe("referat");
    await sync();
    expect(site.meetingRequests(id)).toHaveLength(2);
  });

  it("names a failing meeting on stderr, exits 1, indexes the rest, and gets it on the next run", async () => {
    const id = site.ids.get("greve-oekonomiudvalget-2025-03-19.json") as string;
    site.fault(id, { kind: "malformed" });
    site.fault(site.ids.get("greve-kultur-og-fritidsudvalget-2025-03-26.json") as string, {
      kind: "429",
      retryAfterSeconds: 1,
    });
    const first = await sync(["--json"]);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(
      `referat sync: Greve: meeting ${id} failed (retried next run): ${site.url}/api/agenda/dagsorden/${id}: is not valid JSON (Unterminated string in JSON at position 26)\n`,
    );
    expect(lastJson(first.stdout).meetings).toEqual({ new: 5, updated: 0, unchanged: 0, failed: 1 });
    expect((await loadIndex(join(dir, "index"))).meetings).toHaveLength(5);
    const second = await sync(["--json"]);
    expect(second.code).toBe(0);
    expect(lastJson(second.stdout).meetings).toEqual({ new: 1, updated: 0, unchanged: 5, failed: 0 });
    expect((await loadIndex(join(dir, "index"))).meetings).toHaveLength(6);
  });

  it("names the bad entry of a sources file and fetches nothing", async () => {
    await writeFile(
      sources,
      JSON.stringify([{ municipality: "Greve", system: "firstagenda", url: "dagsordener.greve.dk" }]),
    );
    const run = await sync();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `referat sync: ${sources}: entry 1 (Greve): field url must be the site's http(s) address, e.g. https://dagsordener.greve.dk\n`,
    );
    expect(site.requests).toEqual([]);
  });

  it("runs as `npm run cli -- sync --json`, the last line of stdout the counts", async () => {
    const child = spawn(
      "npm",
      [
        "run",
        "--silent",
        "cli",
        "--",
        "sync",
        "--json",
        "--sources",
        sources,
        "--data",
        join(dir, "d"),
        "--index",
        join(dir, "i"),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => {
      stdout += String(c);
    });
    child.stderr.on("data", (c) => {
      stderr += String(c);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(lastJson(stdout)).toMatchObject({ meetings: { new: 6, updated: 0, unchanged: 0, failed: 0 }, items: 38 });
    expect((await readdir(join(dir, "d", "firstagenda"))).length).toBe(1);
  }, 120_000);
});
