import { maskPersonalData } from '@ssp/platform';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Meetings of the SSP bodies are about the cooperation, not about young people: a CPR number
 * in a title, an agenda item or the minutes is refused, because person-level matters belong
 * in case coordination (with its legal basis and access log), never here.
 */
export function NoCprNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noCprNumber',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || maskPersonalData(value) === value,
        defaultMessage: (args) => `${args?.property ?? 'text'} must not contain a CPR number: matters about a young person belong in case coordination`,
      },
    },
    options,
  );
}
