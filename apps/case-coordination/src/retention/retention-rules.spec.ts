import fc from 'fast-check';
import { addDays } from '@ssp/platform/time';
import { firstErasableDay, retentionCutoffOn } from './retention-rules';

describe('retention rules', () => {
  it('keeps a person whose newest incident is on the cutoff day, and erases them the day after', () => {
    expect(retentionCutoffOn('2028-11-03', 24)).toBe('2026-11-03');
    expect(firstErasableDay('2026-11-03', 24)).toBe('2028-11-04');
  });

  it('finds the first day whose cutoff is after the incident, whatever the months and month ends', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2024-01-01', offset));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (last, months) => {
        const first = firstErasableDay(last, months);
        expect(retentionCutoffOn(first, months) > last).toBe(true);
        expect(retentionCutoffOn(addDays(first, -1), months) <= last).toBe(true);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });
});
