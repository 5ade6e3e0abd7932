// A small pool of worker threads running the answer engine, behind the same Assistant interface the adapters use.
// Chat adapters acknowledge on the main thread while answers are computed here; a bounded queue sheds load
// (a refused ask rejects at once) instead of growing without limit.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Answer, AskOptions, Assistant } from "../../src/domain/index.ts";

export interface EnginePoolOptions {
  indexDir: string;
  publicBaseUrl?: string | null;
  /** Worker threads; default one less than the cores, at least 1, at most 4. */
  size?: number;
  /** Questions waiting beyond those being answered; more are refused. Default 2 000. */
  maxQueue?: number;
}

export interface EnginePool extends Assistant {
  readonly size: number;
  /** Questions waiting for a worker. */
  readonly queued: number;
  close(): Promise<void>;
}

/** Default pool size for this machine. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Job {
  id: number;
  question: string;
  options: AskOptions;
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const ENTRY = new URL("./engine-worker-entry.mjs", import.meta.url);

/** Starts the workers and resolves once each has loaded the index (rejects if one cannot). */
export async function startEnginePool(options: EnginePoolOptions): Promise<EnginePool> {
  const size = options.size ?? defaultPoolSize();
  const maxQueue = options.maxQueue ?? 2_000;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(ENTRY, {
        workerData: { indexDir: options.indexDir, publicBaseUrl: options.publicBaseUrl ?? null },
      });
      const slot: Slot = { worker, job: null };
      let ready = false;
      worker.on("message", (message: { ready?: true; id?: number; answer?: Answer; error?: string }) => {
        if (message.ready) {
          ready = true;
          resolve(slot);
          return;
        }
        const job = slot.job;
        if (!job || job.id !== message.id) return;
        slot.job = null;
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.answer as Answer);
        dispatch();
      });
      worker.on("error", (error) => {
        if (!ready) reject(new Error(`engine worker could not start: ${error.message}`, { cause: error }));
        slot.job?.reject(new Error(`engine worker failed: ${error.message}`, { cause: error }));
        slot.job = null;
      });
      worker.on("exit", (code) => {
        slot.job?.reject(new Error(`engine worker exited with code ${code}`));
        slot.job = null;
        const at = slots.indexOf(slot);
        if (at >= 0) slots.splice(at, 1);
        if (!ready) reject(new Error(`engine worker exited with code ${code} before it was ready`));
        // A worker that dies is replaced, so one poisonous question cannot shrink the pool to nothing.
        if (ready && !closed)
          spawn().then(
            (fresh) => {
              slots.push(fresh);
              dispatch();
            },
            () => {},
          );
      });
    });

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, question: job.question, options: job.options });
    }
  };

  try {
    slots.push(...(await Promise.all(Array.from({ length: size }, spawn))));
  } catch (error) {
    closed = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw error;
  }

  return {
    size,
    get queued() {
      return queue.length;
    },
    ask(question, askOptions = {}) {
      if (closed) return Promise.reject(new Error("the engine pool is closed"));
      if (queue.length >= maxQueue) {
        return Promise.reject(new Error(`the engine is busy (${queue.length} questions waiting)`));
      }
      return new Promise<Answer>((resolve, reject) => {
        queue.push({ id: nextId++, question, options: askOptions, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the engine pool is closed"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
