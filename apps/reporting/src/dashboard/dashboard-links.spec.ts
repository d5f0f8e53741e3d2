import { dashboardCsp } from './content-security-policy';
import { filterQuery, statisticsHref } from './dashboard-links';

describe('dashboard links', () => {
  const filter = { year: 2026, period: 'quarter' as const, areaId: null };

  it("downloads the same audience's statistics as the page shows, relative to the page", () => {
    expect(statisticsHref({ kind: 'full' }, { ...filter, areaId: 'langaa' }, 'incidents', 'offenceCategory', 'csv')).toBe(
      '../statistics/full/incidents?period=quarter&from=2026-01&to=2026-12&areaId=langaa&groupBy=offenceCategory&format=csv',
    );
    expect(statisticsHref({ kind: 'municipality' }, filter, 'interventions', null, 'xlsx')).toBe('../statistics/municipality/interventions?period=quarter&year=2026&format=xlsx');
    expect(statisticsHref({ kind: 'area', areaId: 'langaa' }, filter, 'area-alerts', 'offenceCategory', 'xlsx')).toBe('../../statistics/areas/langaa/area-alerts?period=quarter&year=2026&groupBy=offenceCategory&format=xlsx');
  });

  it('writes only the filters that are set', () => {
    expect([filterQuery({ year: 2025 }), filterQuery({ year: 2025, period: 'month', areaId: 'faarup' })]).toEqual(['year=2025', 'year=2025&period=month&areaId=faarup']);
  });

  it('allows the page nothing but its own nonced stylesheet and forms to itself', () => {
    expect(dashboardCsp('abc')).toBe("default-src 'none'; style-src 'nonce-abc'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  });
});
