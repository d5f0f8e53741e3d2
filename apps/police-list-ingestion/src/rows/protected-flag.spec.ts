import { parseProtectedFlag } from './protected-flag';

describe('parseProtectedFlag', () => {
  it.each([
    ['ja', true],
    ['Ja', true],
    ['yes', true],
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['SAND', true],
    ['x', true],
    [' X ', true],
    [1, true],
    [true, true],
    ['nej', false],
    ['NEJ', false],
    ['no', false],
    ['0', false],
    ['false', false],
    ['FALSK', false],
    ['', false],
    ['   ', false],
    [null, false],
    [0, false],
    [false, false],
  ])('reads %p as %p', (value, flag) => {
    expect(parseProtectedFlag(value)).toEqual({ ok: true, value: flag });
  });

  it.each(['måske', 'j', 'n', '2', 'beskyttet', 2, 0.5, new Date(Date.UTC(2026, 0, 1))])('refuses %p', (value) => {
    expect(parseProtectedFlag(value)).toEqual({ ok: false, error: 'protected-flag-invalid' });
  });
});
