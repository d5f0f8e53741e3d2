import { containsCprNumber, findCprNumbers } from './cpr-in-text';

/** The ways one CPR number (010112-4001) gets typed, the forms first. */
const WRITTEN_AS: ReadonlyArray<[string, string]> = [
  ['with the hyphen', '010112-4001'],
  ['without it', '0101124001'],
  ['spaced in pairs', '01 01 12 4001'],
  ['dotted, hyphen before the serial', '01.01.12-4001'],
  ['dotted, space before the serial', '01.01.12 4001'],
  ['with a space instead of the hyphen', '010112 4001'],
  ['with spaces around the hyphen', '010112 - 4001'],
  ['hyphens throughout', '01-01-12-4001'],
  ['slashes in the date', '01/01/12-4001'],
  ['dot and space, as in a Danish date', '01. 01. 12 4001'],
  ['full-width digits', '０１０１１２４００１'],
  ['full-width digits and hyphen', '０１０１１２－４００１'],
  ['an en dash', '010112\u20134001'],
  ['a minus sign', '010112\u22124001'],
  ['a non-breaking space', '010112\u00A04001'],
  ['a narrow non-breaking space between pairs', '01\u202F01\u202F12\u202F4001'],
  ['an ideographic space', '010112\u30004001'],
  ['a zero-width space inside', '0101\u200B12\u200B4001'],
  ['a soft hyphen inside', '010112\u00AD4001'],
];

describe('findCprNumbers', () => {
  it.each(WRITTEN_AS)('finds a CPR number written %s, with its place and its ten digits', (_how, written) => {
    const text = `Drengen (${written}) blev set ved skolen.`;
    expect(findCprNumbers(text)).toEqual([{ start: 9, end: 9 + written.length, digits: '0101124001' }]);
    expect(containsCprNumber(written)).toBe(true);
  });

  it('finds every number in a text, in order, and one at either end', () => {
    expect(findCprNumbers('0101124001 og 31.12.09 5123').map((found) => found.digits)).toEqual(['0101124001', '3112095123']);
    expect(findCprNumbers('Tlf. 12345678 0101124001').map((found) => found.digits)).toEqual(['0101124001']);
    expect(findCprNumbers('J.nr. 3700-1-26 01 03 10 4321').map((found) => found.digits)).toEqual(['0103104321']);
    expect(findCprNumbers('01 01 12 4001').map((found) => found.start)).toEqual([0]);
  });

  it('takes a plausible date, not only a real one: a typo in the date still points to a person', () => {
    expect(containsCprNumber('310211-4321')).toBe(true);
    expect(containsCprNumber('300212 4321')).toBe(true);
  });

  it('does not ask for modulus 11, which numbers issued since 2007 need not pass', () => {
    // 0101124001: 0*4+1*3+0*2+1*7+1*6+2*5+4*4+0*3+0*2+1*1 = 43, not a multiple of 11.
    expect(containsCprNumber('0101124001')).toBe(true);
  });

  it('takes a date with a two-digit year and a time without a colon for one: the shapes are the same (the documented false positive)', () => {
    expect(containsCprNumber('Anmeldt 12.11.26 1430')).toBe(true);
  });

  it.each([
    ['a phone number in pairs', 'Ring 12 34 56 78'],
    ['a phone number in pairs that reads as a date', 'Ring 01 02 03 04'],
    ['a phone number in one piece', 'Ring 12345678 eller +45 12345678'],
    ['a phone number with the country code in one piece', '+4512345678'],
    ['a phone number and a postal code', 'Tlf. 21 10 11 12 8900 Randers'],
    ['a phone number with the country code and a postal code', '+45 21 10 11 12 8900 Randers'],
    ['a date with the year in four digits', 'Mødet 01.01.2012 og 01-01-2012'],
    ['a date with a four-digit year and a time', 'Anmeldt 01.01.2012 1430'],
    ['a date with a time after kl.', 'Anmeldt 12.11.26 kl. 1430'],
    ['a date with a time with a colon', 'Anmeldt 12.11.26 14:30'],
    ['an ISO date and a time', '2026-11-22 1000'],
    ['a journal number', 'J.nr. 4201-12345-00012-26 og 3700-80310-01234-25'],
    ['ten digits inside a longer number', '12345678901 og 0102031234567'],
    ['a CPR shape joined to more digits by a hyphen', '0101124001-5 og 9-0101124001'],
    ['a CPR shape joined to more digits by a dot', '0101124001.5'],
    ['an impossible month', '991399-1234 og 011312-4001'],
    ['an impossible day', '000112-4001 og 320112-4001'],
    ['a UUID', 'a1b2c3d4-0102-0312-3456-abcdef012345'],
    ['a serial split in two', '01 01 12 40 01'],
    ['an amount', 'Skaden er opgjort til 1.010.124.001 kr.'],
    ['digits separated by commas', '01,01,12,4001'],
    ['too few digits', '010112-400'],
  ])('does not take %s for a CPR number', (_what, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });

  it('reads a long text with many numbers, none of them a CPR number, and one that is', () => {
    const text = `${'Mødet handlede om trafik ved skolen 1 2 3 4 5 6 7 8 9. '.repeat(2000)}`;
    expect(containsCprNumber(text)).toBe(false);
    expect(containsCprNumber(`${text} 010112-4001`)).toBe(true);
  });
});
