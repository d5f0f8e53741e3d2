import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner, depth + 1));
}

/**
 * PostgreSQL cannot store NUL in text, and no person or clerk means one: refuse any path,
 * query or body value containing it with a 400 before it reaches a query as a 500.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown): unknown {
    if (containsNul(value)) throw new BadRequestException('Input must not contain NUL characters');
    return value;
  }
}
