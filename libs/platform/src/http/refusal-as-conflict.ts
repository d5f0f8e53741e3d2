import { ConflictException } from '@nestjs/common';

/**
 * Runs a domain rule (a plain function that knows nothing of HTTP). When it refuses, by
 * throwing an instance of `refusal`, the refusal becomes a 409 with the rule's own message:
 * the request conflicts with the record's state. Anything else passes through.
 */
export function refusalAsConflict<T>(refusal: abstract new (...args: never[]) => Error, decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    if (error instanceof refusal) throw new ConflictException(error.message);
    throw error;
  }
}
