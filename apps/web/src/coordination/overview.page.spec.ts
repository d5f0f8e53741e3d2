import type { ActiveSession } from '../session/session.service';
import { overviewAlertsPage, overviewPage } from './overview.page';
import type { Alert, Meeting } from './coordination.types';

const LARS = { subject: 'demo-lars-baekgaard', name: 'Lars Bækgaard', roles: ['secretariat'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;
const MEETING: Meeting = {
  id: '4f7c1a52-0000-4000-8000-000000000001',
  bodyId: 'netvaerk-randers-nv',
  scheduleId: null,
  title: 'Netværksmøde',
  location: null,
  startsAt: '2026-11-26T15:00:00.000Z',
  endsAt: '2026-11-26T16:30:00.000Z',
  day: '2026-11-26',
  startTime: '16:00',
  status: 'scheduled',
  cancelledAt: null,
  cancelReason: null,
  movedAt: null,
  bodyName: 'Netværksgruppe Randers NV',
  areaId: 'randers-nv',
};
const ALERT: Alert = { alertId: '4f7c1a52-0000-4000-8000-000000000002', areaId: 'randers-nv', areaName: 'Randers NV', offenceCategory: 'violence', offenceCategoryText: 'Vold', weekStart: '2026-11-16', count: 7, raisedAt: '2026-11-20T10:00:00.000Z' };
const NONE = { items: [], next: null };

describe("the coordination team's overview", () => {
  it('shows the meetings, the alerts in Danish with their network group, and links to more when there is more', () => {
    const page = overviewPage(LARS, { meetings: { items: [MEETING], next: 'm2' }, alerts: { items: [ALERT], next: null }, proposals: NONE, launched: NONE });
    expect(page).toMatch(/26\.11\.2026<\/th>\s*<td>16\.00<\/td>\s*<td><a href="\/register\/organer\/netvaerk-randers-nv">Netværksgruppe Randers NV<\/a>/);
    expect(page).toContain('href="/overblik/moeder?efter=m2"');
    expect(page).not.toContain('/overblik/varsler?efter=');
    expect(page).toMatch(/<a href="\/register\/organer\/netvaerk-randers-nv">Randers NV<\/a><\/th>\s*<td>16\.11\.2026<\/td>\s*<td>Vold<\/td>\s*<td>7<\/td>/);
    expect(page).toContain('Der er ingen forslag, der venter.');
    expect(page).toContain('Der er ingen initiativer i gang.');
    expect(page).toContain('aria-current="page"><span>Overblik</span>');
  });

  it('says when there are no meetings or alerts, and pages the alerts', () => {
    const page = overviewPage(LARS, { meetings: NONE, alerts: NONE, proposals: NONE, launched: NONE });
    expect(page).toContain('Der er ingen møder i netværksgrupperne i den kommende tid.');
    expect(page).toContain('Der er ingen varsler.');
    expect(overviewAlertsPage(LARS, { items: [ALERT], next: 'a3' }, 'a2')).toContain('href="/overblik/varsler?efter=a3"');
  });
});
