import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { combinedRefusal } from './refusals';

interface FailedRule {
  code: unknown;
  message: string;
}

/** A field the route does not take (`forbidNonWhitelisted`): a stable code and Danish text, naming the field. */
export const UNKNOWN_FIELD_CODE = 'unknown-field';
export const unknownFieldMessage = (field: string) => `Feltet »${field}« kendes ikke her. Fjern det, eller ret stavemåden.`;

/** Every failed rule of the request, those of nested objects (`@ValidateNested`) after their parent's own. */
function failedRules(errors: readonly ValidationError[]): FailedRule[] {
  return errors.flatMap((error) => [
    ...Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraint === 'whitelistValidation'
        ? { code: UNKNOWN_FIELD_CODE, message: unknownFieldMessage(error.property) }
        : { code: (error.contexts?.[constraint] as { code?: unknown } | undefined)?.code, message },
    ),
    ...failedRules(error.children ?? []),
  ]);
}

/**
 * The suite's validation of every input. Where every failed rule carries a code
 * (`context: { code }`, e.g. the paging query's Danish refusals; a field the route does not
 * take is `unknown-field`), nested objects' rules included, the 400 is `{ code, message }`
 * like the suite's other refusals: the first rule's code, each different message once.
 * Otherwise it is Nest's list of messages.
 */
export class CodedValidationPipe extends ValidationPipe {
  override createExceptionFactory(): (errors?: ValidationError[]) => unknown {
    const listed = super.createExceptionFactory();
    return (errors: ValidationError[] = []) => {
      const rules = failedRules(errors);
      const coded = rules.filter((rule): rule is { code: string; message: string } => typeof rule.code === 'string');
      if (coded.length === 0 || coded.length < rules.length) return listed(errors);
      return new BadRequestException({ error: 'Bad Request', ...combinedRefusal(coded as [(typeof coded)[0], ...typeof coded]) });
    };
  }
}
