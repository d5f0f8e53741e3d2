import { initiativeFilterOf, initiativeRefusal, KIND_CHOICES, materialLines, parseChangeForm, parseInitiativeForm, parseProposalForm, statusOf } from './initiative-forms';

describe("the initiatives' forms", () => {
  it('offer every kind with its Danish name, teaching activities among them', () => {
    expect(KIND_CHOICES).toEqual([
      { value: 'course', text: 'Kursus' },
      { value: 'teaching-activity', text: 'Undervisningsforløb' },
      { value: 'campaign', text: 'Kampagne' },
      { value: 'project', text: 'Projekt' },
      { value: 'other', text: 'Andet initiativ' },
    ]);
  });

  it('make a new initiative for the ticked bodies and areas, leaving out what is blank', () => {
    const body = { kind: 'campaign', title: 'Kampagne om knive', description: '', startsOn: '1.12.2026', endsOn: '', bodyIds: 'netvaerk-randers-nv', areaIds: ['randers-nv', 'langaa'] };
    expect(parseInitiativeForm(body)).toMatchObject({
      ok: true,
      value: { kind: 'campaign', title: 'Kampagne om knive', startsOn: '2026-12-01', bodyIds: ['netvaerk-randers-nv'], areaIds: ['randers-nv', 'langaa'] },
    });
    const parsed = parseInitiativeForm(body);
    expect(parsed.ok && Object.keys(parsed.value).sort()).toEqual(['areaIds', 'bodyIds', 'kind', 'startsOn', 'title']);
  });

  it('refuse an initiative without kind, title or any body or area, keeping what was typed and ticked', () => {
    const parsed = parseInitiativeForm({ kind: 'party', title: ' ', startsOn: '30.2.2027', description: 'Om nattelivet' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.field)).toEqual(['kind', 'title', 'startsOn', 'bodyIds']);
    expect(parsed.input).toMatchObject({ kind: 'party', description: 'Om nattelivet', bodyIds: [], areaIds: [] });
  });

  it("make a proposal for one of the member's own bodies only", () => {
    const body = { bodyId: 'netvaerk-randers-nv', kind: 'teaching-activity', title: 'Forløb', description: 'Til 6. klasserne', startsOn: '', endsOn: '' };
    expect(parseProposalForm(body, ['netvaerk-randers-nv'])).toEqual({
      ok: true,
      input: body,
      value: { bodyId: 'netvaerk-randers-nv', proposal: { kind: 'teaching-activity', title: 'Forløb', description: 'Til 6. klasserne' } },
    });
    expect(parseProposalForm(body, ['netvaerk-langaa'])).toMatchObject({ ok: false, errors: [{ field: 'bodyId', code: 'body-missing' }] });
  });

  it('change every field as it should stand: blank clears, materials one a line', () => {
    const body = { title: 'Kampagne', description: '', startsOn: '', endsOn: '31.1.2027', outcome: 'Godt modtaget', participants: ' ', materials: 'Plakat A3\r\n\r\n https://randers.dk/a.pdf \n' };
    expect(parseChangeForm(body)).toMatchObject({
      ok: true,
      value: { title: 'Kampagne', description: null, startsOn: null, endsOn: '2027-01-31', outcome: 'Godt modtaget', participants: null, materials: ['Plakat A3', 'https://randers.dk/a.pdf'] },
    });
    expect(parseChangeForm({ ...body, title: '' })).toMatchObject({ ok: false, errors: [{ field: 'title' }], input: { outcome: 'Godt modtaget' } });
    expect(materialLines('')).toEqual([]);
  });

  it("read the list's filter and the status buttons, ignoring what they do not know", () => {
    expect(initiativeFilterOf('proposed', 'campaign')).toEqual({ status: 'proposed', kind: 'campaign' });
    expect(initiativeFilterOf('x', ['campaign'])).toEqual({ status: undefined, kind: undefined });
    expect(statusOf({ status: 'planned' })).toBe('planned');
    expect(statusOf({ status: 'archived' })).toBeUndefined();
  });

  it("put the service's refusal on its field; a CPR number on the field its message names", () => {
    expect(initiativeRefusal({ code: 'initiative-ends-before-start', message: 'endsOn må ikke ligge før startsOn.' }, 'kind').field).toBe('endsOn');
    expect(initiativeRefusal({ code: 'initiative-materials-invalid', message: '…' }, 'title').field).toBe('materials');
    expect(initiativeRefusal({ code: 'initiative-nothing-linked', message: '…' }, 'kind').field).toBe('bodyIds');
    expect(initiativeRefusal({ code: 'cpr-number-in-text', message: 'description indeholder et CPR-nummer …' }, 'kind').field).toBe('description');
    expect(initiativeRefusal({ code: 'cpr-number-in-text', message: 'participants indeholder et CPR-nummer …' }, 'title').field).toBe('participants');
    expect(initiativeRefusal({ code: 'initiative-status-change-refused', message: '…' }, 'status')).toMatchObject({ field: 'status', code: 'initiative-status-change-refused' });
  });
});
