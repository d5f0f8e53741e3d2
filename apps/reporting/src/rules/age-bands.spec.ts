import { AGE_BANDS, ageBandOf } from './age-bands';

describe('ageBandOf', () => {
  it.each([
    [0, 'under-12'],
    [11, 'under-12'],
    [12, '12-14'],
    [14, '12-14'],
    [15, '15-17'],
    [17, '15-17'],
    [18, '18-24'],
    [24, '18-24'],
    [25, '25-plus'],
    [120, '25-plus'],
  ])('puts %i in %s', (age, band) => expect(ageBandOf(age)).toBe(band));

  it('covers every age exactly once', () => {
    for (let age = 0; age <= 120; age++) expect(AGE_BANDS.filter((band) => age >= band.from && age <= band.to)).toHaveLength(1);
  });

  it('refuses what is not an age', () => {
    expect(() => ageBandOf(-1)).toThrow(/whole number/);
    expect(() => ageBandOf(12.5)).toThrow(/whole number/);
  });
});
