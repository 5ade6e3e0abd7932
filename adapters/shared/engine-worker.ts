// One engine worker thread: loads the index once, then answers { id, question, options } messages with
// { id, answer } or { id, error }. Runs the CPU-heavy engine off the thread that acknowledges chat requests.
import { parentPort, workerData } from "node:worker_threads";
import { loadAssistant } from "../../src/assistant.ts";
import type { AskOptions } from "../../src/domain/index.ts";

const { indexDir, publicBaseUrl } = workerData as { indexDir: string; publicBaseUrl: string | null };
const port = parentPort;
if (!port) throw new Error("engine-worker.ts runs only as a worker thread");

const assistant = await loadAssistant({ indexDir, ...(publicBaseUrl ? { publicBaseUrl } : {}) });
port.on("message", async (message: { id: number; question: string; options: AskOptions }) => {
  try {
    const answer = await assistant.ask(message.question, message.options);
    port.postMessage({ id: message.id, answer });
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
