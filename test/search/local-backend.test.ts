import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { loadIndex, writeIndex } from "../../src/search/index.ts";
import { localSearchBackend } from "../../src/search/local-backend.ts";
import { sha256 } from "../../src/search/manifest.ts";
import { searchBackendContract } from "./backend-contract.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

searchBackendContract("local compact index", async (meetings) => {
  const dir = await mkdtemp(join(tmpdir(), "referat-backend-"));
  dirs.push(dir);
  await writeIndex(
    meetings.map((meeting) => ({ name: meeting.source, sha256: sha256(meeting.source), bytes: 0, meeting })),
    [],
    dir,
  );
  return localSearchBackend(await loadIndex(dir));
});
