import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPoliteClient, HttpError, parseRetryAfter } from "../../src/sources/polite-client.ts";

interface Seen {
  path: string;
  start: number;
  end: number;
  ua: string | undefined;
  cookie: string | undefined;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A local server whose handler sees each request's number (per path, from 1). */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, nth: number) => void) {
  const seen: Seen[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const entry: Seen = {
      path: req.url ?? "",
      start: Date.now(),
      end: 0,
      ua: req.headers["user-agent"],
      cookie: req.headers.cookie,
    };
    seen.push(entry);
    res.on("finish", () => {
      entry.end = Date.now();
    });
    const nth = (counts.get(entry.path) ?? 0) + 1;
    counts.set(entry.path, nth);
    handler(req, res, nth);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const fast = { pauseMs: 0, backoffMs: 10, timeoutMs: 2000 };

describe("polite client", () => {
  it("names the project in its User-Agent and keeps at most 2 requests in flight, paused apart", async () => {
    const { url, seen } = await serve((_req, res) => {
      setTimeout(() => res.end("ok"), 60);
    });
    // Timed where the client sends, not where the server receives (the first connection takes a while to open).
    const sent: { start: number; end: number }[] = [];
    const client = createPoliteClient({
      ...fast,
      pauseMs: 40,
      fetch: async (input, init) => {
        const entry = { start: performance.now(), end: Number.POSITIVE_INFINITY };
        sent.push(entry);
        const response = await fetch(input, init);
        const body = await response.arrayBuffer();
        entry.end = performance.now();
        return new Response(body, { status: response.status, headers: response.headers });
      },
    });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client.get(`${url}/${i}`)));
    expect(seen).toHaveLength(6);
    expect(seen.every((s) => s.ua?.startsWith("Referat/"))).toBe(true);
    for (const s of sent) {
      const inFlight = sent.filter((o) => o.start <= s.start && o.end > s.start).length;
      expect(inFlight).toBeLessThanOrEqual(2);
    }
    // Six starts at least 40 ms apart span at least 200 ms (measured beside the client, so one late measurement
    // may shorten one gap: the span is what the pause guarantees).
    const starts = sent.map((s) => s.start).sort((a, b) => a - b);
    expect((starts[5] as number) - (starts[0] as number)).toBeGreaterThanOrEqual(180);
  });

  it("retries a 500 with back-off and returns the answer that follows", async () => {
    const { url, seen } = await serve((_req, res, nth) => {
      if (nth < 3) res.writeHead(500).end("down");
      else res.end("ok");
    });
    const response = await createPoliteClient(fast).get(`${url}/x`);
    expect(response.body.toString()).toBe("ok");
    expect(seen).toHaveLength(3);
  });

  it("waits as long as a 429's Retry-After says before asking again", async () => {
    const { url, seen } = await serve((_req, res, nth) => {
      if (nth === 1) res.writeHead(429, { "retry-after": "1" }).end("slow down");
      else res.end("ok");
    });
    await createPoliteClient(fast).get(`${url}/x`);
    expect((seen[1] as Seen).start - (seen[0] as Seen).start).toBeGreaterThanOrEqual(950);
  });

  it("gives up on a Retry-After longer than it waits, naming the URL", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(429, { "retry-after": "3600" }).end();
    });
    await expect(createPoliteClient(fast).get(`${url}/x`)).rejects.toThrow(
      `${url}/x: HTTP 429, Retry-After 3600 s is longer than we wait`,
    );
  });

  it("abandons a request that hangs after the timeout and retries it", async () => {
    const { url, seen } = await serve((_req, res, nth) => {
      if (nth > 1) res.end("ok");
    });
    const response = await createPoliteClient({ ...fast, timeoutMs: 200 }).get(`${url}/x`);
    expect(response.body.toString()).toBe("ok");
    expect(seen).toHaveLength(2);
  });

  it("fails with the URL and the reason after its retries", async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(503).end();
    });
    const error = await createPoliteClient({ ...fast, retries: 2 })
      .get(`${url}/x`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe(`${url}/x: HTTP 503 (3 attempts)`);
    expect(seen).toHaveLength(3);
  });

  it("does not retry a 404", async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(404).end();
    });
    await expect(createPoliteClient(fast).get(`${url}/x`)).rejects.toThrow(`${url}/x: HTTP 404`);
    expect(seen).toHaveLength(1);
  });

  it("follows redirects and sends back the cookies set on the way", async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.url === "/api") {
        if (req.headers.cookie === "s=1") res.end("data");
        else res.writeHead(302, { location: "/login" }).end();
      } else if (req.url === "/login") {
        res.writeHead(302, { location: "/api", "set-cookie": "s=1; Path=/; HttpOnly" }).end();
      } else res.writeHead(404).end();
    });
    const response = await createPoliteClient(fast).get(`${url}/api`);
    expect(response.body.toString()).toBe("data");
    expect(response.redirects).toBe(2);
    expect(seen.map((s) => [s.path, s.cookie ?? null])).toEqual([
      ["/api", null],
      ["/login", null],
      ["/api", "s=1"],
    ]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("Tue, 01 Dec 2026 10:00:30 GMT", Date.parse("2026-12-01T10:00:00Z"))).toBe(30_000);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});

describe("polite client, body size", () => {
  it("gives up on a body larger than the limit, by its Content-Length or as it arrives, and does not retry", async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.url === "/declared") {
        res.writeHead(200, { "content-length": String(2048) });
        res.end("x".repeat(2048));
        return;
      }
      // No Content-Length: chunks until the client stops reading (a server that sends without end).
      res.writeHead(200, { "content-type": "application/json" });
      const send = () => {
        if (res.destroyed) return;
        if (res.write("y".repeat(512))) setImmediate(send);
        else res.once("drain", send);
      };
      send();
    });
    const client = createPoliteClient({ ...fast, maxBodyBytes: 1024 });
    await expect(client.get(`${url}/declared`)).rejects.toThrow(
      new HttpError(`${url}/declared`, 200, "response too large: 2.0 KB, the limit is 1.0 KB per document"),
    );
    await expect(client.get(`${url}/endless`)).rejects.toThrow(/\/endless: response too large: .*the limit is/);
    expect(seen.map((s) => s.path)).toEqual(["/declared", "/endless"]);
  });

  it("reads a body of exactly the limit", async () => {
    const { url } = await serve((_req, res) => res.end("z".repeat(1024)));
    const response = await createPoliteClient({ ...fast, maxBodyBytes: 1024 }).get(`${url}/a`);
    expect(response.body.length).toBe(1024);
  });
});
