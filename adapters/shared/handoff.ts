// A bounded hand-off between the thread that acknowledges requests and the work they start: `offer` only queues
// (the work begins on a later turn of the event loop, after the acknowledgement is written), at most `concurrency`
// items run at once, and a full queue refuses instead of growing, so memory stays bounded under any burst.

export interface HandoffOptions<T> {
  /** Items waiting (not yet started) beyond which `offer` refuses. */
  capacity: number;
  /** Items running at once. */
  concurrency: number;
  run: (item: T) => Promise<void>;
  /** A run that threw; the hand-off goes on with the next item. */
  onError: (error: unknown, item: T) => void;
}

export interface Handoff<T> {
  /** Queues `item`; false (and nothing queued) when `capacity` items are already waiting. */
  offer(item: T): boolean;
  /** Drops the items still waiting (on shutdown) and returns how many; running ones finish. */
  clear(): number;
  readonly waiting: number;
  readonly running: number;
}

export function createHandoff<T>(options: HandoffOptions<T>): Handoff<T> {
  const capacity = Math.max(0, Math.floor(options.capacity));
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const queue: T[] = [];
  let head = 0;
  let running = 0;
  let scheduled = false;

  const waiting = () => queue.length - head;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  function drain() {
    scheduled = false;
    while (running < concurrency && waiting() > 0) {
      const item = queue[head] as T;
      queue[head++] = undefined as T; // released for the GC
      if (head === queue.length || (head > 1024 && head * 2 > queue.length)) {
        queue.splice(0, head);
        head = 0;
      }
      running++;
      Promise.resolve()
        .then(() => options.run(item))
        .catch((error: unknown) => options.onError(error, item))
        .finally(() => {
          running--;
          if (waiting() > 0) schedule();
        });
    }
  }

  return {
    offer(item) {
      if (waiting() >= capacity) return false;
      queue.push(item);
      schedule();
      return true;
    },
    clear() {
      const dropped = waiting();
      queue.length = 0;
      head = 0;
      return dropped;
    },
    get waiting() {
      return waiting();
    },
    get running() {
      return running;
    },
  };
}
