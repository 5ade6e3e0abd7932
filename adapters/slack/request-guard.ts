// The gate in front of Bolt's HTTP receiver: checks what a request claims before reading it (signature headers,
// timestamp within 5 minutes either way, declared size), reads at most what Slack sends, verifies the signature,
// checks the body's shape, and drops replays. Whatever it refuses gets an HTTP status and one log line with a
// reference id; nothing a single request sends can throw out of it.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { type Logger, newRequestId } from "../../src/log.ts";
import { createReplayFilter, type ReplayFilter } from "../shared/replay-filter.ts";

/** Slack's payloads (events, slash commands, block actions) are a few kB; 256 KiB leaves room for big messages. */
export const MAX_SLACK_BODY_BYTES = 256 * 1024;
/** Requests signed more than this far from now, in either direction, are refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export interface RequestGuardOptions {
  signingSecret: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** Seconds since the epoch; for tests. */
  nowSeconds?: () => number;
  replays?: ReplayFilter;
}

/**
 * A request that passed: its raw body is buffered where Bolt looks for it, so Bolt does not read the stream again,
 * and `body` is that body parsed (a JSON object, or form fields).
 */
export type CheckedRequest = IncomingMessage & { rawBody: Buffer; body: Record<string, unknown> };

const SignatureSchema = z.string().regex(/^v0=[0-9a-f]{64}$/, "x-slack-signature must be v0=<64 hex digits>");
const TimestampSchema = z.string().regex(/^\d{1,12}$/, "x-slack-request-timestamp must be whole seconds");
const ObjectBody = z.record(z.string(), z.unknown());
/** A slash command arrives as form fields; these are the ones the app relies on. */
const SlashCommandFields = z.object({ command: z.string(), user_id: z.string(), channel_id: z.string() });

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Returns a request handler that either refuses the request (answering it) or calls `pass` with the checked
 * request; `pass` runs inside the guard's error boundary too.
 */
export function createRequestGuard(
  options: RequestGuardOptions,
): (req: IncomingMessage, res: ServerResponse, pass: (req: CheckedRequest, res: ServerResponse) => void) => void {
  const maxBytes = options.maxBodyBytes ?? MAX_SLACK_BODY_BYTES;
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const replays = options.replays ?? createReplayFilter({ ttlMs: 2 * SIGNATURE_TOLERANCE_SECONDS * 1000 });
  const logger = options.logger;

  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string) => {
    const reference = newRequestId();
    logger.warn({ reference, status, reason, method: req.method, url: req.url }, "refused a Slack request");
    if (!res.headersSent) {
      // The body may be unread: close the connection instead of reading it to reuse the socket.
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    }
    res.end(
      `${status === 413 ? "Request too large" : status === 401 ? "Unauthorized" : "Bad request"} (reference ${reference})\n`,
    );
  };

  return (req, res, pass) => {
    check(req, res)
      .then((checked) => {
        if (checked) pass(checked, res);
      })
      .catch((error: unknown) => {
        if (error instanceof Refusal) return refuse(req, res, error.status, error.message);
        const reference = newRequestId();
        logger.error({ err: error, reference }, "a Slack request failed; serving on");
        if (!res.headersSent) res.writeHead(500, { connection: "close" });
        res.end();
      });
  };

  async function check(req: IncomingMessage, res: ServerResponse): Promise<CheckedRequest | null> {
    if (req.method !== "POST") throw new Refusal(405, `method ${req.method} not allowed`);
    // 1. What the headers claim, before a byte of the body is read.
    const signature = SignatureSchema.safeParse(req.headers["x-slack-signature"]);
    const timestamp = TimestampSchema.safeParse(req.headers["x-slack-request-timestamp"]);
    if (!signature.success || !timestamp.success) {
      throw new Refusal(401, (signature.error ?? timestamp.error)?.issues[0]?.message ?? "unsigned request");
    }
    const skew = nowSeconds() - Number(timestamp.data);
    if (Math.abs(skew) > SIGNATURE_TOLERANCE_SECONDS) {
      throw new Refusal(401, `timestamp ${skew > 0 ? `${skew} s old` : `${-skew} s in the future`} (limit 5 min)`);
    }
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new Refusal(413, `declared body of ${declared} bytes is over the ${maxBytes}-byte limit`);
    }
    // 2. The body, at most maxBytes of it.
    const raw = await readLimited(req, maxBytes);
    // 3. The signature over exactly those bytes.
    const expected = createHmac("sha256", options.signingSecret).update(`v0:${timestamp.data}:`).update(raw).digest();
    const given = Buffer.from(signature.data.slice(3), "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new Refusal(401, "signature mismatch");
    }
    // 4. The shape Bolt expects: a JSON object, or form fields (a slash command, or a payload holding a JSON object).
    const body = parseBody(raw, String(req.headers["content-type"] ?? ""));
    // 5. A replay carries the same signature (same timestamp and body): acknowledged, not handled again.
    if (!replays.first(signature.data)) {
      logger.info({ eventId: body.event_id ?? null }, "replayed Slack request acknowledged, not handled again");
      res.writeHead(200).end();
      return null;
    }
    return Object.assign(req, { rawBody: raw, body });
  }
}

function parseBody(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString("utf8");
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    const fields = Object.fromEntries(new URLSearchParams(text));
    if (typeof fields.payload === "string") return jsonObject(fields.payload, "form field payload");
    if (fields.ssl_check === "1") return fields;
    if (!SlashCommandFields.safeParse(fields).success) {
      throw new Refusal(400, "form body is neither a payload nor a slash command (command, user_id, channel_id)");
    }
    return fields;
  }
  if (contentType.startsWith("application/json")) return jsonObject(text, "JSON body");
  throw new Refusal(400, `unsupported content type ${JSON.stringify(contentType.slice(0, 80))}`);
}

function jsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Refusal(400, `${what} is not JSON: ${(error as Error).message}`);
  }
  const parsed = ObjectBody.safeParse(value);
  if (!parsed.success || Array.isArray(value)) {
    throw new Refusal(
      400,
      `${what} must be a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
    );
  }
  return parsed.data;
}

/** Reads the request body, refusing with 413 as soon as it passes `max` bytes (the rest is never buffered). */
function readLimited(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        cleanup();
        req.pause();
        reject(new Refusal(413, `body passed the ${max}-byte limit`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new Refusal(400, `request stream failed: ${error.message}`));
    };
    const onAborted = () => onError(new Error("client aborted"));
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onAborted);
  });
}
