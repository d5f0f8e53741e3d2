import { windowOf } from '../rules/periods';
import { ReferenceNames } from '@ssp/platform';
import { DEFAULT_REFERENCE_NAMES } from '@ssp/testing/reference-names';
import { BODY_COLUMN, keyColumnsOf } from './dimensions';
import { countSeries, crossTable, type TableFrame } from './table-builder';

const frame = (threshold: number | null): TableFrame => ({ statistic: 'incidents', title: 'Hændelser', audience: { kind: 'municipality' }, window: windowOf('month', '2026-01', '2026-03'), threshold });

const KEY_COLUMNS = keyColumnsOf(DEFAULT_REFERENCE_NAMES);

describe('crossTable', () => {
  const counts = [
    { keys: ['randers-c'], period: '2026-01', value: 12 },
    { keys: ['randers-c'], period: '2026-02', value: 7 },
    { keys: ['randers-c'], period: '2026-03', value: 2 },
    { keys: ['langaa'], period: '2026-01', value: 3 },
    { keys: ['langaa'], period: '2026-03', value: 6 },
  ];

  it('shows every area of the catalogue in its order, with sums as margins', () => {
    const table = crossTable(frame(null), [KEY_COLUMNS.area], counts, 'sum');
    expect(table.rows.map((row) => row.keys.area)).toEqual(['randers-c', 'randers-nv', 'randers-no', 'randers-sv', 'randers-so', 'langaa', 'oersted', 'spentrup', 'faarup', 'unknown']);
    expect([table.rows[0].values, table.rows[0].total, table.columnTotals, table.grandTotal, table.suppression]).toEqual([[12, 7, 2], 21, [15, 7, 8], 30, null]);
  });

  it('hides small counts and their complements, flagging each as suppressed', () => {
    const table = crossTable(frame(5), [KEY_COLUMNS.area], counts, 'sum');
    const randers = table.rows[0];
    const langaa = table.rows[5];
    expect([randers.values[2], randers.suppressed[2], langaa.values[0], langaa.suppressed[0]]).toEqual([null, true, null, true]);
    expect(table.suppression).toEqual({ threshold: 5, hiddenValues: [...table.rows.flatMap((row) => [...row.suppressed, row.totalSuppressed]), ...table.columnTotalsSuppressed!, table.grandTotalSuppressed].filter(Boolean).length });
    expect(table.rows.every((row) => row.values.every((value, index) => (value === null) === row.suppressed[index]))).toBe(true);
  });

  it('takes margins counted on their own (distinct persons) as given', () => {
    const table = crossTable(frame(null), [], [{ keys: [], period: '2026-01', value: 11 }, { keys: [], period: '2026-02', value: 7 }], {
      rowTotals: [{ keys: [], value: 15 }],
      columnTotals: [{ period: '2026-01', value: 11 }, { period: '2026-02', value: 7 }],
      grandTotal: 15,
    });
    expect([table.rows.length, table.rows[0].values, table.rows[0].total, table.grandTotal]).toEqual([1, [11, 7, 0], 15, 15]);
  });

  it('shows only the bodies that have data when the catalogue names none', () => {
    const table = crossTable(frame(null), [BODY_COLUMN], [{ keys: ['mandagsgruppen'], period: '2026-01', value: 3 }], 'sum');
    expect(table.rows.map((row) => [row.keys.body, row.labels.body])).toEqual([['mandagsgruppen', 'mandagsgruppen']]);
  });

  it('lists the areas in the table now, and a withdrawn area only where it was counted, by its last name', () => {
    const names = new ReferenceNames(
      [
        { id: 'gjerlev', name: 'Gjerlev', withdrawn: true },
        { id: 'langaa', name: 'Langå', withdrawn: false },
        { id: 'assentoft', name: 'Assentoft', withdrawn: true },
      ],
      [],
    );
    const table = crossTable(frame(null), [keyColumnsOf(names).area], [{ keys: ['gjerlev'], period: '2026-01', value: 4 }], 'sum');
    expect(table.rows.map((row) => [row.keys.area, row.labels.area, row.total])).toEqual([
      ['langaa', 'Langå', 0],
      ['unknown', 'Ukendt område', 0],
      ['gjerlev', 'Gjerlev', 4],
    ]);
  });
});

describe('countSeries', () => {
  it('protects a series with its total as a one-row table', () => {
    const row = countSeries({ measure: 'closed' }, { measure: 'Afsluttet' }, [2, 0, 9], 11, 5);
    expect([row.values, row.suppressed, row.total, row.totalSuppressed]).toEqual([[null, 0, null], [true, false, true], 11, false]);
  });
});
