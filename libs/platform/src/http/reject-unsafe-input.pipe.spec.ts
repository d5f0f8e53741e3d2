import { BadRequestException } from '@nestjs/common';
import { MAX_INPUT_DEPTH, RejectUnsafeInputPipe, UNSAFE_INPUT_REFUSALS } from './reject-unsafe-input.pipe';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

describe('RejectUnsafeInputPipe', () => {
  const pipe = new RejectUnsafeInputPipe();

  it('passes ordinary input through unchanged', () => {
    const input = { name: 'Åse', tags: ['a', 'b'], nested: { count: 3 } };
    expect(pipe.transform(input)).toBe(input);
    expect(pipe.transform(nested(MAX_INPUT_DEPTH))).toEqual(nested(MAX_INPUT_DEPTH));
  });

  /** The 400's body, or null when the input passed. */
  function refusalOf(input: unknown): unknown {
    try {
      pipe.transform(input);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestException);
      return (error as BadRequestException).getResponse();
    }
  }

  it('refuses NUL characters in values and in keys, with a code and Danish text', () => {
    for (const input of [{ name: 'a\u0000b' }, { ['x\u0000']: 1 }, '\u0000']) expect(refusalOf(input)).toEqual({ error: 'Bad Request', ...UNSAFE_INPUT_REFUSALS.nul });
  });

  it('refuses structures nested deeper than the limit, however deep, with a code and Danish text', () => {
    for (const depth of [MAX_INPUT_DEPTH + 1, 100_000]) expect(refusalOf(nested(depth))).toEqual({ error: 'Bad Request', ...UNSAFE_INPUT_REFUSALS.tooDeep });
  });
});
