import { DEFAULT_AREAS } from '@ssp/contracts';
import { AmbiguousAreaTableError, areaResolver, UNKNOWN_AREA } from './area';

describe('areaResolver with the default table', () => {
  const resolve = areaResolver(DEFAULT_AREAS);

  it.each([
    ['8900', 'randers-c'],
    ['8920', 'randers-nv'],
    ['8950', 'oersted'],
    ['8970', 'oersted'],
    ['8983', 'spentrup'],
    [' 8990 ', 'faarup'],
  ])('places postal code %p in %s', (postalCode, areaId) => {
    expect(resolve(postalCode)).toBe(areaId);
  });

  it('answers unknown for a postal code outside the municipality, or none', () => {
    expect(resolve('8000')).toBe(UNKNOWN_AREA);
    expect(resolve(undefined)).toBe('unknown');
    expect(resolve(undefined, 'Vestervangskolen')).toBe('unknown');
  });
});

describe('areaResolver with schools', () => {
  const resolve = areaResolver([
    { id: 'randers-c', name: 'Randers C', postalCodes: ['8900'], schools: ['Søndre Skole'] },
    { id: 'langaa', name: 'Langå', postalCodes: ['8870'], schools: ['Langå Skole'] },
  ]);

  it('places by school when the postal code is missing or unknown, ignoring case and spacing', () => {
    expect(resolve(undefined, 'søndre  skole')).toBe('randers-c');
    expect(resolve('8000', ' Langå Skole ')).toBe('langaa');
  });

  it('prefers the postal code, where the young person lives, to the school', () => {
    expect(resolve('8870', 'Søndre Skole')).toBe('langaa');
  });

  it('refuses a table that puts one postal code or school in two areas', () => {
    expect(() =>
      areaResolver([
        { id: 'a', name: 'A', postalCodes: ['8900'] },
        { id: 'b', name: 'B', postalCodes: ['8900'] },
      ]),
    ).toThrow(AmbiguousAreaTableError);
    expect(() =>
      areaResolver([
        { id: 'a', name: 'A', postalCodes: [], schools: ['Nordskolen'] },
        { id: 'b', name: 'B', postalCodes: [], schools: ['NORDSKOLEN'] },
      ]),
    ).toThrow(/"a".*"b"/);
  });
});
