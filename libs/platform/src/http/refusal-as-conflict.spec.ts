import { ConflictException } from '@nestjs/common';
import { refusalAsConflict } from './refusal-as-conflict';

class Refusal extends Error {}

describe('refusalAsConflict', () => {
  it("gives the rule's answer when it does not refuse", () => {
    expect(refusalAsConflict(Refusal, () => 'open')).toBe('open');
  });

  it("turns the rule's refusal into a 409 with its message", () => {
    expect(() => refusalAsConflict(Refusal, () => { throw new Refusal('Sagen er lukket'); })).toThrow(new ConflictException('Sagen er lukket'));
  });

  it('lets any other error through', () => {
    expect(() => refusalAsConflict(Refusal, () => { throw new RangeError('bad'); })).toThrow(RangeError);
  });
});
