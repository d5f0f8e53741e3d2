import { CUT_LINE, EXTRACT_HEADINGS, registerExtractDocument } from './register-extract-document';
import { EXTRACT_LIST_MAX, extractListOf } from './register-extract-rules';
import type { RegisterExtractDto } from './register-extract.dto';

const empty = { items: [], cut: false };
const extract = (overrides: Partial<RegisterExtractDto> = {}): RegisterExtractDto => ({
  personPseudonym: 'a'.repeat(64),
  madeAt: '2026-12-07T10:00:00.000Z',
  erasedAt: null,
  mergedPseudonyms: [],
  identity: { name: 'Asta Holm', cpr: '010311-4001', birthDate: '2011-03-01', school: 'Vestervangskolen', protectedAddress: false },
  identityError: null,
  cases: empty,
  incidents: empty,
  concerns: empty,
  notes: empty,
  decisions: empty,
  interventions: empty,
  reopenings: empty,
  accessLog: empty,
  ...overrides,
});

describe('extractListOf', () => {
  const rows = (count: number) => Array.from({ length: count }, (_, index) => index);

  it('keeps every row up to the cap, and says nothing is left out', () => {
    expect(extractListOf(rows(EXTRACT_LIST_MAX), String)).toEqual({ items: rows(EXTRACT_LIST_MAX).map(String), cut: false });
  });

  it('keeps the first (newest) rows up to the cap of one more read, and says the list is cut', () => {
    const list = extractListOf(rows(EXTRACT_LIST_MAX + 1), (row) => row * 2);
    expect([list.items.length, list.items.at(-1), list.cut]).toEqual([EXTRACT_LIST_MAX, (EXTRACT_LIST_MAX - 1) * 2, true]);
  });
});

describe('registerExtractDocument', () => {
  it('has every heading in Danish, in order, and says "Ingen." under an empty list', () => {
    const document = registerExtractDocument(extract());
    expect(document.sections.map((section) => section.heading)).toEqual(Object.values(EXTRACT_HEADINGS));
    expect(document.sections[0].lines).toEqual(['Navn: Asta Holm', 'CPR-nummer: 010311-4001', 'Fødselsdato: 2011-03-01', 'Skole: Vestervangskolen']);
    expect(document.sections[2].lines).toEqual(['Ingen.']);
  });

  it('says so under a list that was cut', () => {
    const entry = { accessedAt: '2026-12-01T09:00:00.000Z', actor: 'konsulent-1', actorRoles: ['ssp-consultant'], action: 'person', actionText: 'personens side', purpose: 'case-follow-up', purposeText: 'opfølgning på sagen' };
    const document = registerExtractDocument(extract({ accessLog: { items: [entry], cut: true } }));
    expect(document.sections.at(-1)!.lines).toEqual(['2026-12-01T09:00:00.000Z: konsulent-1 (ssp-consultant) læste personens side, formål: opfølgning på sagen.', CUT_LINE]);
  });

  it('says when the identity was erased, and writes "(slettet)" for erased words', () => {
    const incident = {
      incidentId: 'i',
      journalNumber: 'J-1',
      role: 'suspect',
      roleText: 'mistænkt',
      incidentDate: '2026-11-02',
      offenceCategory: 'violence',
      offenceCategoryText: 'Vold',
      areaId: 'a',
      offenceText: null,
      incidentLocation: null,
      school: null,
      review: 'reviewed' as const,
      reviewText: 'gennemgået',
    };
    const document = registerExtractDocument(extract({ identity: null, erasedAt: '2026-12-05T08:00:00.000Z', incidents: { items: [incident], cut: false } }));
    expect(document.sections[0].lines).toEqual(['Identiteten er slettet 2026-12-05.']);
    expect(document.sections[2].lines).toEqual(['2026-11-02, journalnr. J-1: Vold (mistænkt). Politiets beskrivelse: (slettet). Sted: (slettet).']);
  });
});
