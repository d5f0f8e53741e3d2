import { fullYear, maskCpr, parseCpr } from './cpr';

/** The old modulus-11 check, only to show that numbers failing it are still accepted. */
function passesModulus11(cpr: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return [...cpr].reduce((sum, digit, index) => sum + Number(digit) * weights[index], 0) % 11 === 0;
}

describe('parseCpr', () => {
  it('reads DDMMYY-SSSS and DDMMYYSSSS, with spaces around', () => {
    const expected = { ok: true, value: { cpr: '0102031234', birthDate: '1903-02-01', sex: 'female' } };
    expect(parseCpr('010203-1234')).toEqual(expected);
    expect(parseCpr('0102031234')).toEqual(expected);
    expect(parseCpr('  010203-1234\u00a0')).toEqual(expected);
  });

  it('takes the sex from the last digit: odd is male', () => {
    expect(parseCpr('0102031235')).toMatchObject({ value: { sex: 'male' } });
    expect(parseCpr('0102031230')).toMatchObject({ value: { sex: 'female' } });
  });

  it.each([
    // seventh digit 0-3: always the 1900s
    ['0101000000', '1900-01-01'],
    ['3112991999', '1999-12-31'],
    ['0101362000', '1936-01-01'],
    ['0101583999', '1958-01-01'],
    // 4 and 9: 2000-2036 for years 00-36, else 1937-1999
    ['0101004000', '2000-01-01'],
    ['3112364000', '2036-12-31'],
    ['0101374000', '1937-01-01'],
    ['3112994000', '1999-12-31'],
    ['0101369000', '2036-01-01'],
    ['0101379000', '1937-01-01'],
    // 5-8: 2000-2057 for years 00-57, else 1858-1899
    ['0101005000', '2000-01-01'],
    ['3112575000', '2057-12-31'],
    ['0101585000', '1858-01-01'],
    ['3112998999', '1899-12-31'],
    ['0101576000', '2057-01-01'],
    ['0101587000', '1858-01-01'],
  ])('dates %s to %s', (cpr, birthDate) => {
    expect(parseCpr(cpr)).toMatchObject({ ok: true, value: { birthDate } });
  });

  it.each([
    [36, 4, 2036],
    [37, 4, 1937],
    [36, 9, 2036],
    [37, 9, 1937],
    [57, 5, 2057],
    [58, 5, 1858],
    [57, 8, 2057],
    [58, 8, 1858],
    [0, 0, 1900],
    [99, 3, 1999],
  ])('reads year %i with seventh digit %i as %i', (yearOfCentury, seventh, year) => {
    expect(fullYear(yearOfCentury, seventh)).toBe(year);
  });

  it('knows leap years by the full year: 29-02-2000 and 29-02-2004 exist, 29-02-1900 and 29-02-2003 do not', () => {
    expect(parseCpr('2902004000')).toMatchObject({ ok: true, value: { birthDate: '2000-02-29' } });
    expect(parseCpr('2902044000')).toMatchObject({ ok: true, value: { birthDate: '2004-02-29' } });
    expect(parseCpr('2902001000')).toEqual({ ok: false, error: 'cpr-invalid-date' });
    expect(parseCpr('2902034000')).toEqual({ ok: false, error: 'cpr-invalid-date' });
  });

  it.each(['3104104123', '0001104123', '3201104123', '0113104123', '0000000000'])('refuses %s: no such date', (cpr) => {
    expect(parseCpr(cpr)).toEqual({ ok: false, error: 'cpr-invalid-date' });
  });

  it('accepts numbers that fail the modulus-11 check (issued so since 2007)', () => {
    const cpr = '0102114123';
    expect(passesModulus11(cpr)).toBe(false);
    expect(parseCpr(cpr)).toMatchObject({ ok: true, value: { cpr } });
  });

  it('pads a nine-digit number cell whose leading zero Excel dropped, and takes ten digits as is', () => {
    expect(parseCpr(102031234)).toMatchObject({ ok: true, value: { cpr: '0102031234', birthDate: '1903-02-01' } });
    expect(parseCpr(1102031234)).toMatchObject({ ok: true, value: { cpr: '1102031234', birthDate: '1903-02-11' } });
  });

  it.each([
    ['nine digits as text', '102031234'],
    ['eleven digits', '01020312345'],
    ['a space for the hyphen', '010203 1234'],
    ['two hyphens', '010203--1234'],
    ['letters', '010203-12x4'],
    ['blank', ''],
    ['an eight-digit number', 12031234],
    ['a fraction', 102031234.5],
    ['an eleven-digit number', 10203123456],
    ['a date', new Date(Date.UTC(2010, 0, 1))],
    ['a boolean', true],
    ['nothing', null],
  ])('refuses %s', (_case, value) => {
    expect(parseCpr(value)).toEqual({ ok: false, error: 'cpr-format' });
  });

  it('masks all but the date', () => {
    expect(maskCpr('0102031234')).toBe('010203-xxxx');
  });
});
