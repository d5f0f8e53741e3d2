import { runPeriodically } from './periodic-job';

describe('runPeriodically', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once and then every interval until stopped', async () => {
    let runs = 0;
    const job = runPeriodically(1_000, async () => void (runs += 1), () => undefined);
    await job.firstRun;
    expect(runs).toBe(1);
    jest.advanceTimersByTime(2_500);
    expect(runs).toBe(3);
    job.stop();
    jest.advanceTimersByTime(5_000);
    expect(runs).toBe(3);
  });

  it('reports a failed run and goes on', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = runPeriodically(
      1_000,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('database away');
      },
      (error) => errors.push(error),
    );
    await job.firstRun;
    jest.advanceTimersByTime(1_000);
    expect([runs, errors.map(String)]).toEqual([2, ['Error: database away']]);
    job.stop();
  });
});
