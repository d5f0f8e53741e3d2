import { ValidateBy, type ValidationOptions } from 'class-validator';
import { containsCprNumber } from './cpr-in-text';

/** The stable code beside the Danish message, for programs that act on the refusal. */
export const CPR_NUMBER_IN_TEXT = 'cpr-number-in-text';

/** The Danish refusal, naming the field. */
export const cprNumberInTextMessage = (field: string) =>
  `${field} indeholder et CPR-nummer (også med mellemrum, punktummer eller andre tegn imellem tæller). Sager om et bestemt barn eller en ung hører til i SSP-koordinationen; fjern nummeret og prøv igen.`;

/**
 * Refuses a text with a CPR number in it, however it is typed (`findCprNumbers`: spaced,
 * dotted, full-width). For the free texts of the services that must not hold young people's
 * data (network groups' meetings, messages and initiatives): person-level matters belong in
 * case coordination, with its legal basis and access log, never there.
 *
 * The rule carries its code (`context: { code: 'cpr-number-in-text' }`), so CodedValidationPipe
 * answers `{ code, message }`; the Danish message names the field.
 */
export function NoCprNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noCprNumber',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !containsCprNumber(value),
        defaultMessage: (args) => cprNumberInTextMessage(args?.property ?? 'Teksten'),
      },
    },
    { context: { code: CPR_NUMBER_IN_TEXT }, ...options },
  );
}
