import { ReferenceNames } from '@ssp/platform';
import { areaAlertAgendaItem } from './area-alert-agenda-item';

const NAMES = new ReferenceNames([{ id: 'randers-nv', name: 'Randers NV', withdrawn: false }], [{ id: 'theft', name: 'Tyveri', withdrawn: false }]);

describe("an area alert's agenda item", () => {
  const alert = {
    alertId: '0b0e4b4e-5b8e-4d5e-9d57-4f7c1a2b3c4d',
    areaId: 'randers-nv',
    offenceCategory: 'theft',
    weekStart: '2026-11-09',
    count: 6,
    trailingMean: 1.25,
    raisedAt: '2026-11-12T10:00:00.000Z',
  };

  it('names the category and area in Danish and gives the week\'s count, not the trailing mean, once per alert', () => {
    expect(areaAlertAgendaItem(alert, NAMES)).toEqual({
      title: 'Tyveri: 6 hændelser i ugen fra 2026-11-09',
      description: 'Områdealarm for Randers NV: 6 hændelser med tyveri i ugen fra 2026-11-09, et godt stykke over niveauet i de foregående uger.',
      source: 'area-alert',
      sourceId: alert.alertId,
    });
  });

  it('falls back to the ids for a category or area the reference data does not know', () => {
    expect(areaAlertAgendaItem({ ...alert, areaId: 'ny-bydel', offenceCategory: 'ny-kategori' }, NAMES).title).toBe('ny-kategori: 6 hændelser i ugen fra 2026-11-09');
  });
});
