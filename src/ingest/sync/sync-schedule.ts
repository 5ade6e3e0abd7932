// Runs sync in the background every so often (`npm start` with SYNC_EVERY): never two at once, never after stop.

export interface SyncScheduleOptions {
  /** Milliseconds from the start of one run to the start of the next (a longer run delays the next). */
  everyMs: number;
  /** One sync; a rejection is passed to onError and the schedule goes on. */
  run: () => Promise<void>;
  onError: (error: unknown) => void;
  /** Run once at once (default true), else first after everyMs. */
  runAtStart?: boolean;
}

export interface SyncSchedule {
  /** Runs a sync now unless one is running; resolves when that run (or the running one) ends. */
  runNow(): Promise<void>;
  /** No further runs start; a run under way finishes in the background (its files are written atomically). */
  stop(): void;
}

export function scheduleSync(options: SyncScheduleOptions): SyncSchedule {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const runNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) return running;
    if (timer) clearTimeout(timer);
    const started = Date.now();
    running = options
      .run()
      .catch(options.onError)
      .finally(() => {
        running = null;
        if (stopped) return;
        timer = setTimeout(runNow, Math.max(0, options.everyMs - (Date.now() - started)));
        // A pending sync must not keep a process alive that has nothing else to do.
        timer.unref();
      });
    return running;
  };

  if (options.runAtStart ?? true) void runNow();
  else {
    timer = setTimeout(runNow, options.everyMs);
    timer.unref();
  }
  return {
    runNow,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
