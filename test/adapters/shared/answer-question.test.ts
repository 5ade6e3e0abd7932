import { describe, expect, it } from "vitest";
import { createQuestionHandler } from "../../../adapters/shared/answer-question.ts";
import { createConversationStore } from "../../../adapters/shared/conversation-store.ts";
import { guessLanguage } from "../../../adapters/shared/notices.ts";
import { createRateLimiter } from "../../../adapters/shared/rate-limit.ts";
import type { Answer } from "../../../src/domain/index.ts";
import { createFakeAssistant, voteAnswer } from "../../harness/fake-assistant.ts";
import { captureLogs } from "../../harness/log-capture.ts";

describe("createQuestionHandler", () => {
  const make = (assistant = createFakeAssistant(), extra = {}) => {
    const logs = captureLogs();
    return {
      logs,
      assistant,
      handler: createQuestionHandler({ assistant, logger: logs.logger, platform: "test", ...extra }),
    };
  };

  it("asks the engine and returns its answer, with a request id", async () => {
    const { handler } = make();
    const reply = await handler.ask({ user: "u", conversation: "c", text: "  how did Ø vote on Integrationsrådet? " });
    expect(reply).toMatchObject({ kind: "answer", requestId: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });

  it("counts the 500-character limit in characters, not UTF-16 units", async () => {
    const { handler, assistant } = make();
    await handler.ask({ user: "u", conversation: "c", text: "ø".repeat(250) + "😀".repeat(250) });
    expect(assistant.asked).toHaveLength(1);
    const refused = await handler.ask({ user: "u", conversation: "c", text: "ø".repeat(501) });
    expect(refused).toMatchObject({
      kind: "refused",
      reason: "too-long",
      text: expect.stringMatching(/501 characters/),
    });
  });

  it("refuses an empty question with an example of what to ask", async () => {
    const { handler } = make();
    expect(await handler.ask({ user: "u", conversation: "c", text: "  " })).toMatchObject({
      kind: "refused",
      reason: "empty",
    });
  });

  it("allows ten questions a minute per user and says how long to wait after that", async () => {
    let now = 0;
    const { handler } = make(undefined, { rateLimit: { now: () => now } });
    for (let i = 0; i < 10; i++)
      expect((await handler.ask({ user: "a", conversation: "c", text: "q" })).kind).toBe("answer");
    now = 15_000;
    expect(await handler.ask({ user: "a", conversation: "c", text: "q" })).toMatchObject({
      kind: "refused",
      reason: "rate-limited",
      text: expect.stringContaining("wait 45 s"),
      silent: false,
    });
    expect(await handler.ask({ user: "a", conversation: "c", text: "q" })).toMatchObject({
      reason: "rate-limited",
      silent: true,
    });
    expect((await handler.ask({ user: "b", conversation: "c", text: "q" })).kind).toBe("answer");
    now = 60_001;
    expect((await handler.ask({ user: "a", conversation: "c", text: "q" })).kind).toBe("answer");
  });

  it("passes each conversation's last context to its follow-up, and only to it", async () => {
    const { handler, assistant } = make();
    await handler.ask({ user: "u", conversation: "thread-1", text: "how did Ø vote on Integrationsrådet?" });
    await handler.ask({ user: "u", conversation: "thread-1", text: "and Venstre?" });
    await handler.ask({ user: "u", conversation: "thread-2", text: "and Venstre?" });
    expect(assistant.asked.map((a) => a.options?.context?.topic ?? null)).toEqual([null, "Integrationsrådet", null]);
  });

  it("turns an engine error, a broken answer or a hung engine into an apology with a logged reference", async () => {
    const broken = { ...voteAnswer(), text: "" } as Answer;
    const hung = new Promise<Answer>(() => {});
    let call = 0;
    const assistant = createFakeAssistant(() => {
      call += 1;
      if (call === 1) return broken;
      throw new Error("unreachable");
    });
    const { handler, logs } = make(assistant, { timeoutMs: 50 });
    assistant.failNext(new Error("index exploded"));
    const first = await handler.ask({ user: "u", conversation: "c", text: "q" });
    const second = await handler.ask({ user: "u", conversation: "c", text: "q" });
    const slow = createQuestionHandler({
      assistant: { ask: () => hung },
      logger: logs.logger,
      platform: "t",
      timeoutMs: 20,
    });
    const third = await slow.ask({ user: "u", conversation: "c", text: "q" });
    for (const reply of [first, second, third]) {
      expect(reply.kind).toBe("failed");
      if (reply.kind !== "failed") continue;
      expect(reply.text).toContain(`reference ${reply.reference}`);
      expect(logs.lines.some((l) => l.requestId === reply.reference && l.level === 50)).toBe(true);
    }
    expect(JSON.stringify(logs.lines)).toContain("index exploded");
    expect(JSON.stringify(logs.lines)).toContain("no answer within 20 ms");
  });

  it("runs beforeEngine only for questions that pass the guards", async () => {
    const { handler } = make();
    const calls: string[] = [];
    await handler.ask(
      { user: "u", conversation: "c", text: "" },
      { beforeEngine: async () => void calls.push("empty") },
    );
    await handler.ask({ user: "u", conversation: "c", text: "q" }, { beforeEngine: async () => void calls.push("q") });
    expect(calls).toEqual(["q"]);
  });
});

describe("shared pieces", () => {
  it("guesses Danish from Danish words, not from Ø alone", () => {
    expect(guessLanguage("how did Ø vote on Integrationsrådet?")).toBe("en");
    expect(guessLanguage("Hvordan stemte Ø om Integrationsrådet?")).toBe("da");
    expect(guessLanguage("hvornår skal Fælleslegatet behandles")).toBe("da");
  });

  it("does not count refused questions against the rate limit", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => now });
    expect([limiter.take("a").ok, limiter.take("a").ok, limiter.take("a").ok]).toEqual([true, true, false]);
    now = 999;
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 1, notify: false });
    now = 1000;
    expect(limiter.take("a").ok).toBe(true);
  });

  it("notifies the first refusal of a window only, and again in the next window", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    limiter.take("a");
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 1000, notify: true });
    now = 500;
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 500, notify: false });
    expect(limiter.take("b").ok).toBe(true);
    now = 1000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 1000, notify: true });
  });

  it("forgets a conversation after it has been idle too long, and the oldest beyond the cap", () => {
    let now = 0;
    const store = createConversationStore({ ttlMs: 100, maxEntries: 2, now: () => now });
    const context = voteAnswer().context;
    store.set("a", context);
    store.set("b", context);
    store.set("c", context);
    expect([store.get("a"), store.get("b")]).toEqual([null, context]);
    now = 101;
    expect(store.get("c")).toBeNull();
  });
});
