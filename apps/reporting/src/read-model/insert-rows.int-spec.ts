import { createTestDatabase, type TestDatabase } from '@ssp/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { insertRows, withStagedRows, type ColumnSpec } from './insert-rows';

interface Row {
  n: number;
  text: string;
  maybe: string | null;
  list: (string | null)[];
  count: number;
  share: number;
  flag: boolean;
  day: string;
}

const COLUMNS: readonly ColumnSpec<Row>[] = [
  { name: 'n', type: 'int', value: (row) => row.n },
  { name: 'text', type: 'text', value: (row) => row.text },
  { name: 'maybe', type: 'text', value: (row) => row.maybe },
  { name: 'list', type: 'text[]', value: (row) => row.list },
  { name: 'count', type: 'int', value: (row) => row.count },
  { name: 'share', type: 'float8', value: (row) => row.share },
  { name: 'flag', type: 'boolean', value: (row) => row.flag },
  { name: 'day', type: 'date', value: (row) => row.day },
];

/** Any text PostgreSQL can hold (no NUL), leaning on what COPY and array literals treat specially. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\\', '\t', '\n', '\r', '"', "'", ',', '{', '}', '\\N', 'NULL', '\\.', ' ', 'æ', '😀'),
    fc
      .integer({ min: 1, max: 0x10ffff })
      .filter((point) => point < 0xd800 || point > 0xdfff)
      .map((point) => String.fromCodePoint(point)),
  ),
  maxLength: 20,
});

const rows = fc.array(
  fc.record({
    text,
    maybe: fc.option(text, { nil: null }),
    list: fc.array(fc.option(text, { nil: null }), { maxLength: 4 }),
    count: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    // -0 is written as 0, as JSON would write it.
    share: fc.double({ noNaN: true }).map((share) => (share === 0 ? 0 : share)),
    flag: fc.boolean(),
    day: fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  }),
  { maxLength: 30 },
);

describe('rows staged with COPY', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('reporting');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reach PostgreSQL exactly as given, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (generated) => {
        const given: Row[] = generated.map((row, n) => ({ n, ...row }));
        const read = await dataSource.transaction((tx) =>
          withStagedRows(tx, COLUMNS, given, (staged) => tx.query(`SELECT n, text, maybe, list, count, share, flag, to_char(day, 'YYYY-MM-DD') AS day FROM ${staged} ORDER BY n`)),
        );
        expect(read).toEqual(given);
      }),
      { numRuns: 150 },
    );
  });

  it('are gone after the statement that read them, and batches in one transaction do not meet', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query('CREATE TEMP TABLE written (n int PRIMARY KEY, text text) ON COMMIT DROP');
      const columns: ColumnSpec<{ n: number; text: string }>[] = [
        { name: 'n', type: 'int', value: (row) => row.n },
        { name: 'text', type: 'text', value: (row) => row.text },
      ];
      await Promise.all([
        insertRows(tx, 'written', columns, [{ n: 1, text: 'a' }], 'ON CONFLICT (n) DO NOTHING'),
        insertRows(tx, 'written', columns, [{ n: 2, text: 'b' }, { n: 1, text: 'later' }], 'ON CONFLICT (n) DO NOTHING'),
      ]);
      expect(await tx.query('SELECT n, text FROM written ORDER BY n')).toEqual([
        { n: 1, text: 'a' },
        { n: 2, text: 'b' },
      ]);
      const [{ staged }] = (await tx.query("SELECT count(*)::int AS staged FROM pg_class WHERE relname LIKE 'staged_rows_%' AND relpersistence = 't' AND pg_table_is_visible(oid)")) as { staged: number }[];
      expect(staged).toBe(0);
    });
  });

  it('refuse a value that is no column value, and leave the transaction to roll back', async () => {
    const columns: ColumnSpec<{ n: number }>[] = [{ name: 'n', type: 'int', value: () => ({ nested: true }) }];
    await expect(dataSource.transaction((tx) => insertRows(tx, 'nowhere', columns, [{ n: 1 }], ''))).rejects.toThrow('cannot write a value of type object into a column');
  });
});
