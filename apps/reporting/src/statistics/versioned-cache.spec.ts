import { VersionedCache, type VersionedCacheOptions } from './versioned-cache';

/** A computation the test finishes when it likes. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('VersionedCache', () => {
  let clock = 0;
  const cache = <T>(options: Partial<VersionedCacheOptions> = {}) => new VersionedCache<T>({ capacity: 10, maxStaleMs: 60_000, refreshConcurrency: 1, now: () => clock, ...options });
  beforeEach(() => (clock = 0));

  it('computes a key once per version, and shares a computation under way', async () => {
    const kept = cache<number>();
    let computed = 0;
    const running = deferred<number>();
    const compute = () => ((computed += 1), running.promise);
    const first = kept.get('a', '1', compute);
    const second = kept.get('a', '1', compute);
    running.resolve(7);
    expect([first.kind, second.kind, await first.value, await second.value]).toEqual(['computed', 'hit', 7, 7]);
    expect(computed).toBe(1);
  });

  it('gives the older version while the newer one is computed in the background, then the newer one', async () => {
    const kept = cache<string>();
    await kept.get('a', '1', () => Promise.resolve('one')).value;
    const newer = deferred<string>();
    let computed = 0;
    const compute = () => ((computed += 1), newer.promise);
    const during = kept.get('a', '2', compute);
    expect([during.kind, await during.value]).toEqual(['stale', 'one']);
    expect(kept.get('a', '2', compute).kind).toBe('stale');
    newer.resolve('two');
    await newer.promise;
    await Promise.resolve();
    const after = kept.get('a', '2', compute);
    expect([after.kind, await after.value, computed]).toEqual(['hit', 'two', 1]);
  });

  it('counts the time an older version may be given from the first request for a newer one, then makes requests wait', async () => {
    const kept = cache<string>({ maxStaleMs: 1_000 });
    await kept.get('a', '1', () => Promise.resolve('one')).value;
    clock = 50_000;
    const newer = deferred<string>();
    expect(kept.get('a', '2', () => newer.promise).kind).toBe('stale');
    clock = 50_999;
    expect(kept.get('a', '3', () => newer.promise).kind).toBe('stale');
    clock = 51_000;
    const answer = kept.get('a', '3', () => Promise.resolve('three'));
    expect([answer.kind, await answer.value]).toEqual(['computed', 'three']);
  });

  it('waits for every newer version when nothing older may be given', async () => {
    const kept = cache<string>({ maxStaleMs: 0 });
    await kept.get('a', '1', () => Promise.resolve('one')).value;
    expect(await kept.get('a', '2', () => Promise.resolve('two')).value).toBe('two');
  });

  it('computes in the background a few keys at a time', async () => {
    const kept = cache<string>({ refreshConcurrency: 2 });
    for (const key of ['a', 'b', 'c']) await kept.get(key, '1', () => Promise.resolve(`${key}1`)).value;
    const started: string[] = [];
    const pending = new Map(['a', 'b', 'c'].map((key) => [key, deferred<string>()]));
    for (const key of ['a', 'b', 'c']) kept.get(key, '2', () => (started.push(key), pending.get(key)!.promise));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b']);
    pending.get('a')!.resolve('a2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('keeps no failure: a failed first computation is tried again, a failed refresh leaves the older value', async () => {
    const kept = cache<string>();
    await expect(kept.get('a', '1', () => Promise.reject(new Error('database gone'))).value).rejects.toThrow('database gone');
    expect(kept.get('a', '1', () => Promise.resolve('one')).kind).toBe('computed');
    const failing = deferred<string>();
    kept.get('a', '2', () => failing.promise);
    failing.reject(new Error('database gone'));
    await new Promise((resolve) => setImmediate(resolve));
    const again = kept.get('a', '2', () => Promise.resolve('two'));
    expect([again.kind, await again.value]).toEqual(['stale', 'one']);
  });

  describe('current: the value at a version, never an older one', () => {
    it('gives the kept value of the version, and computes a newer version even while an older one may be given', async () => {
      const kept = cache<string>();
      await kept.get('a', '1', () => Promise.resolve('one')).value;
      expect(await kept.current('a', '1', () => Promise.resolve('one again'))).toBe('one');
      expect(kept.get('a', '2', () => new Promise<string>(() => undefined)).kind).toBe('stale');
      expect(await kept.current('a', '3', () => Promise.resolve('three'))).toBe('three');
      expect(kept.get('a', '3', () => Promise.resolve('three again')).kind).toBe('hit');
    });

    it('shares the background computation of the same version, and that computation keeps its value', async () => {
      const kept = cache<string>();
      await kept.get('a', '1', () => Promise.resolve('one')).value;
      const newer = deferred<string>();
      let computed = 0;
      kept.get('a', '2', () => ((computed += 1), newer.promise));
      await new Promise((resolve) => setImmediate(resolve));
      const shared = kept.current('a', '2', () => ((computed += 1), Promise.resolve('two again')));
      newer.resolve('two');
      expect([await shared, computed]).toEqual(['two', 1]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(kept.get('a', '2', () => Promise.resolve('two again')).kind).toBe('hit');
    });

    it('leaves a background computation nothing to do once it has computed the version first', async () => {
      const kept = cache<string>();
      await kept.get('a', '1', () => Promise.resolve('one')).value;
      await kept.get('b', '1', () => Promise.resolve('b one')).value;
      const blocking = deferred<string>();
      kept.get('b', '2', () => blocking.promise);
      let computedInBackground = 0;
      kept.get('a', '2', () => ((computedInBackground += 1), Promise.resolve('two in the background')));
      expect(await kept.current('a', '2', () => Promise.resolve('two'))).toBe('two');
      blocking.resolve('b two');
      await new Promise((resolve) => setImmediate(resolve));
      expect([computedInBackground, await kept.get('a', '2', () => Promise.resolve('two again')).value]).toEqual([0, 'two']);
    });
  });

  it('drops the least recently used key beyond its capacity', () => {
    const kept = cache<string>({ capacity: 2 });
    const compute = (value: string) => () => Promise.resolve(value);
    kept.get('a', '1', compute('a'));
    kept.get('b', '1', compute('b'));
    expect(kept.get('a', '1', compute('a again')).kind).toBe('hit');
    kept.get('c', '1', compute('c'));
    expect(kept.size).toBe(2);
    expect(kept.get('a', '1', compute('a again')).kind).toBe('hit');
    expect(kept.get('b', '1', compute('b again')).kind).toBe('computed');
  });

  it('refuses settings that keep nothing or compute nothing', () => {
    expect(() => cache({ capacity: 0 })).toThrow('at least one entry');
    expect(() => cache({ refreshConcurrency: 0 })).toThrow('at least one background computation');
  });
});
