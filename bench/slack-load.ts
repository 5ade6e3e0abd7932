// `npm run load`: N concurrent signed app_mention events against the real Bolt app (adapters/main.ts in a child
// process) and the Web API stand-in, all on 127.0.0.1. Prints one JSON line: acknowledgement p50/p95/max, answer
// p50/p95, and the app's memory before and after. Bounded: SLACK_LOAD_EVENTS (default 500) events, and at most
// SLACK_LOAD_TIMEOUT_S (default 120) seconds waiting for answers.
import { LOAD_QUESTIONS, mention, percentiles, postSigned, startTarget } from "./slack-target.ts";

const EVENTS = Math.min(5_000, Number(process.env.SLACK_LOAD_EVENTS ?? 500));
const TIMEOUT_S = Math.min(600, Number(process.env.SLACK_LOAD_TIMEOUT_S ?? 120));

const target = await startTarget();
try {
  // Warm-up: one answer, so loading and first-call costs are not counted as load.
  await postSigned(target.events, mention(target, "U0WARMUP", "C0WARMUP", LOAD_QUESTIONS[0] as string));
  await until(() => target.answeredAt("C0WARMUP") !== undefined, 30_000);
  const before = await target.memory();

  const channels = Array.from({ length: EVENTS }, (_, i) => `C0LOAD${String(i).padStart(5, "0")}`);
  const sent = await Promise.all(
    channels.map((channel, i) =>
      postSigned(
        target.events,
        mention(target, `U0LOAD${i}`, channel, LOAD_QUESTIONS[i % LOAD_QUESTIONS.length] as string),
      ),
    ),
  );
  const deadline = performance.now() + TIMEOUT_S * 1000;
  await until(() => channels.every((c) => target.answeredAt(c) !== undefined), deadline - performance.now());
  const answers = channels
    .map((c, i) => {
      const at = target.answeredAt(c);
      return at === undefined ? null : at - (sent[i]?.started ?? 0);
    })
    .filter((ms): ms is number => ms !== null);
  const acks = sent.map((s) => s.ackMs).filter((ms): ms is number => ms !== null && ms >= 0);
  const after = await target.memory();
  process.stdout.write(
    `${JSON.stringify({
      slack: {
        events: EVENTS,
        acknowledged: sent.filter((s) => s.status === 200).length,
        statuses: countBy(sent.map((s) => s.status)),
        ackMs: percentiles(acks),
        acksOver1s: acks.filter((ms) => ms > 1000).length,
        acksOver3s: acks.filter((ms) => ms > 3000).length,
        answered: answers.length,
        answerMs: percentiles(answers),
        memoryBefore: before,
        memoryAfter: after,
      },
    })}\n`,
  );
} finally {
  await target.stop();
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = performance.now() + Math.max(0, timeoutMs);
  while (!check() && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
}

function countBy(values: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}
