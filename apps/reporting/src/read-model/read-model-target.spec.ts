import { LIVE_SCHEMA, REBUILD_SCHEMA, ReadModelTarget } from './read-model-target';

describe('ReadModelTarget', () => {
  it('names tables in its own schema and refuses names that are not plain', () => {
    expect(ReadModelTarget.live().table('incident')).toBe(`${LIVE_SCHEMA}.incident`);
    expect(ReadModelTarget.rebuild().table('incident')).toBe(`${REBUILD_SCHEMA}.incident`);
    expect(() => ReadModelTarget.live().table('incident; DROP TABLE x')).toThrow('not a plain table name');
    expect(() => ReadModelTarget.rebuild('x-y')).toThrow('not a plain schema name');
  });

  it('lets a rebuild defer the aggregates and resume them, and never the live read model', () => {
    const rebuild = ReadModelTarget.rebuild();
    expect(rebuild.defersAggregates).toBe(false);
    rebuild.deferAggregates();
    expect(rebuild.defersAggregates).toBe(true);
    rebuild.resumeAggregates();
    expect(rebuild.defersAggregates).toBe(false);
    expect(() => ReadModelTarget.live().deferAggregates()).toThrow('the live read model keeps its aggregates up to date');
  });
});
