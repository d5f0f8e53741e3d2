import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** Deeper than any request of the suite needs; a deeper body only exhausts the stack of the validators. */
export const MAX_INPUT_DEPTH = 32;

type Problem = 'nul' | 'too-deep' | undefined;

function problemIn(value: unknown, depth: number): Problem {
  if (typeof value === 'string') return value.includes('\u0000') ? 'nul' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return 'too-deep';
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return 'nul';
    const problem = problemIn(inner, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Runs before validation on every path, query and body value. Refuses with a 400 what
 * would otherwise fail deeper as a 500: NUL characters (PostgreSQL cannot store them in
 * text, and no person means one) and structures nested deeper than MAX_INPUT_DEPTH.
 */
@Injectable()
export class RejectUnsafeInputPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const problem = problemIn(value, 0);
    if (problem === 'nul') throw new BadRequestException('Input must not contain NUL characters');
    if (problem === 'too-deep') throw new BadRequestException(`Input must not be nested more than ${MAX_INPUT_DEPTH} levels deep`);
    return value;
  }
}
