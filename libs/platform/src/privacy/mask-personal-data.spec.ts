import { maskPersonalData, maskPersonalDataDeep } from './mask-personal-data';

describe('maskPersonalData', () => {
  it('masks CPR numbers with and without the hyphen, keeping the birth date', () => {
    expect(maskPersonalData('row 7: 010203-1234 and 3112991234')).toBe('row 7: 010203-xxxx and 311299-xxxx');
  });

  it('masks them spaced, dotted and in full-width digits, keeping the rest of the text as it was', () => {
    expect(maskPersonalData('Om 01 01 12 4001, 01.01.12-4001 og ０１０１１２４００１.')).toBe('Om 010112-xxxx, 010112-xxxx og 010112-xxxx.');
  });

  it('leaves numbers that are not CPR numbers', () => {
    for (const text of ['2026-11-22', '12345678901', 'journal 4201-12345-00012-26', '991399-1234', 'a1b2c3d4-0102-0312-3456-abcdef012345', '0102031234567', 'tlf. 12 34 56 78', '01.01.2012']) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it('masks every string in a structure', () => {
    expect(maskPersonalDataDeep({ message: ['cpr 0102031234'], nested: { value: '010203-1234', count: 3 } })).toEqual({
      message: ['cpr 010203-xxxx'],
      nested: { value: '010203-xxxx', count: 3 },
    });
  });
});
