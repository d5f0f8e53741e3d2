import { ConflictException } from '@nestjs/common';
import { conflict } from './refusals';

/**
 * Runs a domain rule (a plain function that knows nothing of HTTP). When it refuses, by
 * throwing an instance of `refusal`, the refusal becomes a 409 with the rule's own message:
 * the request conflicts with the record's state. A refusal with a stable `code` (a string
 * property of the error) answers `{ code, message }` like the suite's other refusals.
 * Anything else passes through.
 */
export function refusalAsConflict<T>(refusal: abstract new (...args: never[]) => Error, decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    if (error instanceof refusal) {
      const { code } = error as Error & { code?: unknown };
      throw typeof code === 'string' ? conflict({ code, message: error.message }) : new ConflictException(error.message);
    }
    throw error;
  }
}
