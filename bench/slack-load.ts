// `npm run load`: N concurrent signed app_mention events against the real Bolt app (adapters/main.ts in a child
// process) and the Web API stand-in, all on 127.0.0.1. The events are sent from a third process
// (bench/slack-sender.ts), so the generator does not share an event loop with the stand-in. Prints one JSON line:
// - appAckMs: the app's own acknowledgement time (request received to response written, measured inside the app);
// - clientAckMs: the same acknowledgements as the sender saw them (includes the time the requests wait for the
//   machine: connecting, scheduling, the sender's own work);
// - floorAckMs: the sender's figures against a trivial 127.0.0.1 server that answers 200 at once: what the
//   machine and the generator cost with no app at all;
// - answers p50/p95 (from sending to the reply reaching the stand-in), and the app's memory before and after.
// Bounded: SLACK_LOAD_EVENTS (default 500) events, at most SLACK_LOAD_TIMEOUT_S (default 120) s waiting for answers.
import { loadavg } from "node:os";
import {
  LOAD_QUESTIONS,
  mention,
  percentiles,
  postSigned,
  signed,
  startFloorServer,
  startSender,
  startTarget,
} from "./slack-target.ts";

const EVENTS = Math.min(5_000, Number(process.env.SLACK_LOAD_EVENTS ?? 500));
const TIMEOUT_S = Math.min(600, Number(process.env.SLACK_LOAD_TIMEOUT_S ?? 120));
const loadAverage = () => loadavg().map((l) => Math.round(l * 10) / 10);

const sender = await startSender();
try {
  // The floor: the same batch shape against a server that does nothing.
  const floor = await startFloorServer();
  const floorResults = await sender.send(
    floor.url,
    Array.from({ length: EVENTS }, (_, i) => signed({ type: "event_callback", event_id: `Ev0FLOOR${i}` })),
  );
  await floor.close();

  const target = await startTarget();
  try {
    // Warm-up: one answer, so loading and first-call costs are not counted as load.
    await postSigned(target.events, mention(target, "U0WARMUP", "C0WARMUP", LOAD_QUESTIONS[0] as string));
    await until(() => target.answeredAt("C0WARMUP") !== undefined, 30_000);
    const before = await target.memory();
    await target.appAcks(); // forget the warm-up

    const loadBefore = loadAverage();
    const channels = Array.from({ length: EVENTS }, (_, i) => `C0LOAD${String(i).padStart(5, "0")}`);
    const sent = await sender.send(
      target.events,
      channels.map((channel, i) =>
        signed(mention(target, `U0LOAD${i}`, channel, LOAD_QUESTIONS[i % LOAD_QUESTIONS.length] as string)),
      ),
    );
    const deadline = performance.now() + TIMEOUT_S * 1000;
    await until(() => channels.every((c) => target.answeredAt(c) !== undefined), deadline - performance.now());
    // Stand-in arrival (this process's clock) and send time (the sender's) compared as times since the epoch.
    const answers = channels
      .map((c, i) => {
        const at = target.answeredAt(c);
        const started = sent[i]?.startedAt;
        return at === undefined || started === undefined ? null : performance.timeOrigin + at - started;
      })
      .filter((ms): ms is number => ms !== null);
    const clientAcks = sent.map((s) => s.ackMs).filter((ms): ms is number => ms !== null && ms >= 0);
    const appAcks = await target.appAcks();
    const after = await target.memory();
    process.stdout.write(
      `${JSON.stringify({
        slack: {
          events: EVENTS,
          loadAverage: { before: loadBefore, after: loadAverage() },
          acknowledged: sent.filter((s) => s.status === 200).length,
          statuses: countBy(sent.map((s) => s.status)),
          appAckMs: percentiles(appAcks),
          appAcksOver1s: appAcks.filter((ms) => ms > 1000).length,
          clientAckMs: percentiles(clientAcks),
          clientAcksOver1s: clientAcks.filter((ms) => ms > 1000).length,
          clientAcksOver3s: clientAcks.filter((ms) => ms > 3000).length,
          floorAckMs: percentiles(floorResults.map((s) => s.ackMs).filter((ms): ms is number => ms !== null)),
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
} finally {
  await sender.stop();
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
