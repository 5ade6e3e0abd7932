import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citationUrl, IndexError, loadIndex, writeIndex } from "../../src/search/index.ts";
import { sha256 } from "../../src/search/manifest.ts";
import { makeItem, makeMeeting } from "./make-meeting.ts";

let built: string;
const scratch: string[] = [];

beforeAll(async () => {
  built = await mkdtemp(join(tmpdir(), "referat-load-"));
  const meetings = [
    makeMeeting(
      "helsingor.pdf",
      "2020-12-09",
      [makeItem(12, "Budgetområde 722", "Tekst.", { page: 33, sourcePage: 34 })],
      {
        municipality: "Helsingør",
        committee: "Social- og Beskæftigelsesudvalget",
      },
    ),
    makeMeeting("hvidovre.txt", "2021-03-08", [makeItem(4, "Uddannelsespulje", "Tekst.", { page: 7 })], {
      municipality: "Hvidovre",
      committee: "Social- og Arbejdsmarkedsudvalget",
      documentType: "dagsorden",
    }),
  ];
  await writeIndex(
    meetings.map((meeting) => ({ name: meeting.source, sha256: sha256(meeting.source), bytes: 1, meeting })),
    [],
    built,
  );
});
afterAll(async () => {
  for (const dir of [built, ...scratch]) await rm(dir, { recursive: true, force: true });
});

/** A copy of the built index, changed by `change`. */
async function broken(change: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "referat-broken-"));
  scratch.push(dir);
  await cp(built, dir, { recursive: true });
  await change(dir);
  return dir;
}

async function failure(dir: string): Promise<IndexError> {
  const error = await loadIndex(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IndexError);
  return error as IndexError;
}

async function editManifest(dir: string, edit: (manifest: Record<string, unknown>) => void): Promise<void> {
  const path = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(path, "utf8"));
  edit(manifest);
  await writeFile(path, JSON.stringify(manifest));
}

describe("loadIndex", () => {
  it("refuses a directory without an index and says how to build one", async () => {
    const error = await failure(await broken((dir) => rm(join(dir, "manifest.json"))));
    expect(error.message).toMatch(/no manifest\.json/);
    expect(error.message).toContain("npm run cli -- index index-data/minutes");
  });

  it("refuses an index of another schema version as stale", async () => {
    const dir = await broken((d) => editManifest(d, (m) => (m.schemaVersion = 0)));
    const error = await failure(dir);
    expect(error.message).toBe(
      `search index ${dir}: the index is stale (built with schemaVersion 0, expected 3); rebuild it with: npm run cli -- index index-data/minutes (or with --out ${dir} and your minutes)`,
    );
  });

  it("refuses an index written under another Meeting schema as stale", async () => {
    const error = await failure(await broken((d) => editManifest(d, (m) => (m.meetingSchema = "0".repeat(64)))));
    expect(error.reason).toBe("the index is stale (built with another Meeting schema)");
  });

  it("refuses a manifest that is not JSON", async () => {
    const error = await failure(await broken((d) => writeFile(join(d, "manifest.json"), "{ not json")));
    expect(error.reason).toBe("manifest.json is not valid JSON");
  });

  it("refuses a manifest missing its counts", async () => {
    const error = await failure(await broken((d) => editManifest(d, (m) => delete m.counts)));
    expect(error.reason).toMatch(/^manifest\.json is invalid \(counts: /);
  });

  it("refuses an index file changed after the build", async () => {
    const error = await failure(
      await broken(async (d) => {
        const path = join(d, "items.idx");
        const bytes = await readFile(path);
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
        await writeFile(path, bytes);
      }),
    );
    expect(error.reason).toBe("items.idx is corrupt (its size or hash differs from manifest.json)");
  });

  it("refuses an index with a file missing", async () => {
    const error = await failure(await broken((d) => rm(join(d, "texts.bin"))));
    expect(error.reason).toBe("texts.bin is missing");
  });

  it("refuses a sources.json that is not a map of sources", async () => {
    const error = await failure(
      await broken((d) =>
        writeFile(join(d, "sources.json"), JSON.stringify({ "helsingor.pdf": { url: "not a url" } })),
      ),
    );
    expect(error.reason).toMatch(/^sources\.json is invalid \(helsingor\.pdf\.url: .*fix or remove it\)$/);
  });
});

describe("citationUrl and meeting ids", () => {
  it("makes a stable URL-safe id from municipality, committee and date", async () => {
    const index = await loadIndex(built);
    expect(index.meetings[0]?.id).toBe("helsingor-social-og-beskaeftigelsesudvalget-2020-12-09");
    expect(index.meetings[1]?.id).toBe("hvidovre-social-og-arbejdsmarkedsudvalget-2021-03-08-dagsorden");
  });

  it("links into the viewer when no official source is known", async () => {
    const index = await loadIndex(built);
    expect(citationUrl(index, 0, 12, "http://localhost:8080/")).toBe(
      "http://localhost:8080/meetings/helsingor-social-og-beskaeftigelsesudvalget-2020-12-09#punkt-12",
    );
    expect(citationUrl(index, 0, null, "http://localhost:8080")).toBe(
      "http://localhost:8080/meetings/helsingor-social-og-beskaeftigelsesudvalget-2020-12-09",
    );
    expect(citationUrl(index, 9, 1, "http://localhost:8080")).toBeNull();
  });

  it("links the official PDF at the item's page, and overrides the municipality, from sources.json", async () => {
    const dir = await broken((d) =>
      writeFile(
        join(d, "sources.json"),
        JSON.stringify({
          "helsingor.pdf": { url: "https://example.org/referat.pdf" },
          "hvidovre.txt": { url: "https://example.org/mode/4", municipality: "Hvidovre Kommune" },
        }),
      ),
    );
    const index = await loadIndex(dir);
    expect(citationUrl(index, 0, 12, "http://localhost:8080")).toBe("https://example.org/referat.pdf#page=34");
    expect(citationUrl(index, 0, null, "http://localhost:8080")).toBe("https://example.org/referat.pdf");
    expect(citationUrl(index, 1, 4, "http://localhost:8080")).toBe("https://example.org/mode/4");
    expect(index.meetings[1]?.municipality).toBe("Hvidovre Kommune");
  });
});
