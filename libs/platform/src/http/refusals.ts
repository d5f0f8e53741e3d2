import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ValidationOptions } from 'class-validator';

/** What a refused request says: a stable English code for programs, Danish for the person (what is wrong, what to do). */
export interface Refusal {
  readonly code: string;
  readonly message: string;
}

/** A feature's refusals by name (NOTE_REFUSALS, PERSON_REFUSALS, ...). */
export type Refusals = Readonly<Record<string, Refusal>>;

/** What a refusal names besides its code and message (`line`, `mergedInto`, the ids it could not find, ...). */
export type RefusalDetails = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** A class-validator rule's options: CodedValidationPipe answers its failure with 400 `{ code, message }`. */
export function refusedWith(refusal: Refusal): ValidationOptions {
  return { message: refusal.message, context: { code: refusal.code } };
}

/** Several refusals of one request as one: the first one's code, and each different message once. */
export function combinedRefusal(refusals: readonly [Refusal, ...Refusal[]]): Refusal {
  return { code: refusals[0].code, message: [...new Set(refusals.map((refusal) => refusal.message))].join(' ') };
}

/* The body of each is `{ statusCode, error, code, message }` (SafeErrorFilter passes a 4xx on as thrown), plus any details. */

export function badRequest(refusal: Refusal, details: RefusalDetails = {}): BadRequestException {
  return new BadRequestException({ error: 'Bad Request', ...refusal, ...details });
}

export function forbidden(refusal: Refusal, details: RefusalDetails = {}): ForbiddenException {
  return new ForbiddenException({ error: 'Forbidden', ...refusal, ...details });
}

export function notFound(refusal: Refusal, details: RefusalDetails = {}): NotFoundException {
  return new NotFoundException({ error: 'Not Found', ...refusal, ...details });
}

export function conflict(refusal: Refusal, details: RefusalDetails = {}): ConflictException {
  return new ConflictException({ error: 'Conflict', ...refusal, ...details });
}
