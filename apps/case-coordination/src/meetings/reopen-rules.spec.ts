import { REOPEN_REASON_CODES, REOPEN_REASONS, reopenedFlag } from './reopen-rules';

describe('the flag of a reopened case', () => {
  it('puts the reopening with its Danish reason and day beside the reasons the person had, heaviest first', () => {
    const follow = { code: 'follow-up-next-meeting', weight: 1, text: 'Opfølgning aftalt 2026-11-09' };
    const serious = { code: 'serious-offence', weight: 4, text: 'Alvorlig lovovertrædelse: vold' };
    expect(reopenedFlag([follow, serious], 'concern-persists', '2026-11-23')).toEqual({
      priority: 7,
      reasons: [serious, { code: 'case-reopened', weight: 2, text: 'Sagen er genåbnet 2026-11-23: bekymringen består' }, follow],
    });
  });

  it('replaces an earlier reopening rather than counting it twice', () => {
    const first = reopenedFlag([], 'new-information', '2026-11-09');
    const second = reopenedFlag(first.reasons, 'partner-request', '2026-11-23');
    expect(second).toEqual({ priority: 2, reasons: [{ code: 'case-reopened', weight: 2, text: 'Sagen er genåbnet 2026-11-23: en samarbejdspartner har bedt om det' }] });
  });

  it('has a Danish text for every reason, each its own', () => {
    expect(new Set(REOPEN_REASON_CODES.map((code) => REOPEN_REASONS[code])).size).toBe(REOPEN_REASON_CODES.length);
  });
});
