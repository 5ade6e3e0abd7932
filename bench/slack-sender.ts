// The load generator's sending side, in its own process so that the Web API stand-in, the answer bookkeeping and
// the sender do not share one event loop (which inflated the acknowledgement times it measured). Receives one batch
// of requests over IPC, sends them all at once through node:http with a keep-alive agent, and sends back, per
// request, the status and the client-side acknowledgement time (until the response's status line arrived).
import { Agent, request } from "node:http";

export interface SenderRequest {
  body: string;
  headers: Record<string, string>;
}

export interface SenderBatch {
  kind: "batch";
  url: string;
  requests: SenderRequest[];
}

export interface SenderResult {
  status: number;
  /** Milliseconds until the response's status line arrived; null when the request failed. */
  ackMs: number | null;
  /** When the request was started, in milliseconds since the epoch (comparable across processes). */
  startedAt: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
const epochNow = () => performance.timeOrigin + performance.now();

function send(url: URL, req: SenderRequest): Promise<SenderResult> {
  const startedAt = epochNow();
  return new Promise((resolve) => {
    const body = Buffer.from(req.body);
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        headers: { ...req.headers, "content-length": String(body.length) },
        timeout: 30_000,
      },
      (response) => {
        const ackMs = epochNow() - startedAt;
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, ackMs, startedAt }));
        response.on("error", () => resolve({ status: response.statusCode ?? 0, ackMs, startedAt }));
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", () => resolve({ status: 0, ackMs: null, startedAt }));
    outgoing.end(body);
  });
}

process.on("message", (message: unknown) => {
  const batch = message as SenderBatch;
  if (batch?.kind !== "batch") return;
  const url = new URL(batch.url);
  void Promise.all(batch.requests.map((r) => send(url, r))).then((results) => {
    process.send?.({ kind: "results", results });
  });
});
process.on("disconnect", () => {
  agent.destroy();
  process.exit(0);
});
process.send?.({ kind: "ready" });
