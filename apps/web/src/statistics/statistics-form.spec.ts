import { widestAudienceKind } from './statistics-audience';
import { choiceQuery, earlierYears, parseStatisticsForm } from './statistics-form';
import { viewsFor } from './statistics-views';

describe('the statistics form', () => {
  it('offers the five years before this one, newest first', () => {
    expect(earlierYears(2026)).toEqual([2025, 2024, 2023, 2022, 2021]);
  });

  it('shows the first view against last year before the form is sent', () => {
    const parsed = parseStatisticsForm({}, 'municipality', 2026);
    expect(parsed).toMatchObject({ ok: true, value: { view: { id: 'haendelser-kategori' }, compareWith: [2025] } });
  });

  it('takes the chosen view and years (one or several, or none), newest first and each once', () => {
    expect(parseStatisticsForm({ tal: 'indsatser', sammenlign: ['2023', '2025', '2023'] }, 'municipality', 2026)).toMatchObject({ ok: true, value: { view: { id: 'indsatser' }, compareWith: [2025, 2023] } });
    expect(parseStatisticsForm({ tal: 'indsatser', sammenlign: '2024' }, 'municipality', 2026)).toMatchObject({ ok: true, value: { compareWith: [2024] } });
    expect(parseStatisticsForm({ tal: 'indsatser' }, 'municipality', 2026)).toMatchObject({ ok: true, value: { compareWith: [] } });
  });

  it('refuses a view the page does not offer, in Danish on its field, keeping the years chosen', () => {
    expect(parseStatisticsForm({ tal: 'haendelser-omraade', sammenlign: '2025' }, 'area', 2026)).toEqual({
      ok: false,
      errors: [{ field: 'tal', message: 'Vælg en af de viste opgørelser.', code: 'statistics-view-unknown' }],
      input: { view: 'haendelser-omraade', compareWith: ['2025'] },
    });
  });

  it('refuses a year outside the offered ones (this year, a future one, too far back, not a year), keeping the choice', () => {
    for (const year of ['2026', '2027', '2020', 'sidste år']) {
      expect(parseStatisticsForm({ tal: 'moeder', sammenlign: ['2025', year] }, 'municipality', 2026)).toEqual({
        ok: false,
        errors: [{ field: 'sammenlign', message: 'Vælg år at sammenligne med mellem 2021 og 2025.', code: 'statistics-year-not-offered' }],
        input: { view: 'moeder', compareWith: ['2025', year] },
      });
    }
  });

  it('writes the choice back as the address of its CSV', () => {
    const parsed = parseStatisticsForm({ tal: 'unge-alder', sammenlign: ['2024', '2025'] }, 'full', 2026);
    expect(parsed.ok && choiceQuery(parsed.value)).toBe('tal=unge-alder&sammenlign=2025&sammenlign=2024');
  });
});

describe('the widest statistics a person may see', () => {
  it('follows the roles: all counts, the municipality suppressed, an area, or none', () => {
    expect(['ssp-consultant', 'local-council-member', 'network-group-member', 'operator', 'not-a-role'].map((role) => widestAudienceKind([role]))).toEqual(['full', 'municipality', 'area', null, null]);
    expect(widestAudienceKind(['network-group-member', 'local-council-member'])).toBe('municipality');
  });

  it('offers an area no view by area, and no meetings (not counted per area)', () => {
    expect(viewsFor('area').map((view) => view.id)).toEqual(['haendelser-kategori', 'unge-alder', 'indsatser', 'beslutninger']);
    expect(viewsFor('municipality').map((view) => view.id)).toContain('haendelser-omraade');
  });
});
