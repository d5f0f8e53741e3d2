import type { ActiveSession } from '../session/session.service';
import type { AreaAlert } from '../network-groups/network-groups.types';
import { overviewPage } from './overview.page';
import type { Meeting } from './coordination.types';

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
const ALERT: AreaAlert = { alertId: '4f7c1a52-0000-4000-8000-000000000002', areaId: 'randers-nv', areaName: 'Randers NV', offenceCategory: 'violence', offenceCategoryText: 'Vold', weekStart: '2026-11-16', count: 7, raisedAt: '2026-11-20T10:00:00.000Z' };
const NONE = { items: [], next: null };

describe("the coordination team's overview", () => {
  it("shows the meetings linked to the group's and the meeting's pages, the alerts linked to their area's alerts, and links to more when there is more", () => {
    const page = overviewPage(LARS, { meetings: { items: [MEETING], next: 'm2' }, alerts: { items: [ALERT], next: 'a2' }, proposals: NONE, launched: NONE });
    expect(page).toMatch(
      /26\.11\.2026<\/th>\s*<td>16\.00<\/td>\s*<td><a href="\/netvaerksgrupper\/netvaerk-randers-nv">Netværksgruppe Randers NV<\/a><\/td>\s*<td><a href="\/netvaerksgrupper\/netvaerk-randers-nv\/moeder\/4f7c1a52-0000-4000-8000-000000000001">Netværksmøde<\/a><\/td>/,
    );
    expect(page).not.toContain('/register/organer');
    expect(page).toContain('href="/overblik/moeder?efter=m2"');
    expect(page).toMatch(/Uge 47 \(fra 16\.11\.2026\)<\/th>\s*<td><a href="\/omraadealarmer\?omraade=randers-nv">Randers NV<\/a><\/td>\s*<td>Vold<\/td>\s*<td class="align-text-right">7<\/td>/);
    expect(page).toContain('href="/omraadealarmer?efter=a2"');
    expect(page).not.toContain('varsl');
    expect(page).toContain('Der er ingen forslag, der venter.');
    expect(page).toContain('Der er ingen initiativer i gang.');
    expect(page).toContain('aria-current="page"><span>Overblik</span>');
  });

  it('shows each meeting status in the Danish the group pages use: a cancelled meeting as Aflyst', () => {
    const statuses = (['scheduled', 'held', 'cancelled'] as const).map((status) => ({ ...MEETING, id: `m-${status}`, status }));
    const page = overviewPage(LARS, { meetings: { items: statuses, next: null }, alerts: NONE, proposals: NONE, launched: NONE });
    expect([...page.matchAll(/<td>(Planlagt|Holdt|Aflyst)<\/td>/g)].map((match) => match[1])).toEqual(['Planlagt', 'Holdt', 'Aflyst']);
  });

  it('says when there are no meetings or alerts', () => {
    const page = overviewPage(LARS, { meetings: NONE, alerts: NONE, proposals: NONE, launched: NONE });
    expect(page).toContain('Der er ingen møder i netværksgrupperne i den kommende tid.');
    expect(page).toContain('Der er ingen alarmer.');
    expect(page).not.toContain('/omraadealarmer?efter=');
  });
});
