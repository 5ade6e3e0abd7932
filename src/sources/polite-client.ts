// A polite HTTP client for publishing systems: few requests at a time, a pause between them, a timeout per
// request, retries with back-off (honouring Retry-After), a User-Agent naming the project, redirects and cookies.
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_MAX_DOCUMENT_BYTES, tooLarge } from "../ingest/document-limits.ts";

/** Options of the client; every field has a default in POLITE_DEFAULTS. */
export interface PoliteClientOptions {
  /** Sent with every request, so a site's operators can see who is asking and how to reach the project. */
  userAgent: string;
  /** At most this many requests are in flight at once. */
  concurrency: number;
  /** Milliseconds between the starts of two requests (to the same client, whatever the host). */
  pauseMs: number;
  /** Milliseconds one attempt may take, body included, before it is abandoned (and retried). */
  timeoutMs: number;
  /** Attempts after the first, on a timeout, a network error, a 5xx or a 429. */
  retries: number;
  /** Wait before the first retry; doubled before each further one (unless Retry-After says otherwise). */
  backoffMs: number;
  /** A Retry-After longer than this fails the request instead of waiting (it is retried on the next sync). */
  maxRetryAfterMs: number;
  /** Redirects followed per request. */
  maxRedirects: number;
  /**
   * Bytes of one response body; a larger one (by Content-Length, or as it arrives) is abandoned unread and not retried,
   * so a server sending without end cannot fill memory. Default: the per-document size limit of `index`.
   */
  maxBodyBytes: number;
  /** The fetch to use (tests may wrap it); default the global fetch. */
  fetch: typeof fetch;
}

export const POLITE_DEFAULTS: PoliteClientOptions = {
  userAgent: "Referat/0.1 (minutes assistant for Danish municipal committees; sync of published agendas and minutes)",
  concurrency: 2,
  pauseMs: 500,
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 2_000,
  maxRetryAfterMs: 120_000,
  maxRedirects: 5,
  maxBodyBytes: DEFAULT_MAX_DOCUMENT_BYTES,
  fetch: (...args) => fetch(...args),
};

/** A request that failed for good: names the URL and what went wrong. */
export class HttpError extends Error {
  readonly url: string;
  /** The HTTP status of the last attempt, or null for a timeout or network error. */
  readonly status: number | null;
  constructor(url: string, status: number | null, reason: string) {
    super(`${url}: ${reason}`);
    this.name = "HttpError";
    this.url = url;
    this.status = status;
  }
}

export interface HttpResponse {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
  /** Redirects followed. */
  redirects: number;
}

export interface PoliteClient {
  /** GETs a URL; resolves with a 2xx response, rejects with HttpError after the retries. */
  get(url: string): Promise<HttpResponse>;
  /** Requests started so far (attempts, redirects included), for reports and tests. */
  readonly requests: number;
}

/** Statuses worth another attempt: the server is busy or failing, not refusing. */
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

