import fc from 'fast-check';
import type { SchemaObject } from '@nestjs/swagger';
import { MAX_STRING_LENGTH } from './limits';
import { DATE } from './scalars';

const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  '[object Object]',
  '.',
  '..',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'file:///etc/passwd',
  "' OR '1'='1",
  "1; DROP TABLE police_lists; --",
  "' UNION SELECT NULL, version() --",
  '\\',
  '%',
  '%zz',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '\r\nSet-Cookie: injected=1',
  '\u202Eevil\u202C',
  '\uFEFF',
  '\uD800',
  '😀',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'ÆØÅ æøå',
  '１２３',
  '__proto__',
  'constructor',
  '{"$gt":""}',
];

/**
 * Danish CPR numbers (DDMMYY-XXXX and DDMMYYXXXX) with a real date, so a fuzz test can check
 * that personal data sent in never comes back in an error.
 */
export function cprLikeArbitrary(): fc.Arbitrary<string> {
  return fc.tuple(DATE, fc.integer({ min: 0, max: 9999 }), fc.boolean()).map(([date, serial, hyphen]) => {
    const birth = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear() % 100].map(twoDigits).join('');
    return `${birth}${hyphen ? '-' : ''}${String(serial).padStart(4, '0')}`;
  });
}

/** Strings that break naive code: traversal, SQL, control and odd unicode characters, CPR numbers, huge. */
export function hostileStringArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
    { arbitrary: cprLikeArbitrary(), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 64 }), weight: 1 },
    { arbitrary: controlCharacterStringArbitrary(), weight: 1 },
    { arbitrary: hugeStringArbitrary(), weight: 1 },
  );
}

function controlCharacterStringArbitrary(): fc.Arbitrary<string> {
  const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constantFrom(0x7f, 0x85, 0x2028)).map((code) => String.fromCharCode(code));
  return fc.string({ unit: control, minLength: 1, maxLength: 16 });
}

/** Up to MAX_STRING_LENGTH UTF-16 units; multi-byte characters make the UTF-8 form larger still. */
function hugeStringArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1024, max: MAX_STRING_LENGTH }), fc.constantFrom('A', 'Ø', '😀', '\u0000'))
    .map(([length, character]) => character.repeat(Math.floor(length / character.length)));
}

/** Numbers at the edges, and the strings clients send for the ones JSON cannot carry (NaN, Infinity). */
export function extremeNumberArbitrary(): fc.Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    1e308,
    -1e308,
    -0,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 63),
    2 ** 31,
    -(2 ** 31) - 1,
    0.1 + 0.2,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '-0',
    '0x1F',
    ' 1',
    '１',
  );
}

const WRONG_TYPE_VALUES: Record<string, unknown[]> = {
  string: [0, 1.5, true, null, [], ['a'], {}, { $gt: '' }],
  number: ['1', '', 'NaN', true, null, [], [1], {}],
  integer: ['1', '', 1.5, 'NaN', true, null, [], {}],
  boolean: ['true', 'false', 1, 0, 'yes', null, []],
  array: ['a', 1, {}, { 0: 'a', length: 1 }, null, true],
  object: [[], 'x', 1, null, true, '{}'],
};

export function wrongTypeArbitrary(type: string | undefined): fc.Arbitrary<unknown> {
  return fc.constantFrom<unknown>(...(WRONG_TYPE_VALUES[type ?? 'object'] ?? WRONG_TYPE_VALUES.object));
}

export function notInEnumArbitrary(values: unknown[]): fc.Arbitrary<unknown> {
  const texts = values.map((value) => String(value));
  const near = texts.flatMap((text) => [text.toUpperCase(), `${text} `, `${text}x`]).filter((text) => !texts.includes(text));
  return fc.constantFrom<unknown>('', 'unknown-value', ...near);
}

export function hostileStringsFor(schema: SchemaObject): fc.Arbitrary<unknown>[] {
  const found: fc.Arbitrary<unknown>[] = [];
  if (schema.maxLength !== undefined && schema.maxLength < MAX_STRING_LENGTH) found.push(fc.constant('x'.repeat(schema.maxLength + 1)));
  if (schema.minLength) found.push(fc.constant('x'.repeat(Math.min(schema.minLength, MAX_STRING_LENGTH) - 1)));
  const badFormats = BAD_FORMAT_VALUES[schema.format ?? ''];
  if (badFormats) found.push(fc.constantFrom(...badFormats));
  return found;
}

const BAD_FORMAT_VALUES: Record<string, string[]> = {
  date: ['2026-02-30', '2026-13-01', '26-01-01', '0000-00-00', '2026-11-22T10:00:00Z', 'yesterday', ''],
  'date-time': ['2026-11-22', '2026-11-22T25:61:00Z', '2026-02-30T00:00:00Z', '1e308', 'now', ''],
  uuid: ['not-a-uuid', '00000000-0000-0000-0000-00000000000', '{00000000-0000-0000-0000-000000000000}', 'g0000000-0000-4000-8000-000000000000', ''],
  email: ['a', 'a@', '@randers.dk', 'a@b@c.dk', 'a@randers.dk\r\nBcc: x@example.com', ''],
};

export function outOfRangeNumberArbitrary(schema: SchemaObject): fc.Arbitrary<unknown> {
  const edges: unknown[] = [];
  if (schema.minimum !== undefined) edges.push(schema.minimum - 1, schema.minimum - 0.5);
  if (schema.maximum !== undefined) edges.push(schema.maximum + 1, schema.maximum + 0.5);
  if (schema.type === 'integer') edges.push(0.5, Number.MAX_SAFE_INTEGER + 2);
  return edges.length ? fc.oneof(fc.constantFrom(...edges), extremeNumberArbitrary()) : extremeNumberArbitrary();
}

/** Names a client must not be able to sneak in: prototype pollution, privilege fields, query operators. */
export function extraPropertyNameArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', '$where', 'a.b', ''),
    fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,15}$/),
  );
}

/** Bounded so the JSON stays a few KB: deep enough to hurt recursive code, not the parser. */
export function deeplyNestedJsonArbitrary(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 16, max: 400 }), fc.boolean()).map(([depth, arrays]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = arrays ? [value] : { a: value };
    return value;
  });
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** defineProperty, so that `__proto__` becomes a real key of the JSON, as an attacker would send it. */
export function withOwnProperty(object: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
