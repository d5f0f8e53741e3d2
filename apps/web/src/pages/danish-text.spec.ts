import { capitalised } from './danish-text';

describe('capitalised', () => {
  it('raises the first letter only, Danish letters too', () => {
    expect(capitalised('venter på svar')).toBe('Venter på svar');
    expect(capitalised('åben')).toBe('Åben');
    expect(capitalised('Mandagsgruppens møde')).toBe('Mandagsgruppens møde');
    expect(capitalised('')).toBe('');
  });
});
