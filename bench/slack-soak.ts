// `npm run soak`: a few minutes of mixed traffic against the real Slack app (adapters/main.ts in a child process)
// and the Web API stand-in on 127.0.0.1: questions from many users, malformed and unsigned requests, oversized
// bodies, stale and future timestamps, replays and rate-limited bursts. Prints the app's memory (after a GC) every
// SOAK_SAMPLE_S seconds as JSON lines, then a summary. Bounded by SOAK_SECONDS (default 180, at most 900).
import { signSlackRequest } from "../test/harness/slack-requests.ts";
import { LOAD_QUESTIONS, mention, post, postSigned, SIGNING_SECRET, startTarget } from "./slack-target.ts";

const SECONDS = Math.min(900, Number(process.env.SOAK_SECONDS ?? 180));
const SAMPLE_S = Number(process.env.SOAK_SAMPLE_S ?? 15);

const target = await startTarget();
const statuses: Record<string, number> = {};
const count = (status: number) => {
  statuses[status] = (statuses[status] ?? 0) + 1;
};
const samples: { s: number; rssMb: number; heapUsedMb: number }[] = [];
const started = performance.now();
let round = 0;
let user = 0;
try {
  let nextSample = 0;
  while (performance.now() - started < SECONDS * 1000) {
    round++;
    const now = Math.floor(Date.now() / 1000);
    const jobs: Promise<{ status: number }>[] = [];
    // Questions from 20 users (new ids each round: the limiter and stores see a stream of fresh users).
    for (let i = 0; i < 20; i++) {
      const id = user++;
      const payload = mention(
        target,
        `U0SOAK${id}`,
        `C0SOAK${id % 1000}`,
        LOAD_QUESTIONS[id % LOAD_QUESTIONS.length] ?? "",
      );
      jobs.push(postSigned(target.events, payload));
      // Every tenth is replayed verbatim.
      if (i % 10 === 0) jobs.push(postSigned(target.events, payload, now));
    }
    // One user's burst of 15: 10 answered, one ephemeral notice, the rest silent.
    for (let i = 0; i < 15; i++)
      jobs.push(
        postSigned(target.events, mention(target, `U0BURST${round % 50}`, "C0BURST", `Integrationsrådet ${i}?`)),
      );
    // Malformed: null, a JSON string, broken JSON, form payload=null, unsigned, future, stale, oversized.
    const signed = (body: string, type: string, ts = now) =>
      post(target.events, body, { "content-type": type, ...signSlackRequest(body, SIGNING_SECRET, ts) });
    jobs.push(signed("null", "application/json"));
    jobs.push(signed('"x"', "application/json"));
    jobs.push(signed('{"type":', "application/json"));
    jobs.push(signed("payload=null", "application/x-www-form-urlencoded"));
    jobs.push(post(target.events, '{"type":"event_callback"}', { "content-type": "application/json" }));
    jobs.push(signed('{"type":"event_callback"}', "application/json", now + 400));
    jobs.push(signed('{"type":"event_callback"}', "application/json", now - 400));
    jobs.push(signed(JSON.stringify({ pad: "x".repeat(600 * 1024) }), "application/json"));
    for (const r of await Promise.all(jobs)) count(r.status);

    const elapsed = (performance.now() - started) / 1000;
    if (elapsed >= nextSample) {
      const m = await target.memory();
      samples.push({ s: Math.round(elapsed), rssMb: m.rssMb, heapUsedMb: m.heapUsedMb });
      process.stdout.write(
        `${JSON.stringify({ soak: { s: Math.round(elapsed), rounds: round, ...m, kind: undefined } })}\n`,
      );
      nextSample += SAMPLE_S;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const m = await target.memory();
  samples.push({ s: Math.round((performance.now() - started) / 1000), rssMb: m.rssMb, heapUsedMb: m.heapUsedMb });
  const warm = samples.filter((x) => x.s >= Math.min(60, SECONDS / 3));
  const range = (k: "rssMb" | "heapUsedMb") => [Math.min(...warm.map((x) => x[k])), Math.max(...warm.map((x) => x[k]))];
  process.stdout.write(
    `${JSON.stringify({
      soakSummary: {
        seconds: SECONDS,
        rounds: round,
        requests: Object.values(statuses).reduce((a, b) => a + b, 0),
        statuses,
        posts: target.slack.callsOf("chat.postMessage").length,
        ephemeral: target.slack.callsOf("chat.postEphemeral").length,
        afterWarmUp: { rssMb: range("rssMb"), heapUsedMb: range("heapUsedMb") },
        last: m,
      },
    })}\n`,
  );
} finally {
  await target.stop();
}
