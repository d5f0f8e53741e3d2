import fc from 'fast-check';
import type { ParameterObject } from '@nestjs/swagger';
import { hostileStringArbitrary } from './hostile-values';
import type { Schema, SchemaArbitraries } from './schema-values';

type QueryPair = [name: string, value: string];

/**
 * Values of real records, by parameter name: each entry one consistent set (a body with a
 * meeting of that body), so a request can reach the code behind a record lookup instead of
 * stopping at 404.
 */
export type SeededValues = readonly Readonly<Record<string, string>>[];

/** Per path or query value after percent-encoding, and for the whole query: the URL stays well under 16 KB. */
const MAX_ENCODED_PARAMETER_LENGTH = 1024;
const MAX_QUERY_LENGTH = 6144;

const PATH_TEMPLATE_PARAMETER = /\{([^}]+)\}/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent sequences that are not valid UTF-8 or decode to separators: the server must reject them cleanly. */
const MALFORMED_PATH_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f'];

const UNDECLARED_QUERY_NAMES = ['debug', '__proto__', '__proto__[admin]', 'constructor[prototype][admin]', '$where', 'filter[where][id]', 'callback', 'select'];

/**
 * Like encodeURIComponent, but also escapes `!'()*` (so the URL parser leaves the text exactly
 * as written) and replaces lone surrogates, on which encodeURIComponent throws.
 */
function encodeStrictly(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Encodes and, when needed, shortens the text: Node answers 431 above 16 KB of headers, and a
 * request that never reaches the route tests nothing.
 */
function encodeBounded(text: string): string {
  let encoded = encodeStrictly(text);
  for (let kept = text.length; encoded.length > MAX_ENCODED_PARAMETER_LENGTH; ) {
    kept = Math.floor(kept / 2);
    encoded = encodeStrictly(text.slice(0, kept));
  }
  return encoded;
}

/** `.` and `..` would be removed by URL normalisation and the request would miss the route. */
function encodePathSegment(text: string): string {
  const encoded = encodeBounded(text === '' ? ' ' : text);
  return /^\.{1,2}$/.test(encoded) ? `${encoded}_` : encoded;
}

/** Pairs up to the length limit; the rest are dropped rather than making the request line too long. */
function queryString(pairs: QueryPair[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const [name, value] of pairs) {
    const part = `${encodeBounded(name)}=${encodeBounded(value)}`;
    if (length + part.length > MAX_QUERY_LENGTH) break;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** How a value travels in a path or query: strings as they are, anything else as JSON. */
export function parameterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

export function pathArbitrary(
  values: SchemaArbitraries,
  template: string,
  parameters: ParameterObject[],
  wellFormed: boolean,
  seeded: SeededValues = [],
): fc.Arbitrary<string> {
  const names = [...template.matchAll(PATH_TEMPLATE_PARAMETER)].map((match) => match[1]);
  if (!names.length) return fc.constant(template);
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const name of names) {
    const declared = parameters.find((parameter) => parameter.in === 'path' && parameter.name === name);
    model[name] = pathSegmentArbitrary(values, declared?.schema ?? { type: 'string' }, wellFormed);
  }
  const fill = (segments: Record<string, string>) => template.replace(PATH_TEMPLATE_PARAMETER, (_, name: string) => segments[name] ?? 'x');
  const generated = fc.record(model);
  const fromRecords = seeded.filter((set) => names.some((name) => set[name] !== undefined)).map((set) => seededSegments(set, names, model));
  if (!fromRecords.length) return generated.map(fill);
  // Mostly real records, which lie behind the 404 of a generated id; generated ones keep probing.
  return fc.oneof({ arbitrary: fc.oneof(...fromRecords), weight: 2 }, { arbitrary: generated, weight: 1 }).map(fill);
}

/** The set's values for the parameters it names, now and then one swapped for a generated one. */
function seededSegments(set: Readonly<Record<string, string>>, names: string[], model: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Record<string, string>> {
  const segments: Record<string, fc.Arbitrary<string>> = {};
  for (const name of names) {
    const value = set[name];
    segments[name] = value === undefined ? model[name] : fc.oneof({ arbitrary: fc.constant(encodePathSegment(value)), weight: 5 }, { arbitrary: model[name], weight: 1 });
  }
  return fc.record(segments);
}

/** Always non-empty and never a dot segment, so the request still reaches the route under test. */
function pathSegmentArbitrary(values: SchemaArbitraries, schema: Schema, wellFormed: boolean): fc.Arbitrary<string> {
  const valid = values.validValue(schema, 0).map(parameterText).map(encodePathSegment);
  if (wellFormed) return valid;
  const hostile = fc.oneof(values.hostileValue(schema, 0).map(parameterText), hostileStringArbitrary());
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: hostile.map(encodePathSegment), weight: 2 },
    { arbitrary: fc.constantFrom(...MALFORMED_PATH_SEGMENTS), weight: 1 },
  );
}

function queryPairs(name: string, value: unknown): QueryPair[] {
  return Array.isArray(value) ? value.map((item): QueryPair => [name, parameterText(item)]) : [[name, parameterText(value)]];
}

function queryParameterArbitrary(values: SchemaArbitraries, parameter: ParameterObject, wellFormed: boolean, seeded: SeededValues): fc.Arbitrary<QueryPair[]> {
  const schema = parameter.schema ?? { type: 'string' };
  const real = [...new Set(seeded.flatMap((set) => set[parameter.name] ?? []))];
  const generated = values.validValue(schema, 0).map((value) => queryPairs(parameter.name, value));
  const valid = real.length ? fc.oneof(generated, fc.constantFrom(...real).map((value): QueryPair[] => [[parameter.name, value]])) : generated;
  const omitted = fc.constant<QueryPair[]>([]);
  if (wellFormed) return parameter.required ? valid : fc.oneof({ arbitrary: omitted, weight: 1 }, { arbitrary: valid, weight: 2 });
  return fc.oneof(
    { arbitrary: omitted, weight: parameter.required ? 1 : 3 },
    { arbitrary: valid, weight: 4 },
    { arbitrary: values.hostileValue(schema, 0).map((value) => queryPairs(parameter.name, value)), weight: 2 },
    // A repeated name arrives as an array where the handler expects one value.
    { arbitrary: fc.tuple(valid, valid).map(([first, second]) => [...first, ...second]), weight: 1 },
  );
}

export function queryArbitrary(values: SchemaArbitraries, parameters: ParameterObject[], wellFormed: boolean, seeded: SeededValues = []): fc.Arbitrary<string> {
  const declared = parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => queryParameterArbitrary(values, parameter, wellFormed, seeded));
  const undeclared = fc.tuple(fc.oneof(fc.constantFrom(...UNDECLARED_QUERY_NAMES), fc.stringMatching(/^[a-z]{1,12}$/)), hostileStringArbitrary());
  // In one request of four: a DTO that forbids unknown query names would reject all others before the handler.
  const maybeUndeclared = wellFormed ? fc.constant(null) : fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: undeclared, weight: 1 });
  return fc.tuple(fc.tuple(...declared), maybeUndeclared).map(([perParameter, extra]) => {
    return queryString([...perParameter.flat(), ...(extra ? [extra] : [])]);
  });
}
