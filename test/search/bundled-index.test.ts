// The committed index in index-data/ is exactly what a fresh build of index-data/minutes/ writes.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/ingest/index.ts";
import { INDEX_FILES } from "../../src/search/index.ts";

let fresh: string;
let reversed: string;

beforeAll(async () => {
  fresh = await mkdtemp(join(tmpdir(), "referat-bundled-"));
  reversed = await mkdtemp(join(tmpdir(), "referat-reversed-"));
  await buildIndex(["index-data/minutes"], { outDir: fresh });
  // The same documents named one by one in another order, from another working directory's point of view.
  const files = (await readdir("index-data/minutes")).map((name) => join(process.cwd(), "index-data/minutes", name));
  await buildIndex(files.reverse(), { outDir: reversed });
});
afterAll(async () => {
  await rm(fresh, { recursive: true, force: true });
  await rm(reversed, { recursive: true, force: true });
});

describe("the bundled index", () => {
  it.each(Object.values(INDEX_FILES))(
    "has %s byte-identical to a fresh build (else run: npm run cli -- index index-data/minutes)",
    async (name) => {
      const committed = await readFile(join("index-data", name));
      const built = await readFile(join(fresh, name));
      expect(committed.equals(built)).toBe(true);
    },
  );

  it.each(Object.values(INDEX_FILES))("writes %s the same whatever the order and paths of the inputs", async (name) => {
    const a = await readFile(join(fresh, name));
    const b = await readFile(join(reversed, name));
    expect(a.equals(b)).toBe(true);
  });

  it("records no absolute path or time in the manifest", async () => {
    const manifest = await readFile(join(fresh, INDEX_FILES.manifest), "utf8");
    expect(manifest).not.toContain(process.cwd());
    expect(manifest).not.toContain(tmpdir());
    expect(manifest).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });
});
