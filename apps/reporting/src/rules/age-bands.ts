/**
 * Age bands for statistics, chosen by what SSP does at each age: under 12 (school and family
 * follow-up), 12 to 14 (the core SSP group, below the age of criminal responsibility), 15 to
 * 17 (criminally responsible minors), 18 to 24 (SSP+, young adults) and 25 or older.
 */
export const AGE_BANDS = [
  { id: 'under-12', from: 0, to: 11, da: 'Under 12 år' },
  { id: '12-14', from: 12, to: 14, da: '12-14 år' },
  { id: '15-17', from: 15, to: 17, da: '15-17 år' },
  { id: '18-24', from: 18, to: 24, da: '18-24 år' },
  { id: '25-plus', from: 25, to: Infinity, da: '25 år og derover' },
] as const;

export type AgeBand = (typeof AGE_BANDS)[number]['id'];

/** The band of an age in whole years at the incident. */
export function ageBandOf(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`an age is a whole number of years, got ${age}`);
  return AGE_BANDS.find((band) => age >= band.from && age <= band.to)!.id;
}
