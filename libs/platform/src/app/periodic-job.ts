export interface PeriodicJob {
  /** The run started at once; settles when it is done (a failed run is reported, not thrown). */
  firstRun: Promise<void>;
  stop(): void;
}

/**
 * Runs `job` at once and then every `intervalMs`, for the services' housekeeping (retention,
 * overdue reports, the calendar). A failed run goes to `onError` and the next one comes as
 * planned; the timer does not keep the process alive.
 */
export function runPeriodically(intervalMs: number, job: () => Promise<unknown>, onError: (error: unknown) => void): PeriodicJob {
  const run = async (): Promise<void> => {
    try {
      await job();
    } catch (error) {
      onError(error);
    }
  };
  const firstRun = run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return { firstRun, stop: () => clearInterval(timer) };
}
