import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

interface Refusal {
  code: unknown;
  message: string;
}

/** A field the route does not take (`forbidNonWhitelisted`): a stable code and Danish text, naming the field. */
export const UNKNOWN_FIELD_CODE = 'unknown-field';
export const unknownFieldMessage = (field: string) => `Feltet »${field}« kendes ikke her. Fjern det, eller ret stavemåden.`;

function refusalsOf(errors: readonly ValidationError[]): Refusal[] {
  return errors.flatMap((error) =>
    Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraint === 'whitelistValidation'
        ? { code: UNKNOWN_FIELD_CODE, message: unknownFieldMessage(error.property) }
        : { code: (error.contexts?.[constraint] as { code?: unknown } | undefined)?.code, message },
    ),
  );
}

/**
 * The suite's validation of every input. Where every failed rule carries a code
 * (`context: { code }`, e.g. the paging query's Danish refusals; a field the route does not
 * take is `unknown-field`), the 400 is `{ code, message }` like the suite's other refusals;
 * otherwise it is Nest's list of messages.
 */
export class CodedValidationPipe extends ValidationPipe {
  override createExceptionFactory(): (errors?: ValidationError[]) => unknown {
    const listed = super.createExceptionFactory();
    return (errors: ValidationError[] = []) => {
      const refusals = refusalsOf(errors);
      const coded = refusals.length > 0 && errors.every((error) => !error.children?.length) && refusals.every((refusal) => typeof refusal.code === 'string');
      if (!coded) return listed(errors);
      return new BadRequestException({ error: 'Bad Request', code: refusals[0].code, message: [...new Set(refusals.map((refusal) => refusal.message))].join(' ') });
    };
  }
}
