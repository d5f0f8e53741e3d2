import { flagsAfterUnmerge, mergedFlag } from './merge-rules';

const followUp = { code: 'follow-up-next-meeting', weight: 1, text: 'Opfølgning aftalt 2026-11-09' };
const charged = (weight: number) => ({ code: 'suspect-or-charged', weight, text: 'Mistænkt eller sigtet' });
const victim = { code: 'victim', weight: 2, text: 'Forurettet – opfølgning på omsorg' };

describe('the flags of merged persons', () => {
  it("keeps every reason of both, the heavier where both have a code, heaviest first, and sums the priority", () => {
    const kept = { priority: 4, reasons: [charged(3), followUp] };
    const merged = { priority: 6, reasons: [charged(4), victim] };
    expect(mergedFlag(kept, merged)).toEqual({ priority: 7, reasons: [charged(4), victim, followUp] });
  });

  it("takes either person's flag when only one had one, and none when neither had", () => {
    expect(mergedFlag({ priority: 1, reasons: [followUp] }, undefined)).toEqual({ priority: 1, reasons: [followUp] });
    expect(mergedFlag(undefined, { priority: 2, reasons: [victim] })).toEqual({ priority: 2, reasons: [victim] });
    expect(mergedFlag(undefined, undefined)).toBeUndefined();
  });

  it('gives each its flag back on an unmerge before any decision, and leaves the decided flag as it is after one', () => {
    const before = { kept: { priority: 1, reasons: [followUp] }, merged: null };
    expect(flagsAfterUnmerge(before, false)).toEqual(before);
    expect(flagsAfterUnmerge({ kept: null, merged: { priority: 2, reasons: [victim] } }, true)).toEqual({ kept: 'unchanged', merged: null });
  });
});
