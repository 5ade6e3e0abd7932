// The one place each chat adapter asks: length guard, per-user rate limit, conversation memory, engine errors.
import type { Answer, Assistant, ConversationContext } from "../../src/domain/index.ts";
import { AnswerSchema, MAX_QUESTION_LENGTH } from "../../src/domain/index.ts";
import { type Logger, newRequestId } from "../../src/log.ts";
import { type ConversationStore, createConversationStore } from "./conversation-store.ts";
import { guessLanguage, NOTICES } from "./notices.ts";
import { createRateLimiter, type RateLimitOptions } from "./rate-limit.ts";

/** What the adapter posts: a rendered Answer, or a short notice in the asker's language. */
export type Reply =
  | { kind: "answer"; requestId: string; answer: Answer }
  | {
      kind: "refused";
      requestId: string;
      reason: "empty" | "too-long" | "rate-limited";
      text: string;
      /** True when the asker was already told in this rate-limit window: post nothing. */
      silent: boolean;
    }
  | { kind: "failed"; requestId: string; reference: string; text: string };

export interface Question {
  /** Platform user id; the rate limit counts per user. */
  user: string;
  /** Conversation key (thread, channel…); follow-ups in it reuse what the last answer was about. */
  conversation: string;
  text: string;
}

export interface QuestionHandlerOptions {
  assistant: Assistant;
  logger: Logger;
  /** Names the platform in logs and rate-limit keys. */
  platform: string;
  /** Longer questions are refused politely. Default 500 characters. */
  maxQuestionLength?: number;
  rateLimit?: RateLimitOptions;
  /** An engine call slower than this becomes an apology instead of silence. Default 30 s. */
  timeoutMs?: number;
  conversations?: ConversationStore;
  /** ISO date passed to the engine as today; default the real today. For tests. */
  today?: () => string | undefined;
}

export interface AskHooks {
  /**
   * Runs once the question passed the guards, just before the engine is asked: the place to defer a
   * Discord reply or show typing, so refusals can still be sent privately. If it throws, the engine is not asked.
   */
  beforeEngine?: () => Promise<void>;
}

export interface QuestionHandler {
  /** Guards, asks the engine with the conversation's context, and says what to post. Never throws. */
  ask(question: Question, hooks?: AskHooks): Promise<Reply>;
  /** Files a context under another conversation key too (e.g. the thread a slash-command answer starts). */
  remember(conversation: string, context: ConversationContext): void;
}

/** The core's limit, so adapters refuse politely before the engine would. */
export { MAX_QUESTION_LENGTH };

export function createQuestionHandler(options: QuestionHandlerOptions): QuestionHandler {
  const maxLength = options.maxQuestionLength ?? MAX_QUESTION_LENGTH;
  const limiter = createRateLimiter(options.rateLimit);
  const conversations = options.conversations ?? createConversationStore();
  const timeoutMs = options.timeoutMs ?? 30_000;

  const ask = async (question: Question, hooks: AskHooks = {}): Promise<Reply> => {
    const requestId = newRequestId();
    const log = options.logger.child({ requestId, platform: options.platform, user: question.user });
    const text = question.text.trim();
    const notices = NOTICES[guessLanguage(text)];

    if (text.length === 0) {
      log.info("empty question");
      return { kind: "refused", requestId, reason: "empty", text: notices.empty, silent: false };
    }
    // Counted in code points, as a person counts characters (æ, ø, å, emoji).
    const length = [...text].length;
    if (length > maxLength) {
      log.info({ length }, "question too long");
      return {
        kind: "refused",
        requestId,
        reason: "too-long",
        text: notices.tooLong(maxLength, length),
        silent: false,
      };
    }
    const rate = limiter.take(`${options.platform}:${question.user}`);
    if (!rate.ok) {
      log.info({ retryAfterMs: rate.retryAfterMs, notify: rate.notify }, "rate limited");
      const seconds = Math.max(1, Math.ceil(rate.retryAfterMs / 1000));
      return {
        kind: "refused",
        requestId,
        reason: "rate-limited",
        text: notices.rateLimited(seconds),
        silent: !rate.notify,
      };
    }

    const started = performance.now();
    const context = conversations.get(question.conversation);
    log.info({ question: text, followUp: context !== null }, "question");
    try {
      await hooks.beforeEngine?.();
    } catch (error) {
      log.error({ err: error }, "could not prepare the reply; the engine was not asked");
      return { kind: "failed", requestId, reference: requestId, text: notices.failed(requestId) };
    }
    try {
      const today = options.today?.();
      const raw = await withTimeout(
        options.assistant.ask(text, today ? { context, today } : { context }),
        timeoutMs,
        `the engine gave no answer within ${timeoutMs} ms`,
      );
      // The engine's contract is AnswerSchema; a broken answer is an engine error, not something to render.
      const answer = AnswerSchema.parse(raw);
      conversations.set(question.conversation, answer.context);
      log.info(
        {
          ms: Math.round(performance.now() - started),
          intent: answer.intent,
          status: answer.status,
          citations: answer.citations.length,
        },
        "answered",
      );
      return { kind: "answer", requestId, answer };
    } catch (error) {
      log.error({ err: error, ms: Math.round(performance.now() - started) }, "engine failed");
      return { kind: "failed", requestId, reference: requestId, text: notices.failed(requestId) };
    }
  };
  return { ask, remember: (conversation, context) => conversations.set(conversation, context) };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
