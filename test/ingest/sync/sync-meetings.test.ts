import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readStoredMeetings, siteDir } from "../../../src/ingest/sync/meeting-store.ts";
import { decideFetch, syncMeetings } from "../../../src/ingest/sync/sync-meetings.ts";
import type { SyncSource } from "../../../src/ingest/sync/sync-sources.ts";
import { firstAgendaSite } from "../../../src/sources/firstagenda/api.ts";
import { createPoliteClient } from "../../../src/sources/polite-client.ts";
import {
  type FirstAgendaStandIn,
  GREVE_AGENDA,
  GREVE_FIXTURES,
  GREVE_SIX,
  startFirstAgendaStandIn,
} from "../../harness/firstagenda-stand-in.ts";

let site: FirstAgendaStandIn;
let data: string;
let source: SyncSource;
const idOf = (file: string) => site.ids.get(file) as string;

beforeEach(async () => {
  site = await startFirstAgendaStandIn({ dir: GREVE_FIXTURES, files: GREVE_SIX });
  data = await mkdtemp(join(tmpdir(), "referat-sync-"));
  source = { municipality: "Greve", system: "firstagenda", url: site.url };
});
afterEach(async () => {
  await site.close();
  await rm(data, { recursive: true, force: true });
});

// Timeouts generous enough for a busy machine, except where a hang is the point.
const run = (timeoutMs = 5000) =>
  syncMeetings({
    sources: [source],
    dataDir: data,
    client: createPoliteClient({ pauseMs: 0, backoffMs: 10, timeoutMs, retries: 1 }),
  });

describe("syncMeetings against the FirstAgenda stand-in", () => {
  it("stores every listed meeting as served, one file per meeting, and fetches no finished meeting twice", async () => {
    const first = await run();
    expect(first.meetings).toEqual({ new: 6, updated: 0, unchanged: 0, failed: 0 });
    const dir = siteDir(data, source);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([...[...site.ids.values()].map((id) => `${id}.json`), "source.json"].sort());
    for (const [file, id] of site.ids) {
      expect(await readFile(join(dir, `${id}.json`))).toEqual(await readFile(join(GREVE_FIXTURES, file)));
    }
    // Every API call came with the front page's cookie and the project's User-Agent.
    const api = site.requests.filter((r) => r.path.startsWith("/api/"));
    expect(api.every((r) => r.cookie?.startsWith("fa_session=") && r.userAgent?.startsWith("Referat/"))).toBe(true);

    const before = site.requests.length;
    const second = await run();
    expect(second.meetings).toEqual({ new: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/", "/api/agenda/udvalgsliste"]);
  });

  it("fetches an agenda again until its minutes are out, then never again", async () => {
    const id = idOf("greve-social-og-handicapudvalget-2024-04-22.json");
    site.serveAgenda(id, GREVE_AGENDA);
    await run();
    const dir = siteDir(data, source);
    expect((await readStoredMeetings(dir)).get(id)?.finished).toBe(false);

    const unchanged = await run();
    expect(unchanged.meetings).toEqual({ new: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(site.meetingRequests(id)).toHaveLength(2);

    site.publishMinutes(id);
    const updated = await run();
    expect(updated.meetings).toEqual({ new: 0, updated: 1, unchanged: 5, failed: 0 });
    expect((await readStoredMeetings(dir)).get(id)?.finished).toBe(true);
    await run();
    expect(site.meetingRequests(id)).toHaveLength(3);
  });

  it("picks up a meeting that appears in the list later", async () => {
    const id = idOf("greve-oekonomiudvalget-2025-03-19.json");
    site.unlist(id);
    expect((await run()).meetings.new).toBe(5);
    site.list(id);
    expect((await run()).meetings).toEqual({ new: 1, updated: 0, unchanged: 5, failed: 0 });
  });

  it.each([
    ["a 404", { kind: "404" } as const, "HTTP 404"],
    ["malformed JSON", { kind: "malformed" } as const, "is not valid JSON"],
    ["a request that hangs every time", { kind: "hang", times: 2 } as const, "no answer within 0.5 s (2 attempts)"],
    ["a 500 every time", { kind: "500", times: 2 } as const, "HTTP 500 (2 attempts)"],
  ])(
    "names a meeting that fails with %s, stores the rest, and fetches it on the next run",
    async (_, fault, reason) => {
      const id = idOf("greve-kultur-og-fritidsudvalget-2025-03-26.json");
      site.fault(id, fault);
      const first = await run(fault.kind === "hang" ? 500 : 5000);
      expect(first.meetings).toEqual({ new: 5, updated: 0, unchanged: 0, failed: 1 });
      expect(first.failures).toHaveLength(1);
      expect(first.failures[0]?.meeting).toBe(id);
      expect(first.failures[0]?.reason).toContain(`${site.url}/api/agenda/dagsorden/${id}`);
      expect(first.failures[0]?.reason).toContain(reason);
      const second = await run();
      expect(second.meetings).toEqual({ new: 1, updated: 0, unchanged: 5, failed: 0 });
    },
  );

  it("retries a hanging request, a 500 and a 429 (after its Retry-After) within the run", async () => {
    site.fault(idOf("greve-kultur-og-fritidsudvalget-2025-03-26.json"), { kind: "hang" });
    site.fault(idOf("greve-oekonomiudvalget-2025-03-19.json"), { kind: "500" });
    site.fault(idOf("greve-social-og-handicapudvalget-2024-04-22.json"), { kind: "429", retryAfterSeconds: 1 });
    const report = await run(1000);
    expect(report.meetings).toEqual({ new: 6, updated: 0, unchanged: 0, failed: 0 });
    const limited = site.meetingRequests(idOf("greve-social-og-handicapudvalget-2024-04-22.json"));
    expect(limited.map((r) => r.status)).toEqual([429, 200]);
    expect((limited[1]?.at ?? 0) - (limited[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it("renews the session when an API call is redirected to the front page", async () => {
    const api = firstAgendaSite(createPoliteClient({ pauseMs: 0 }), site.url);
    await api.listMeetings();
    site.forgetSessions();
    const id = idOf("greve-oekonomiudvalget-2025-03-19.json");
    const { meeting } = await api.fetchMeeting(id);
    expect(meeting.Id).toBe(id);
    expect(site.requests.map((r) => [r.path, r.status])).toEqual([
      ["/", 200],
      ["/api/agenda/udvalgsliste", 200],
      [`/api/agenda/dagsorden/${id}`, 302],
      ["/", 200],
      ["/", 200],
      [`/api/agenda/dagsorden/${id}`, 200],
    ]);
  });

  it("names the site when its committee list cannot be read, and stores nothing", async () => {
    site.fault("udvalgsliste", { kind: "404" });
    const report = await run();
    expect(report.failures).toEqual([
      { municipality: "Greve", meeting: null, reason: `${site.url}/api/agenda/udvalgsliste: HTTP 404` },
    ]);
  });

  it("decides by what is stored, never by the list's date", () => {
    expect(decideFetch(undefined)).toBe("new");
    expect(decideFetch({ id: "a", path: "a.json", finished: false, bytes: Buffer.from("") })).toBe("agenda");
    expect(decideFetch({ id: "a", path: "a.json", finished: true, bytes: Buffer.from("") })).toBe("finished");
  });
});
