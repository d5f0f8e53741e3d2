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

  it("answers a refusal with a code like the suite's other refusals: the code beside the message", () => {
    class CodedRefusal extends Error {
      readonly code = 'case-closed';
    }
    const thrown = (() => {
      try {
        refusalAsConflict(CodedRefusal, () => { throw new CodedRefusal('Sagen er lukket.'); });
      } catch (error) {
        return error;
      }
    })();
    expect([thrown instanceof ConflictException, (thrown as ConflictException).getResponse()]).toEqual([true, { error: 'Conflict', code: 'case-closed', message: 'Sagen er lukket.' }]);
  });

  it('lets any other error through', () => {
    expect(() => refusalAsConflict(Refusal, () => { throw new RangeError('bad'); })).toThrow(RangeError);
  });
});
