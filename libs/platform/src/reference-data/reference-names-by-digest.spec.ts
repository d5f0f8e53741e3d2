import type { EntityManager } from 'typeorm';
import { ReferenceNamesByDigest } from './reference-data.repository';

/** A manager whose two reference tables hold `areas` (one category), counting the statements sent. */
function tables(areas: { id: string; name: string }[]) {
  const sent: string[] = [];
  let failNext = false;
  const manager = {
    query: (sql: string) => {
      sent.push(sql);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('connection lost'));
      }
      const rows = sql.includes('reference_area') ? areas.map((area) => ({ ...area, withdrawn: false })) : [{ id: 'theft', name: 'Tyveri', withdrawn: false }];
      return Promise.resolve(rows);
    },
  } as unknown as EntityManager;
  return { manager, sent, failOnce: () => (failNext = true) };
}

describe('ReferenceNamesByDigest', () => {
  it('reads the names once per digest, and again when the digest changes', async () => {
    const areas = [{ id: 'nord', name: 'Nord' }];
    const { manager, sent } = tables(areas);
    const cache = new ReferenceNamesByDigest();
    expect((await cache.namesAt('d1', manager)).area('nord')).toBe('Nord');
    expect((await cache.namesAt('d1', manager)).area('nord')).toBe('Nord');
    expect(sent).toHaveLength(2);
    areas[0]!.name = 'Randers Nord';
    expect((await cache.namesAt('d2', manager)).area('nord')).toBe('Randers Nord');
    expect(sent).toHaveLength(4);
  });

  it('keeps no failed read: the next call reads again', async () => {
    const { manager, sent, failOnce } = tables([{ id: 'nord', name: 'Nord' }]);
    const cache = new ReferenceNamesByDigest();
    failOnce();
    await expect(cache.namesAt('d1', manager)).rejects.toThrow('connection lost');
    expect((await cache.namesAt('d1', manager)).area('nord')).toBe('Nord');
    // The failed read's one statement, then both tables.
    expect(sent).toHaveLength(3);
  });
});
