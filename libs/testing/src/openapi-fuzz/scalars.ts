import fc from 'fast-check';
import type { SchemaObject } from '@nestjs/swagger';
import { MAX_STRING_LENGTH } from './limits';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** Unconstrained JSON numbers stay moderate; the extremes come from the hostile side. */
const DEFAULT_NUMBER_BOUND = 1e9;

/** Mostly ASCII with Danish letters: realistic names, and one UTF-16 unit each so lengths stay valid. */
const TEXT_CHARACTER = fc.oneof({ arbitrary: fc.constantFrom(...'æøåÆØÅé'), weight: 1 }, { arbitrary: fc.string({ minLength: 1, maxLength: 1 }), weight: 6 });

export const DATE = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });

const EMAIL = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom('randers.dk', 'politi.dk', 'example.com'))
  .map(([local, domain]) => `${local}@${domain}`);

export function validString(schema: SchemaObject): fc.Arbitrary<string> {
  const formatted = formattedString(schema.format);
  if (formatted) return formatted;
  const patterned = schema.pattern === undefined ? undefined : patternString(schema.pattern);
  if (patterned) return patterned;
  const minLength = Math.min(schema.minLength ?? 0, MAX_STRING_LENGTH);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? minLength + 32, MAX_STRING_LENGTH));
  return fc.string({ unit: TEXT_CHARACTER, minLength, maxLength });
}

function formattedString(format: string | undefined): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'date':
      return DATE.map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return DATE.map((date) => date.toISOString());
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return EMAIL;
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'byte':
      return fc.base64String({ maxLength: 64 });
    case 'ipv4':
      return fc.ipV4();
    default:
      return undefined;
  }
}

/** fast-check cannot generate every regex (lookarounds, backreferences); those fall back to free text. */
function patternString(pattern: string): fc.Arbitrary<string> | undefined {
  try {
    const arbitrary = fc.stringMatching(new RegExp(pattern));
    fc.sample(arbitrary, 1);
    return arbitrary;
  } catch {
    return undefined;
  }
}

function integerBounds(schema: SchemaObject): { min: number; max: number } {
  const wide = schema.format === 'int64';
  let min = schema.minimum ?? (wide ? Number.MIN_SAFE_INTEGER : INT32_MIN);
  let max = schema.maximum ?? (wide ? Number.MAX_SAFE_INTEGER : INT32_MAX);
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum.
  if (schema.exclusiveMinimum && schema.minimum !== undefined) min = Math.floor(min) + 1;
  if (schema.exclusiveMaximum && schema.maximum !== undefined) max = Math.ceil(max) - 1;
  return { min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) };
}

export function validInteger(schema: SchemaObject): fc.Arbitrary<number> {
  const { min, max } = integerBounds(schema);
  if (min > max) return fc.constant(min);
  const step = schema.multipleOf;
  if (step && Number.isInteger(step) && step > 0) {
    const low = Math.ceil(min / step);
    const high = Math.floor(max / step);
    return low <= high ? fc.integer({ min: low, max: high }).map((k) => k * step) : fc.constant(min);
  }
  return fc.integer({ min, max });
}

export function validNumber(schema: SchemaObject): fc.Arbitrary<number> {
  const min = schema.minimum ?? -DEFAULT_NUMBER_BOUND;
  const max = schema.maximum ?? DEFAULT_NUMBER_BOUND;
  if (min >= max) return fc.constant(min);
  return fc.double({
    min,
    max,
    minExcluded: Boolean(schema.exclusiveMinimum),
    maxExcluded: Boolean(schema.exclusiveMaximum),
    noNaN: true,
    noDefaultInfinity: true,
  });
}

