import { flagWithReason } from '../domain';
import { concernReason } from './concern-rules';

describe("a member's concern on the agenda", () => {
  it('is a reason named after its source, with the day it was raised', () => {
    expect(concernReason('school', '2026-12-04')).toEqual({ code: 'concern-from-school', weight: 2, text: 'Bekymring fra skole, rejst 2026-12-04' });
    expect(concernReason('family-department', '2026-12-04').text).toBe('Bekymring fra Familieafdelingen, rejst 2026-12-04');
  });

  it('joins the reasons the person had, heaviest first, and a second concern from the same source replaces the first', () => {
    const police = { code: 'suspect-or-charged', weight: 3, text: 'Mistænkt eller sigtet' };
    const first = flagWithReason([police], concernReason('school', '2026-12-01'));
    expect(first).toEqual({ priority: 5, reasons: [police, concernReason('school', '2026-12-01')] });
    const second = flagWithReason(first.reasons, concernReason('school', '2026-12-04'));
    expect(second).toEqual({ priority: 5, reasons: [police, concernReason('school', '2026-12-04')] });
    const other = flagWithReason(second.reasons, concernReason('club', '2026-12-04'));
    expect(other.priority).toBe(7);
    expect(other.reasons.map((reason) => reason.code)).toEqual(['suspect-or-charged', 'concern-from-school', 'concern-from-club']);
  });
});
