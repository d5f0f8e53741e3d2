import { quote } from './row-errors';

describe('quote', () => {
  it('quotes a value the Danish way', () => {
    expect(quote('31-02-2026')).toBe('»31-02-2026«');
  });

  it('masks anything shaped like a CPR number, wherever it stands', () => {
    expect(quote('0102031234')).toBe('»010203-xxxx«');
    expect(quote('sigtet 010203-1234')).toBe('»sigtet 010203-xxxx«');
    expect(quote('010203 1234 og 1111111118')).toBe('»010203-xxxx og 111111-xxxx«');
    expect(quote('91020312345')).not.toMatch(/\d{10}/);
  });

  it('cuts long content', () => {
    expect(quote('a'.repeat(100))).toBe(`»${'a'.repeat(40)}…«`);
  });
});
