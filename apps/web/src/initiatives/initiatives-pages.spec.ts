import type { ActiveSession } from '../session/session.service';
import { changeInputOf, initiativePage, initiativesPage, initiativesPath, proposalPage } from './initiatives.page';
import type { Initiative } from './initiatives.types';

const LARS = { subject: 'demo-lars-baekgaard', name: 'Lars Bækgaard', roles: ['secretariat'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;
const ALI = { ...LARS, subject: 'demo-ali-yilmaz', name: 'Ali Yilmaz', roles: ['network-group-member'] } as unknown as ActiveSession;
const INITIATIVE: Initiative = {
  id: '4f7c1a52-0000-4000-8000-000000000001',
  kind: 'teaching-activity',
  kindText: 'undervisningsforløb',
  title: 'Forløb <om> fællesskaber',
  description: null,
  status: 'proposed',
  statusText: 'foreslået',
  bodyIds: ['netvaerk-randers-nv'],
  bodyNames: ['Netværksgruppe Randers NV'],
  areaIds: ['randers-nv'],
  areaNames: ['Randers NV'],
  proposedByBodyId: 'netvaerk-randers-nv',
  proposedByBodyName: 'Netværksgruppe Randers NV',
  outcome: null,
  participants: null,
  materials: [],
  startsOn: '2027-01-11',
  endsOn: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  launchedAt: null,
  completedAt: null,
  cancelledAt: null,
};

describe("the initiatives' pages", () => {
  it("offer the secretariat the proposal's next steps, and a member none", () => {
    const forLars = initiativePage(LARS, INITIATIVE, 'foreslaaet', []);
    expect(forLars).toContain('<h1>Forløb &lt;om&gt; fællesskaber</h1>');
    expect(forLars).toContain('name="status" value="planned"');
    expect(forLars).toContain('Godkend forslaget');
    expect(forLars).toContain('Afvis forslaget');
    expect(forLars).toContain('Tak for forslaget');
    expect(forLars).toMatch(/Foreslået af<\/dt><dd>Netværksgruppe Randers NV/);
    expect(forLars).toContain('11.1.2027 – ?');
    const forAli = initiativePage(ALI, INITIATIVE, null, []);
    expect(forAli).not.toContain('Godkend forslaget');
    expect(forAli).not.toContain('/ret"');
    expect(initiativePage(LARS, { ...INITIATIVE, status: 'completed', statusText: 'afsluttet' }, null, [])).not.toContain('name="status"');
    expect(initiativePage(LARS, { ...INITIATIVE, status: 'launched', statusText: 'i gang' }, null, [])).toContain('value="completed"');
  });

  it('link only https materials, as links to another site that say so, showing any other line as text', () => {
    const page = initiativePage(ALI, { ...INITIATIVE, materials: ['https://randers.dk/a.pdf', 'javascript:alert(1)', 'Plakat A3'] }, null, []);
    expect(page).toContain('<a href="https://randers.dk/a.pdf" rel="noopener noreferrer">https://randers.dk/a.pdf <span class="small-text">(åbner et andet websted)</span></a>');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<li>Plakat A3</li>');
  });

  it('list the initiatives with their Danish kind and status, the pager keeping the filter', () => {
    const page = initiativesPage(ALI, { items: [INITIATIVE], next: 'c2' }, { status: 'proposed' }, undefined);
    expect(page).toMatch(/Undervisningsforløb<\/td>\s*<td>Foreslået<\/td>/);
    expect(page).toContain('href="/initiativer?status=proposed&amp;efter=c2"');
    expect(page).toContain('<option value="proposed" selected>Foreslået</option>');
    expect(page).not.toContain('Opret et initiativ');
    expect(initiativesPage(LARS, { items: [], next: null }, {}, undefined)).toContain('Opret et initiativ');
    expect(initiativesPath({ status: 'launched', kind: 'campaign' })).toBe('/initiativer?status=launched&type=campaign');
  });

  it("choose the member's only group for them, and say so when they have none", () => {
    const one = proposalPage(ALI, [{ id: 'netvaerk-randers-nv', name: 'Netværksgruppe Randers NV' }], { kind: '', title: '', description: '', startsOn: '', endsOn: '', bodyId: '' }, []);
    expect(one).toContain('id="bodyId" name="bodyId" value="netvaerk-randers-nv" checked');
    const none = proposalPage(ALI, [], { kind: '', title: '', description: '', startsOn: '', endsOn: '', bodyId: '' }, []);
    expect(none).toContain('Du er ikke medlem af en gruppe');
    expect(none).not.toContain('action="/initiativer/forslag"');
  });

  it('put an initiative in the change form as it stands, materials one a line', () => {
    expect(changeInputOf({ ...INITIATIVE, materials: ['a', 'b'], outcome: 'Godt' })).toEqual({ title: INITIATIVE.title, description: '', startsOn: '11.1.2027', endsOn: '', outcome: 'Godt', participants: '', materials: 'a\nb' });
  });
});
