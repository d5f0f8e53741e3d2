import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

interface Refusal {
  code: unknown;
  message: string;
}

function refusalsOf(errors: readonly ValidationError[]): Refusal[] {
  return errors.flatMap((error) => Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ code: (error.contexts?.[constraint] as { code?: unknown } | undefined)?.code, message })));
}

/**
 * The suite's validation of every input. Where every failed rule carries a code
 * (`context: { code }`, e.g. the paging query's Danish refusals), the 400 is `{ code, message }`
 * like the suite's other refusals; otherwise it is Nest's list of messages.
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
