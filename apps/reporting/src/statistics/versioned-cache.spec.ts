import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('computes a key once per version', async () => {
    const cache = new VersionedCache<number>(10);
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    expect(cache.get('a', '1', compute).hit).toBe(false);
    const again = cache.get('a', '1', compute);
    expect(again.hit).toBe(true);
    expect(await again.value).toBe(1);
    expect(await cache.get('a', '2', compute).value).toBe(2);
    expect(await cache.get('b', '2', compute).value).toBe(3);
    expect(computed).toBe(3);
  });

  it('lets a second request wait for the computation under way', async () => {
    const cache = new VersionedCache<string>(10);
    let finish: (value: string) => void = () => undefined;
    let computed = 0;
    const compute = () => {
      computed += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const first = cache.get('a', '1', compute);
    const second = cache.get('a', '1', compute);
    finish('table');
    expect(await Promise.all([first.value, second.value])).toEqual(['table', 'table']);
    expect(computed).toBe(1);
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new VersionedCache<string>(10);
    await expect(cache.get('a', '1', () => Promise.reject(new Error('database gone'))).value).rejects.toThrow('database gone');
    const retried = cache.get('a', '1', () => Promise.resolve('table'));
    expect(retried.hit).toBe(false);
    expect(await retried.value).toBe('table');
  });

  it('drops the least recently used key beyond its capacity', async () => {
    const cache = new VersionedCache<string>(2);
    const compute = (value: string) => () => Promise.resolve(value);
    cache.get('a', '1', compute('a'));
    cache.get('b', '1', compute('b'));
    expect(cache.get('a', '1', compute('a again')).hit).toBe(true);
    cache.get('c', '1', compute('c'));
    expect(cache.size).toBe(2);
    expect(cache.get('a', '1', compute('a again')).hit).toBe(true);
    expect(cache.get('b', '1', compute('b again')).hit).toBe(false);
  });

  it('refuses a capacity that holds nothing', () => {
    expect(() => new VersionedCache(0)).toThrow('at least one entry');
  });
});
