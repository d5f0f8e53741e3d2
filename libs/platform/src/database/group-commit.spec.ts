import { GroupCommit } from './group-commit';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((done, fail) => ((resolve = done), (reject = fail)));
  return { promise, resolve, reject };
}

describe('GroupCommit', () => {
  it('writes the first item at once and what came while it was written as the next batch, in order', async () => {
    const writes: string[][] = [];
    const gates = [deferred(), deferred(), deferred()];
    const commit = new GroupCommit<string>(async (batch) => {
      writes.push([...batch]);
      await gates[writes.length - 1].promise;
    }, 10);
    const first = commit.submit('a');
    const rest = ['b', 'c', 'd'].map((item) => commit.submit(item));
    expect(writes).toEqual([['a']]);
    gates[0].resolve();
    await first;
    await Promise.resolve();
    expect(writes).toEqual([['a'], ['b', 'c', 'd']]);
    gates[1].resolve();
    await Promise.all(rest);
    expect(writes).toHaveLength(2);
  });

  it('writes at most `maxBatch` items at a time', async () => {
    const writes: number[][] = [];
    const gate = deferred();
    const commit = new GroupCommit<number>(async (batch) => {
      writes.push([...batch]);
      if (writes.length === 1) await gate.promise;
    }, 2);
    const all = [1, 2, 3, 4, 5].map((item) => commit.submit(item));
    gate.resolve();
    await Promise.all(all);
    expect(writes).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('rejects every item of a failed batch with its error and goes on with the next batch', async () => {
    const gate = deferred();
    let writes = 0;
    const commit = new GroupCommit<string>(async (batch) => {
      writes++;
      if (writes === 1) await gate.promise;
      if (batch.includes('bad')) throw new Error('disk full');
    }, 10);
    const first = commit.submit('first');
    const failed = [commit.submit('x'), commit.submit('bad')];
    gate.resolve();
    await first;
    await expect(failed[0]).rejects.toThrow('disk full');
    await expect(failed[1]).rejects.toThrow('disk full');
    await expect(commit.submit('later')).resolves.toBeUndefined();
    expect(writes).toBe(3);
  });

  it('refuses a batch size below 1', () => {
    expect(() => new GroupCommit<string>(async () => undefined, 0)).toThrow(RangeError);
  });
});
