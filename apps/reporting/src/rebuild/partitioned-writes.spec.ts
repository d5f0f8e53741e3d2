import { PartitionedWrites } from './partitioned-writes';

/** A write the test finishes when it likes, noting when it started. */
function controlledWrite(log: string[], name: string) {
  let finish: (error?: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
  return {
    write: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
    },
    finish: (error?: Error) => finish(error),
  };
}

/** Lets every promise callback that can run, run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('PartitionedWrites', () => {
  it('writes one partition in the order given, and partitions side by side', async () => {
    const log: string[] = [];
    const writes = new PartitionedWrites({ running: 3, queued: 3 }, (error) => log.push(`failed ${String(error)}`));
    const a1 = controlledWrite(log, 'a1');
    const a2 = controlledWrite(log, 'a2');
    const b1 = controlledWrite(log, 'b1');
    await writes.enqueue('a', a1.write);
    await writes.enqueue('a', a2.write);
    await writes.enqueue('b', b1.write);
    await settle();
    expect(log).toEqual(['start a1', 'start b1']);
    b1.finish();
    await settle();
    expect(log).toEqual(['start a1', 'start b1', 'end b1']);
    a1.finish();
    await settle();
    expect(log).toEqual(['start a1', 'start b1', 'end b1', 'end a1', 'start a2']);
    a2.finish();
    await writes.drained();
    expect(log.at(-1)).toBe('end a2');
  });

  it('runs at most `running` writes at once and holds the caller back once `queued` more wait', async () => {
    const log: string[] = [];
    const writes = new PartitionedWrites({ running: 2, queued: 1 }, () => undefined);
    const [p, q, r, s] = ['p', 'q', 'r', 's'].map((name) => controlledWrite(log, name));
    await writes.enqueue('p', p.write);
    await writes.enqueue('q', q.write);
    await writes.enqueue('r', r.write);
    let fourthQueued = false;
    const fourth = writes.enqueue('s', s.write).then(() => (fourthQueued = true));
    await settle();
    expect(log).toEqual(['start p', 'start q']);
    expect(fourthQueued).toBe(false);
    p.finish();
    await fourth;
    await settle();
    expect(log).toEqual(['start p', 'start q', 'end p', 'start r']);
    q.finish();
    r.finish();
    s.finish();
    await writes.drained();
    expect(log.filter((entry) => entry.startsWith('end'))).toHaveLength(4);
  });

  it('reports a failed write and goes on with the ones behind it', async () => {
    const failures: unknown[] = [];
    const log: string[] = [];
    const writes = new PartitionedWrites({ running: 1, queued: 2 }, (error) => failures.push(error));
    const first = controlledWrite(log, 'first');
    const second = controlledWrite(log, 'second');
    await writes.enqueue('a', first.write);
    await writes.enqueue('a', second.write);
    first.finish(new Error('disk full'));
    second.finish();
    await writes.drained();
    expect(failures).toEqual([new Error('disk full')]);
    expect(log).toEqual(['start first', 'start second', 'end second']);
  });

  it('refuses limits that would never let a write run', () => {
    expect(() => new PartitionedWrites({ running: 0, queued: 1 }, () => undefined)).toThrow('a number of slots must be a positive integer, not 0');
  });
});
