import { Bulkhead } from './bulkhead';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Bulkhead', () => {
  it('runs at most `limit` at once and the others in arrival order as places free up', async () => {
    const bulkhead = new Bulkhead(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const runs = gates.map((gate, index) =>
      bulkhead.run(async () => {
        started.push(index);
        running++;
        most = Math.max(most, running);
        await gate.promise;
        running--;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    gates[3].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
  });

  it('frees the place of work that fails', async () => {
    const bulkhead = new Bulkhead(1);
    await expect(bulkhead.run(() => Promise.reject(new Error('nej')))).rejects.toThrow('nej');
    expect(await bulkhead.run(() => Promise.resolve('ja'))).toBe('ja');
  });

  it('refuses a limit below 1', () => {
    expect(() => new Bulkhead(0)).toThrow(RangeError);
  });
});
