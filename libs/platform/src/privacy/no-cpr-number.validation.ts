import { ValidateBy, type ValidationOptions } from 'class-validator';
import { maskPersonalData } from './mask-personal-data';

/**
 * Refuses a text with a CPR number in it. For the free texts of the services that must not
 * hold young people's data (network groups' meetings, messages and initiatives): person-level
 * matters belong in case coordination, with its legal basis and access log, never there.
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
