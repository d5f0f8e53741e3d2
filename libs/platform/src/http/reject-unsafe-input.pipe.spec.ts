import { BadRequestException } from '@nestjs/common';
import { MAX_INPUT_DEPTH, RejectUnsafeInputPipe } from './reject-unsafe-input.pipe';

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

  it('refuses NUL characters in values and in keys', () => {
    expect(() => pipe.transform({ name: 'a\u0000b' })).toThrow(BadRequestException);
    expect(() => pipe.transform({ ['x\u0000']: 1 })).toThrow(/NUL/);
    expect(() => pipe.transform('\u0000')).toThrow(/NUL/);
  });

  it('refuses structures nested deeper than the limit, however deep', () => {
    expect(() => pipe.transform(nested(MAX_INPUT_DEPTH + 1))).toThrow(/nested/);
    expect(() => pipe.transform(nested(100_000))).toThrow(/nested/);
  });
});
