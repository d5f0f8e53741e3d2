import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** Deeper than any request of the suite needs; a deeper body only exhausts the stack of the validators. */
export const MAX_INPUT_DEPTH = 32;

/** What a refused input says: a stable code for programs, Danish for the person. */
export const UNSAFE_INPUT_REFUSALS = {
  nul: { code: 'input-nul-character', message: 'Indholdet har et NUL-tegn (\\u0000), som ingen tekst kan rumme. Fjern det, og send igen.' },
  tooDeep: { code: 'input-too-deep', message: `Indholdet er lagt mere end ${MAX_INPUT_DEPTH} niveauer inden i hinanden. Send en fladere struktur.` },
} as const;

type Problem = keyof typeof UNSAFE_INPUT_REFUSALS | undefined;

function problemIn(value: unknown, depth: number): Problem {
  if (typeof value === 'string') return value.includes('\u0000') ? 'nul' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return 'tooDeep';
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
    if (problem !== undefined) throw new BadRequestException({ error: 'Bad Request', ...UNSAFE_INPUT_REFUSALS[problem] });
    return value;
  }
}