export function createPoliteClient(options: Partial<PoliteClientOptions> = {}): PoliteClient {
  const o: PoliteClientOptions = { ...POLITE_DEFAULTS, ...options };
  const jar = new CookieJar();
  const gate = new Gate(o.concurrency, o.pauseMs);
  let requests = 0;

  /** One attempt: the request and its redirects, each hop through the gate, cookies stored and sent. */
  async function attempt(url: string): Promise<HttpResponse & { retryAfter: string | null }> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const { res, body } = await gate.run(async () => {
        requests += 1;
        const signal = AbortSignal.timeout(o.timeoutMs);
        const headers: Record<string, string> = {
          "user-agent": o.userAgent,
          accept: "application/json, text/html;q=0.9",
        };
        const cookie = jar.header(current);
        if (cookie) headers.cookie = cookie;
        const res = await o.fetch(current, { headers, redirect: "manual", signal });
        jar.store(current, res.headers.getSetCookie());
        // The body is read inside the timeout too: a server that sends headers and then stalls is abandoned.
        return { res, body: await readBody(res, url, o.maxBodyBytes) };
      });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        if (hop >= o.maxRedirects)
          throw new GiveUp(new HttpError(url, res.status, `more than ${o.maxRedirects} redirects`));
        current = new URL(location, current).toString();
        continue;
      }
      return {
        url,
        finalUrl: current,
        status: res.status,
        contentType: res.headers.get("content-type") ?? "",
        body,
        redirects: hop,
        retryAfter: res.headers.get("retry-after"),
      };
    }
  }

  return {
    get requests() {
      return requests;
    },
    async get(url: string): Promise<HttpResponse> {
      let backoff = o.backoffMs;
      for (let tries = 1; ; tries++) {
        let reason: string;
        let status: number | null = null;
        let wait = backoff;
        try {
          const { retryAfter, ...response } = await attempt(url);
          if (response.status >= 200 && response.status < 300) return response;
          status = response.status;
          reason = `HTTP ${status}`;
          if (!RETRY_STATUSES.has(status)) throw new HttpError(url, status, reason);
          const asked = parseRetryAfter(retryAfter);
          if (asked !== null && asked > o.maxRetryAfterMs) {
            throw new HttpError(
              url,
              status,
              `${reason}, Retry-After ${Math.ceil(asked / 1000)} s is longer than we wait`,
            );
          }
          if (asked !== null) wait = asked;
        } catch (error) {
          if (error instanceof HttpError) throw error;
          if (error instanceof GiveUp) throw error.error;
          reason = describe(error, o.timeoutMs);
        }
        if (tries > o.retries) throw new HttpError(url, status, `${reason} (${tries} attempts)`);
        await sleep(wait);
        backoff *= 2;
      }
    },
  };
}

/** Wraps an error that no retry can mend. */
/** A response's body, refused (given up, not retried) once it is larger than `limit` bytes. */
async function readBody(res: Response, url: string, limit: number): Promise<Buffer> {
  const refuse = async (size: number): Promise<never> => {
    await res.body?.cancel().catch(() => {});
    throw new GiveUp(
      new HttpError(url, res.status, `response ${tooLarge(size, limit).replace(/ \(raise it.*\)$/, "")}`),
    );
  };
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return refuse(declared);
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.releaseLock();
      return refuse(size);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

class GiveUp extends Error {
  constructor(readonly error: HttpError) {
    super(error.message);
  }
}

/** Retry-After as milliseconds: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * At most `limit` tasks at once, and each starting at least `pauseMs` after the one before. Tasks wait their turn
 * in the order they asked.
 */
class Gate {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** Resolves with the time the latest task actually started (performance.now()). */
  private lastStart: Promise<number> = Promise.resolve(Number.NEGATIVE_INFINITY);
  constructor(
    private readonly limit: number,
    private readonly pauseMs: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active += 1;
    try {
      // The pause is counted from when the task before really started, not from when it was planned to: a late
      // timer must not bunch two requests together.
      const previous = this.lastStart;
      let started: (at: number) => void = () => {};
      this.lastStart = new Promise((resolve) => {
        started = resolve;
      });
      for (let wait = (await previous) + this.pauseMs - performance.now(); wait > 0; ) {
        await sleep(wait);
        wait = (await previous) + this.pauseMs - performance.now();
      }
      started(performance.now());
      return await task();
    } finally {
      this.active -= 1;
      this.queue.shift()?.();
    }
  }
}

/** Cookies per host, as the host set them (name=value); enough for a site's session cookie. */
class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  store(url: string, setCookies: readonly string[]): void {
    if (setCookies.length === 0) return;
    const host = new URL(url).host;
    const cookies = this.byHost.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((a) => {
        const [key = "", value = ""] = a.split("=").map((s) => s.trim());
        return (
          (key.toLowerCase() === "max-age" && Number(value) <= 0) ||
          (key.toLowerCase() === "expires" && Date.parse(value) < Date.now())
        );
      });
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(at + 1).trim());
    }
    this.byHost.set(host, cookies);
  }

  header(url: string): string | null {
    const cookies = this.byHost.get(new URL(url).host);
    if (!cookies || cookies.size === 0) return null;
    return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
