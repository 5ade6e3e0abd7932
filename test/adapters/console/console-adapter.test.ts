import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../../adapters/console/index.ts";
import { createAssistant } from "../../../src/assistant.ts";
import type { Answer, AskOptions, Assistant } from "../../../src/domain/index.ts";
import { fixtureIndex } from "../../answer/fixture-index.ts";

/** Runs the console adapter over piped lines and returns everything it wrote. */
async function chat(lines: string[], assistant: Assistant): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => {
    written += chunk.toString("utf8");
  });
  const adapter = createConsoleAdapter({ assistant, input, output, today: "2022-03-20" });
  await adapter.start();
  input.end(lines.map((l) => `${l}\n`).join(""));
  await adapter.finished;
  return written;
}

/** Records what the adapter asks, and answers with the real engine over the fixture minutes. */
function recording(): Assistant & { calls: { question: string; options: AskOptions | undefined }[] } {
  const real = createAssistant({ index: fixtureIndex() });
  const calls: { question: string; options: AskOptions | undefined }[] = [];
  return {
    calls,
    ask(question, options) {
      calls.push({ question, options });
      return real.ask(question, options);
    },
  };
}

describe("the console adapter", () => {
  it("answers each piped line once, in order, and finishes at the end of the input", async () => {
    const assistant = recording();
    const out = await chat(
      ["How did Ø vote on Integrationsrådet?", "", "Hvem deltog i mødet den 8. december 2021?"],
      assistant,
    );
    expect(assistant.calls.map((c) => c.question)).toEqual([
      "How did Ø vote on Integrationsrådet?",
      "Hvem deltog i mødet den 8. december 2021?",
    ]);
    expect(out.indexOf("Votes under item 2")).toBeGreaterThanOrEqual(0);
    expect(out.indexOf("Deltog:")).toBeGreaterThan(out.indexOf("Votes under item 2"));
    expect(out).not.toContain("referat>");
  });

  it("keeps the conversation, so a follow-up reuses the previous answer's context", async () => {
    const assistant = recording();
    const out = await chat(["How did Ø vote on Integrationsrådet?", "and Venstre?"], assistant);
    expect(assistant.calls[1]?.options?.context).toMatchObject({
      intent: "vote",
      party: "Ø",
      topic: "Integrationsrådet",
    });
    expect(out).toContain("Venstre (the Liberals, V) abstained");
  });

  it("forgets the conversation on /new", async () => {
    const assistant = recording();
    await chat(["How did Ø vote on Integrationsrådet?", "/new", "and Venstre?"], assistant);
    expect(assistant.calls[1]?.options?.context).toBeNull();
  });

  it("shows example questions on /help without asking the engine", async () => {
    const assistant = recording();
    const out = await chat(["/help"], assistant);
    expect(assistant.calls).toEqual([]);
    expect(out).toContain("How did the Red-Green Alliance vote on Integrationsrådet?");
    expect(out).toContain("Hvordan stemte Enhedslisten om Integrationsrådet?");
    expect(out).toContain("/quit");
  });

  it("reports an engine failure in one line and goes on with the next question", async () => {
    let n = 0;
    const failing: Assistant = {
      async ask(question): Promise<Answer> {
        n += 1;
        if (n === 1) throw new Error("index went away");
        return createAssistant({ index: fixtureIndex() }).ask(question, { today: "2022-03-20" });
      },
    };
    const out = await chat(["first", "Hvem deltog i mødet den 8. december 2021?"], failing);
    expect(out).toContain("console: the question could not be answered (index went away)");
    expect(out).toContain("Fraværende: Jens Vad.");
  });

  it("stops cleanly when stopped before the input ends", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const adapter = createConsoleAdapter({ assistant: recording(), input, output });
    await adapter.start();
    await adapter.stop();
    await expect(adapter.finished).resolves.toBeUndefined();
  });
});
