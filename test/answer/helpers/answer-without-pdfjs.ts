// Run in a child process by json-untouched.test.ts: loads an index and answers through the modules the CLI and the
// adapters import, then prints whether JSON.parse and JSON.stringify are still the built-in ones. pdfjs-dist's
// legacy build swaps in slow versions when it is imported, so "true" means nothing on this path imported it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { parse, stringify } = JSON;
await import("../../../src/parse/index.ts");
await import("../../../src/cli/ask-command.ts");
const { loadAssistant } = await import("../../../src/index.ts");
const { writeIndex } = await import("../../../src/search/index.ts");
const { FIXTURE_MEETINGS } = await import("../fixture-index.ts");

const dir = await mkdtemp(join(tmpdir(), "referat-no-pdfjs-"));
try {
  const inputs = FIXTURE_MEETINGS.map((meeting) => ({
    name: meeting.source,
    sha256: "0".repeat(64),
    bytes: 1,
    meeting,
  }));
  await writeIndex(inputs, [], dir);
  const assistant = await loadAssistant({ indexDir: dir });
  const answer = await assistant.ask("How did Ø vote on Integrationsrådet?", { today: "2022-03-20" });
  process.stdout.write(
    `${stringify({ status: answer.status, untouched: JSON.parse === parse && JSON.stringify === stringify })}\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
