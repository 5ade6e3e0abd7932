// Waits until a recorder's state satisfies a check, woken by its change events instead of fixed sleeps.
import type { EventEmitter } from "node:events";

/**
 * Resolves with the first non-undefined value `check` returns, re-checking on every `change` event of
 * `emitter`; rejects after `timeoutMs` with `describe()` in the message so a failing test shows what happened.
 */
export function waitFor<T>(
  emitter: EventEmitter,
  check: () => T | undefined,
  options: { timeoutMs?: number; what?: string; describe?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 25_000;
  return new Promise<T>((resolve, reject) => {
    const tryNow = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        cleanup();
        reject(error);
        return true;
      }
      if (value === undefined) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const onChange = () => {
      tryNow();
    };
    const timer = setTimeout(() => {
      cleanup();
      const seen = options.describe ? `\nRecorded so far:\n${options.describe()}` : "";
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${options.what ?? "a condition"}${seen}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off("change", onChange);
    };
    emitter.on("change", onChange);
    tryNow();
  });
}
