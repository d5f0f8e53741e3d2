import { ERASED_BY_RETENTION, KEPT_BY_RETENTION } from '../retention/retention.dto';
import { ERASURE_STEPS, erasureItems, KEPT_AFTER_ERASURE } from './person-erasure';

describe('what an erasure takes and keeps', () => {
  it('names every step by a code of its own, in kebab-case, with Danish words', () => {
    const codes = [...ERASURE_STEPS, ...KEPT_AFTER_ERASURE].map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of [...ERASURE_STEPS, ...KEPT_AFTER_ERASURE]) {
      expect(item.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(item.text).not.toMatch(/\b(the|and|of)\b/);
    }
  });

  it('takes the identity first (the tombstone and the vault follow it), then the flag and every kind of free text about the person, referrals included', () => {
    expect(ERASURE_STEPS.map((step) => step.code)).toEqual(['identity', 'review-flag', 'note-texts', 'decision-notes', 'reopening-notes', 'concern-texts', 'incident-words', 'intervention-texts', 'referral-texts']);
  });

  it('keeps the pseudonymous counts, the course of the case without free text, and the access log', () => {
    expect(KEPT_AFTER_ERASURE.map((item) => item.code)).toEqual(['pseudonymous-counts', 'case-course', 'access-log']);
  });

  it('prints on the receipt and in the retention preview exactly what the steps run', () => {
    const { erased, kept } = erasureItems();
    expect(erased).toEqual(ERASURE_STEPS.map(({ code, text }) => ({ code, text })));
    expect(kept).toEqual(KEPT_AFTER_ERASURE);
    expect(ERASED_BY_RETENTION).toEqual(erased.map((item) => item.text));
    expect(KEPT_BY_RETENTION).toEqual(kept.map((item) => item.text));
  });
});
