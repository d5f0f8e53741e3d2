import { PassThrough } from 'node:stream';
import type { Response as ExpressResponse } from 'express';
import { comparisonCsvLines, sendCsv } from './statistics-csv';
import { categoryRow, incidentsByCategory } from './statistic-tables.fixture';
import { compareYears } from './year-comparison';

const comparison = compareYears(
  [
    incidentsByCategory(2026, [categoryRow('theft', 'Tyveri', [12, 15], 27), categoryRow('weapons', '=Våben; og "knive"', [null], null, [true])], [12, null]),
    incidentsByCategory(2025, [categoryRow('theft', 'Tyveri', [4.5], 4.5)], [4.5]),
  ],
  '2026-02-10',
);

describe('the comparison as CSV for Danish Excel', () => {
  const text = [...comparisonCsvLines(comparison, 'Måned')].join('');

  it('starts with the byte-order mark and Danish headings, separated by semicolons, lines by CRLF', () => {
    expect(text.startsWith('\uFEFFKategori;2025;2026\r\n')).toBe(true);
    expect(text.split('\r\n').filter((line) => line.includes('\uFEFF'))).toHaveLength(1);
  });

  it("writes a row per category with a decimal comma, reporting's `..` for a hidden count, nothing where a year has none, and text Excel would run defused", () => {
    const lines = text.split('\r\n');
    expect(lines.slice(1, 4)).toEqual(['Tyveri;4,5;27', `"'=Våben; og ""knive""";;..`, 'I alt;4,5;..']);
  });

  it("then the months' totals per year, this year's months not yet begun empty", () => {
    const lines = text.split('\r\n');
    expect(lines.slice(4, 9)).toEqual(['', 'Måned;2025;2026', 'jan.;4,5;12', 'feb.;0;..', 'mar.;0;']);
    expect(lines.at(-2)).toBe('dec.;0;');
  });

  it('is streamed to the browser a line at a time as an attachment', async () => {
    const chunks: string[] = [];
    const headers: Record<string, string> = {};
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const response = Object.assign(sink, {
      status: () => response,
      type: (value: string) => ((headers['content-type'] = value), response),
      setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    }) as unknown as ExpressResponse;
    await sendCsv(comparisonCsvLines(comparison, 'Måned'), 'statistik-haendelser 2025/2026.csv', response);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(text);
    expect(headers).toEqual({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="statistik-haendelser-2025-2026.csv"' });
  });
});
