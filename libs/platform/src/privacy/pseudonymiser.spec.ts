import { randomBytes } from 'node:crypto';
import { Pseudonymiser } from './pseudonymiser';

describe('Pseudonymiser', () => {
  const pseudonymiser = new Pseudonymiser(randomBytes(32));

  it('gives the same person the same pseudonym and another key another one', () => {
    expect(pseudonymiser.ofCpr('0102031234')).toBe(pseudonymiser.ofCpr('0102031234'));
    expect(pseudonymiser.ofCpr('0102031234')).toMatch(/^[0-9a-f]{64}$/);
    expect(new Pseudonymiser(randomBytes(32)).ofCpr('0102031234')).not.toBe(pseudonymiser.ofCpr('0102031234'));
  });

  it('ignores case and spacing of a name without CPR, not the birth date', () => {
    expect(pseudonymiser.ofNameAndBirthDate(' Søren  Ærø ', '2012-03-04')).toBe(pseudonymiser.ofNameAndBirthDate('søren ærø', '2012-03-04'));
    expect(pseudonymiser.ofNameAndBirthDate('Søren Ærø', '2012-03-05')).not.toBe(pseudonymiser.ofNameAndBirthDate('Søren Ærø', '2012-03-04'));
  });
});
