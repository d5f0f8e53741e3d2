import { ThrottledReading } from './throttled-reading';

/** A read whose answers the test hands out one at a time. */
function controlledRead<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const read = jest.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })));
  return { read, answer: (value: T) => pending.shift()!.resolve(value), fail: (error: Error) => pending.shift()!.reject(error) };
}

describe('ThrottledReading', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('reads once per interval however often it is asked', async () => {
    const read = jest.fn(async () => clock);
    const reading = new ThrottledReading(read, { minIntervalMs: 5_000, waitMs: 1_000, now });

    expect(await reading.current()).toEqual({ value: 1_000_000, readAt: 1_000_000, ok: true });
    clock += 4_999;
    expect((await reading.current()).value).toBe(1_000_000);
    expect(read).toHaveBeenCalledTimes(1);
    clock += 1;
    expect((await reading.current()).value).toBe(1_005_000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('lets parallel callers share one reading', async () => {
    const source = controlledRead<number>();
    const reading = new ThrottledReading(source.read, { minIntervalMs: 0, waitMs: 10_000, now });

    const both = Promise.all([reading.current(), reading.current()]);
    source.answer(7);

    expect((await both).map((state) => state.value)).toEqual([7, 7]);
    expect(source.read).toHaveBeenCalledTimes(1);
  });

  it('keeps the last good value and reports not ok when a reading fails, once', async () => {
    const failures: unknown[] = [];
    let fail = false;
    const reading = new ThrottledReading(
      async () => {
        if (fail) throw new Error('broker gone');
        return 42;
      },
      { minIntervalMs: 0, waitMs: 1_000, now, onFailure: (error) => failures.push(error) },
    );
    await reading.current();
    const goodAt = clock;

    fail = true;
    clock += 10_000;
    expect(await reading.current()).toEqual({ value: 42, readAt: goodAt, ok: false });
    clock += 10_000;
    expect(await reading.current()).toEqual({ value: 42, readAt: goodAt, ok: false });
    expect(failures).toEqual([new Error('broker gone')]);

    fail = false;
    expect(await reading.current()).toEqual({ value: 42, readAt: clock, ok: true });
  });

  it('answers with the last value when a reading is slow, and starts no second one meanwhile', async () => {
    const source = controlledRead<string>();
    const reading = new ThrottledReading(source.read, { minIntervalMs: 0, waitMs: 20, now });
    const first = reading.current();
    source.answer('first');
    await first;

    expect(await reading.current()).toEqual({ value: 'first', readAt: clock, ok: false });
    expect(await reading.current()).toMatchObject({ value: 'first', ok: false });
    expect(source.read).toHaveBeenCalledTimes(2);

    source.answer('second');
    await new Promise(setImmediate);
    clock += 1;
    const next = reading.current();
    source.answer('third');
    expect(await next).toEqual({ value: 'third', readAt: clock, ok: true });
  });

  it('has no value and is not ok before the first reading succeeds', async () => {
    const reading = new ThrottledReading(() => Promise.reject(new Error('no database')), { minIntervalMs: 0, waitMs: 1_000, now });
    expect(await reading.current()).toEqual({ value: undefined, readAt: undefined, ok: false });
  });
});
