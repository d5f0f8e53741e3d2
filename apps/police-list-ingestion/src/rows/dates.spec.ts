import { ageAt, parseBirthDate, parseDateCell, parseIncidentDate, parseTime } from './dates';

const TODAY = '2026-03-01';

describe('parseDateCell', () => {
  it.each([
    ['01-02-2026', { date: '2026-02-01' }],
    ['01.02.2026', { date: '2026-02-01' }],
    ['01/02/2026', { date: '2026-02-01' }],
    ['2026-02-01', { date: '2026-02-01' }],
    ['1-2-2026', { date: '2026-02-01' }],
    ['1.2.2026', { date: '2026-02-01' }],
    [' 01-02-2026 ', { date: '2026-02-01' }],
    ['01-02-2026 14:30', { date: '2026-02-01', time: '14:30' }],
    ['01.02.2026 14.30', { date: '2026-02-01', time: '14:30' }],
    ['01/02/2026 9:05', { date: '2026-02-01', time: '09:05' }],
    ['2026-02-01 23:59', { date: '2026-02-01', time: '23:59' }],
    ['01-02-2026 00:00', { date: '2026-02-01', time: '00:00' }],
  ])('reads %p', (text, expected) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['01-02.2026', '01-02-26', '2026-2-1', '2026/02/01', '01-02-2026 24:00', '01-02-2026 14:60', '01-02-2026 kl. 14', 'i går', '', '45658'])(
    'cannot read %p',
    (text) => {
      expect(parseDateCell(text)).toEqual({ ok: false, error: 'format' });
    },
  );

  it.each(['31-02-2026', '29-02-2025', '31-04-2026', '00-01-2026', '01-13-2026', '2026-02-30'])('refuses %p: no such day', (text) => {
    expect(parseDateCell(text)).toEqual({ ok: false, error: 'invalid' });
  });

  it('knows 29 February in leap years', () => {
    expect(parseDateCell('29-02-2024')).toEqual({ ok: true, value: { date: '2024-02-29' } });
    expect(parseDateCell('29-02-2000')).toEqual({ ok: true, value: { date: '2000-02-29' } });
    expect(parseDateCell('29-02-2100')).toEqual({ ok: false, error: 'invalid' });
  });

  it('reads XLSX date cells: UTC midnight is a date alone, anything else has a time', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 1, 1)))).toEqual({ ok: true, value: { date: '2026-02-01' } });
    expect(parseDateCell(new Date(Date.UTC(2026, 1, 1, 14, 30)))).toEqual({ ok: true, value: { date: '2026-02-01', time: '14:30' } });
  });

  it('rounds an XLSX time to the minute, as Excel stores times as fractions of a day', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 1, 1, 14, 29, 59, 999)))).toEqual({ ok: true, value: { date: '2026-02-01', time: '14:30' } });
    expect(parseDateCell(new Date(Date.UTC(2026, 1, 1, 23, 59, 59, 999)))).toEqual({ ok: true, value: { date: '2026-02-02' } });
  });

  it('refuses an invalid Date and cells that are no date', () => {
    expect(parseDateCell(new Date(Number.NaN))).toEqual({ ok: false, error: 'format' });
    expect(parseDateCell(true)).toEqual({ ok: false, error: 'format' });
    expect(parseDateCell(null)).toEqual({ ok: false, error: 'format' });
  });

  it.each([
    [45658, { date: '2025-01-01' }],
    [45658.5, { date: '2025-01-01', time: '12:00' }],
    [46054.604166666664, { date: '2026-02-01', time: '14:30' }],
    [1, { date: '1900-01-01' }],
    [59, { date: '1900-02-28' }],
    [61, { date: '1900-03-01' }],
    [32874, { date: '1990-01-01' }],
  ])('reads the Excel serial %p (1900 system)', (serial, expected) => {
    expect(parseDateCell(serial)).toEqual({ ok: true, value: expected });
  });

  it("refuses Excel's fake 29-02-1900 (serial 60) and serials before day 1", () => {
    expect(parseDateCell(60)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDateCell(0)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDateCell(-5)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDateCell(1e12)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDateCell(Number.NaN)).toEqual({ ok: false, error: 'format' });
  });
});

