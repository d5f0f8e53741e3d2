import { dashboardPage, dataTable, trendRows, type DashboardPage } from './dashboard-page';
import { cat, category, table, tables } from './dashboard-tables.fixture';

function page(overrides: Partial<DashboardPage> = {}): DashboardPage {
  return {
    audience: { kind: 'municipality' },
    filter: { year: 2026, period: 'month', areaId: null },
    areaName: null,
    tables: tables(),
    today: '2026-03-15',
    years: [2026, 2025],
    areaChoices: null,
    views: [{ audience: { kind: 'municipality' }, label: 'Hele kommunen' }],
    nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=',
    ...overrides,
  };
}

describe('dashboardPage', () => {
  it('is one Danish document with one stylesheet under the nonce, no script and nothing to fetch', () => {
    const html = dashboardPage(page());
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    expect(html.match(/<style/g)).toEqual(['<style']);
    expect(html).toContain('<style nonce="bm9uY2Utbm9uY2Utbm9uY2U=">');
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<script|<link rel="stylesheet"|src=|https?:\/\/|url\((?!#)/);
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('shows the headline numbers in Danish, and a hidden one as hidden', () => {
    const html = dashboardPage(page());
    expect(html).toContain('<div class="tile" data-measure="incidents"><span class="tile-value">1.234</span><span class="tile-label">Hændelser</span>');
    expect(html).toContain('data-measure="interventions-overdue"><span class="tile-value">skjult</span>');
    expect(html).toContain('<li data-measure="decisions"><span>Beslutninger</span> <strong>17</strong></li>');
  });

  it('draws only the periods that have begun, and says that the last one is not over', () => {
    const html = dashboardPage(page());
    const trend = /<section class="card" id="trend".*?<\/section>/.exec(html)?.[0] ?? '';
    expect(trend).toContain('<th scope="col" class="num">mar.</th><th scope="col" class="num">I alt</th>');
    expect(trend).not.toContain('>apr.<');
    expect(trend).toContain('Måneden mar. er ikke slut endnu.');
    expect(dashboardPage(page({ today: '2027-02-01' }))).not.toContain('er ikke slut endnu');
  });

  it('leaves out what the page is not about: no areas side by side and no meetings on an area page', () => {
    const html = dashboardPage(page({ audience: { kind: 'area', areaId: 'langaa' }, areaName: 'Langå', tables: tables({ byArea: null, meetings: null }), areaChoices: [{ id: 'langaa', name: 'Langå' }] }));
    expect(html).not.toContain('id="areas"');
    expect(html).not.toContain('id="meetings"');
    expect(html).toContain('<h1>Langå 2026</h1>');
    expect(html).toContain('<select name="areaId"><option value="langaa" selected>Langå</option></select>');
    expect(html).toContain('href="../../statistics/areas/langaa/incidents?period=month&#38;year=2026&#38;groupBy=offenceCategory&#38;format=xlsx"');
  });

  it('offers no area filter to the Lokalråd, and the years it may choose', () => {
    const html = dashboardPage(page());
    expect(html).not.toContain('name="areaId"');
    expect(html).toContain('<select name="year"><option value="2026" selected>2026</option><option value="2025">2025</option></select>');
  });

  it('links to the other dashboards the caller may open, keeping the year (the period kind is theirs)', () => {
    const html = dashboardPage(page({ audience: { kind: 'full' }, views: [{ audience: { kind: 'full' }, label: 'Alle tal' }, { audience: { kind: 'municipality' }, label: 'Hele kommunen' }, { audience: { kind: 'area', areaId: 'langaa' }, label: 'Langå' }] }));
    expect(html).toContain('<li><span aria-current="page">Alle tal</span></li><li><a href="kommune?year=2026">Hele kommunen</a></li><li><a href="omraader/langaa?year=2026">Langå</a></li>');
    expect(html).toContain('<select name="period">');
  });

  it('offers no choice of months or quarters where small counts are hidden', () => {
    expect(dashboardPage(page({ audience: { kind: 'municipality' } }))).not.toContain('name="period"');
  });

  it('escapes every label that comes from data', () => {
    const evil = cat('x', '<img src=x onerror=alert(1)>', [30, 30, 30]);
    const html = dashboardPage(page({ tables: tables({ byCategory: table('incidents', category, [evil]) }) }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('dataTable', () => {
  it('shows a suppressed cell as hidden even if a number came with it', () => {
    const leaky = table('incidents', category, [{ ...cat('weapons', 'Våben og knive', [3, 0, 0]), suppressed: [true, ...Array(11).fill(false)], total: 3, totalSuppressed: true }]);
    const html = dataTable(leaky, [0, 1, 2], 'Hændelser');
    expect(html).toContain('<tr><th scope="row">Våben og knive</th><td class="num hidden-value">skjult</td><td class="num">0</td><td class="num">0</td><td class="num hidden-value">skjult</td></tr>');
    expect(html).not.toMatch(/>3</);
  });

  it('adds the column totals as the last row when the table has them', () => {
    const html = dataTable(tables().meetings!, [0, 1, 2], 'Møder');
    expect(html).toContain('<tr class="total"><th scope="row">I alt</th><td class="num">2</td><td class="num">2</td><td class="num">1</td><td class="num">5</td></tr>');
  });
});

describe('trendRows', () => {
  it('picks the categories with most shown incidents, leaving out those with none shown', () => {
    const byCategory = table('incidents', category, [
      cat('theft', 'Tyveri', [1, 1, 1]),
      cat('violence', 'Vold', [9, 9, 9]),
      cat('weapons', 'Våben', [null, 0, 0], [true, false, false], null),
      cat('drugs', 'Narkotika', [null, 6, 6], [true, false, false], null),
    ]);
    expect(trendRows(byCategory, [0, 1, 2]).map((r) => r.keys.offenceCategory)).toEqual(['violence', 'drugs', 'theft']);
    expect(trendRows(byCategory, [0, 1, 2], 1).map((r) => r.keys.offenceCategory)).toEqual(['violence']);
  });
});
