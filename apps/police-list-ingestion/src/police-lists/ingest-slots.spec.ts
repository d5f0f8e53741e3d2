import { IngestSlots } from './ingest-slots';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('IngestSlots', () => {
  it('runs at most its size at once and the rest in the order they came', async () => {
    const slots = new IngestSlots(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const tasks = gates.map((gate, index) =>
      slots.run(async () => {
        started.push(index);
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await tasks[1];
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    gates[3].resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const slots = new IngestSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('afvist')))).rejects.toThrow('afvist');
    await expect(slots.run(() => Promise.resolve('næste'))).resolves.toBe('næste');
  });
});
