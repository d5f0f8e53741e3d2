import { mapHeader, normaliseHeader } from './header-aliases';
import type { PoliceListField } from './police-list-field';

/** Copied from the format description (police-list-format.md), not from the code under test. */
const ALIASES_IN_FORMAT: Array<[PoliceListField, string[]]> = [
  ['journalNumber', ['journalnummer', 'journalnr', 'j.nr', 'politijournal', 'sagsnummer', 'journal number']],
  ['incidentDate', ['gerningsdato', 'dato', 'hændelsesdato', 'date', 'incident date']],
  ['incidentTime', ['tidspunkt', 'klokkeslæt', 'kl', 'time']],
  ['offenceCode', ['gerningskode', 'forholdskode', 'kode', 'offence code']],
  ['offenceText', ['gerningsbeskrivelse', 'forhold', 'overtrædelse', 'lovovertrædelse', 'beskrivelse', 'offence']],
  ['role', ['rolle', 'involvering', 'role']],
  ['cpr', ['cpr', 'cprnr', 'cpr-nummer', 'personnummer']],
  ['birthDate', ['fødselsdato', 'født', 'birth date']],
  ['name', ['navn', 'fulde navn', 'name']],
  ['address', ['adresse', 'bopæl', 'address']],
  ['postalCode', ['postnr', 'postnummer', 'post code']],
  ['school', ['skole', 'uddannelsessted', 'school']],
  ['incidentLocation', ['gerningssted', 'sted', 'location']],
  ['policeUnit', ['station', 'politistation', 'enhed']],
  ['summary', ['resumé', 'referat', 'bemærkning', 'note']],
  ['protectedAddress', ['beskyttet', 'protected']],
];

const EVERY_ALIAS = ALIASES_IN_FORMAT.flatMap(([field, aliases]) => aliases.map((alias) => [alias, field] as const));

describe('mapHeader', () => {
  it.each(EVERY_ALIAS)('reads the header %p as %s', (alias, field) => {
    expect(mapHeader([alias]).columns).toEqual([field]);
  });

  it.each(EVERY_ALIAS)('reads %p in capitals, with underscores for spaces and a trailing dot, as %s', (alias, field) => {
    expect(mapHeader([` ${alias.toUpperCase().replace(/ /g, '_')}. `]).columns).toEqual([field]);
  });

  it.each([
    ['J.nr', 'journalNumber'],
    ['Journal Number', 'journalNumber'],
    ['CPR-nummer', 'cpr'],
    ['CPR nr.', 'cpr'],
    ['Fulde navn', 'name'],
    ['Fulde_Navn', 'name'],
    ['Post-nr.', 'postalCode'],
    ['Fødsels-dato', 'birthDate'],
    ['Gernings\u00a0dato', 'incidentDate'],
    ['\uFEFFJournalnummer', 'journalNumber'],
    ['Resume\u0301', 'summary'],
  ])('reads %p as %s', (header, field) => {
    expect(mapHeader([header]).columns).toEqual([field]);
  });

  it('maps each column by its index and reports unknown headers, ignoring blank ones', () => {
    const mapping = mapHeader(['Dato', 'Sagsbehandler', null, 'Navn', '  ', 'Rolle', 42]);
    expect(mapping.columns).toEqual(['incidentDate', undefined, undefined, 'name', undefined, 'role', undefined]);
    expect(mapping.unknown).toEqual(['Sagsbehandler', '42']);
  });

  it('accepts a complete header', () => {
    const mapping = mapHeader(['Journalnr', 'Dato', 'Forhold', 'Rolle', 'CPR', 'Navn']);
    expect(mapping.missingRequired).toEqual([]);
    expect(mapping.duplicated).toEqual([]);
  });

  it('reports every missing required column, and cpr when there is neither CPR nor birth date', () => {
    expect(mapHeader(['Adresse']).missingRequired).toEqual(['journalNumber', 'incidentDate', 'offenceText', 'role', 'cpr', 'name']);
    expect(mapHeader(['Født']).missingRequired).toEqual(['journalNumber', 'incidentDate', 'offenceText', 'role', 'name']);
    expect(mapHeader(['Personnummer']).missingRequired).toEqual(['journalNumber', 'incidentDate', 'offenceText', 'role', 'name']);
  });

  it('reports a field named twice and reads only its first column', () => {
    const mapping = mapHeader(['Dato', 'Gerningsdato', 'Navn', 'Dato']);
    expect(mapping.duplicated).toEqual(['incidentDate']);
    expect(mapping.columns).toEqual(['incidentDate', undefined, 'name', undefined]);
    expect(mapping.unknown).toEqual([]);
  });

  it('ignores case, spaces, dots, hyphens and underscores, and nothing else', () => {
    expect(normaliseHeader(' J._N-r ')).toBe('jnr');
    expect(normaliseHeader('Fødselsdato')).toBe('fødselsdato');
  });
});
