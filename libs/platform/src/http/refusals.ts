import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ValidationOptions } from 'class-validator';

/** What a refused request says: a stable English code for programs, Danish for the person (what is wrong, what to do). */
export interface Refusal {
  readonly code: string;
  readonly message: string;
}

/** A feature's refusals by name (NOTE_REFUSALS, PERSON_REFUSALS, ...). */
export type Refusals = Readonly<Record<string, Refusal>>;

/** A class-validator rule's options: CodedValidationPipe answers its failure with 400 `{ code, message }`. */
export function refusedWith(refusal: Refusal): ValidationOptions {
  return { message: refusal.message, context: { code: refusal.code } };
}

/* The body of each is `{ statusCode, error, code, message }` (SafeErrorFilter passes a 4xx on as thrown), plus any details. */

export function badRequest(refusal: Refusal): BadRequestException {
  return new BadRequestException({ error: 'Bad Request', ...refusal });
}

export function forbidden(refusal: Refusal): ForbiddenException {
  return new ForbiddenException({ error: 'Forbidden', ...refusal });
}

export function notFound(refusal: Refusal): NotFoundException {
  return new NotFoundException({ error: 'Not Found', ...refusal });
}

export function conflict(refusal: Refusal, details: Readonly<Record<string, string>> = {}): ConflictException {
  return new ConflictException({ error: 'Conflict', ...refusal, ...details });
}