describe('parseIncidentDate', () => {
  it('accepts the upload day and 1 January 1990', () => {
    expect(parseIncidentDate('01-03-2026 08:15', TODAY)).toEqual({ ok: true, value: { date: '2026-03-01', time: '08:15' } });
    expect(parseIncidentDate('01-01-1990', TODAY)).toEqual({ ok: true, value: { date: '1990-01-01' } });
  });

  it('refuses a date after the upload day as a typo', () => {
    expect(parseIncidentDate('02-03-2026', TODAY)).toEqual({ ok: false, error: 'in-future' });
    expect(parseIncidentDate(new Date(Date.UTC(2027, 0, 1)), TODAY)).toEqual({ ok: false, error: 'in-future' });
    expect(parseIncidentDate(1022026, TODAY)).toEqual({ ok: false, error: 'in-future' });
  });

  it('refuses a date before 1990', () => {
    expect(parseIncidentDate('31-12-1989', TODAY)).toEqual({ ok: false, error: 'too-old' });
    expect(parseIncidentDate(59, TODAY)).toEqual({ ok: false, error: 'too-old' });
  });

  it('says why a date cannot be read before judging its bounds', () => {
    expect(parseIncidentDate('31-02-2030', TODAY)).toEqual({ ok: false, error: 'invalid' });
    expect(parseIncidentDate('snart', TODAY)).toEqual({ ok: false, error: 'format' });
  });
});

describe('parseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['9:05', '09:05'],
    [' 00:00 ', '00:00'],
    ['23:59', '23:59'],
    [0, '00:00'],
    [0.5, '12:00'],
    [0.604166666666667, '14:30'],
    [0.99930555, '23:59'],
  ])('reads %p as %s', (value, time) => {
    expect(parseTime(value)).toEqual({ ok: true, value: time });
  });

  it('reads XLSX time cells (days of 1899) and date-time cells by their time', () => {
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 14, 30)))).toEqual({ ok: true, value: '14:30' });
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 7, 59, 59, 999)))).toEqual({ ok: true, value: '08:00' });
    expect(parseTime(new Date(Date.UTC(2026, 1, 1, 21, 5)))).toEqual({ ok: true, value: '21:05' });
  });

  it.each(['24:00', '12:60', '1430', 'kl. 14.30', '14:30:00', '', 1, 1.5, -0.1, 0.9999999, true, null, new Date(Number.NaN)])('refuses %p', (value) => {
    expect(parseTime(value)).toEqual({ ok: false, error: 'format' });
  });
});

describe('parseBirthDate', () => {
  it('reads the same formats as the incident date', () => {
    expect(parseBirthDate('05-06-2012', TODAY)).toEqual({ ok: true, value: '2012-06-05' });
    expect(parseBirthDate('5/6/2012', TODAY)).toEqual({ ok: true, value: '2012-06-05' });
    expect(parseBirthDate('2012-06-05', TODAY)).toEqual({ ok: true, value: '2012-06-05' });
    expect(parseBirthDate(new Date(Date.UTC(2012, 5, 5)), TODAY)).toEqual({ ok: true, value: '2012-06-05' });
    expect(parseBirthDate(41065, TODAY)).toEqual({ ok: true, value: '2012-06-05' });
  });

  it('refuses a time with a birth date', () => {
    expect(parseBirthDate('05-06-2012 10:00', TODAY)).toEqual({ ok: false, error: 'format' });
    expect(parseBirthDate(new Date(Date.UTC(2012, 5, 5, 10)), TODAY)).toEqual({ ok: false, error: 'format' });
  });

  it('refuses a birth after the upload day', () => {
    expect(parseBirthDate('01-03-2026', TODAY)).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseBirthDate('02-03-2026', TODAY)).toEqual({ ok: false, error: 'in-future' });
  });

  it('takes people up to 29 at upload and refuses from 30', () => {
    expect(parseBirthDate('02-03-1996', TODAY)).toEqual({ ok: true, value: '1996-03-02' });
    expect(parseBirthDate('01-03-1996', TODAY)).toEqual({ ok: false, error: 'too-old' });
  });

  it('refuses what is no date', () => {
    expect(parseBirthDate('31-06-2012', TODAY)).toEqual({ ok: false, error: 'invalid' });
    expect(parseBirthDate('juni 2012', TODAY)).toEqual({ ok: false, error: 'format' });
  });
});

describe('ageAt', () => {
  it.each([
    ['2010-06-15', '2026-06-14', 15],
    ['2010-06-15', '2026-06-15', 16],
    ['2010-06-15', '2026-12-31', 16],
    ['2010-06-15', '2010-06-15', 0],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('someone born %s is, on %s, %i', (birthDate, onDate, age) => {
    expect(ageAt(birthDate, onDate)).toBe(age);
  });
});
