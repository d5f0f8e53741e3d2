import { isDateString } from 'class-validator';
import fc from 'fast-check';
import { isStrictIsoDateString } from './iso-date-string';

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** Strings in the two shapes the shortcut takes, most of them no real date: month 13, day 31 in April, hour 24, year 0999. */
const dateShaped = fc.oneof(
  fc.tuple(digits(4), digits(2), digits(2)).map(([year, month, day]) => `${year}-${month}-${day}`),
  fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3)).map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`),
  fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

describe('isStrictIsoDateString', () => {
  it('answers as class-validator does for strings in the shapes it shortcuts', () => {
    fc.assert(
      fc.property(dateShaped, (value) => {
        expect(isStrictIsoDateString(value)).toBe(isDateString(value, { strict: true }));
      }),
      { numRuns: 5000 },
    );
  });

  it('answers as class-validator does for anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-:TZ.+W '), maxLength: 30 }), (value) => {
        expect(isStrictIsoDateString(value)).toBe(isDateString(value, { strict: true }));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31T10:00:00.000Z', false],
    ['2025-01-01T24:00:00.000Z', false],
    ['2025-W01-1', true],
    ['2025-01-01T10:00+01:00', true],
  ])('%s is %s', (value, expected) => {
    expect(isStrictIsoDateString(value)).toBe(expected);
    expect(isDateString(value, { strict: true })).toBe(expected);
  });
});
