import fc from 'fast-check';
import type { ContentObject, MediaTypeObject, RequestBodyObject } from '@nestjs/swagger';
import { cprLikeArbitrary, deeplyNestedJsonArbitrary, extraPropertyNameArbitrary, hostileStringArbitrary, withOwnProperty } from './hostile-values';
import { MAX_STRING_LENGTH } from './limits';
import { resolve, type ApiOperation } from './operations';
import { parameterText } from './path-and-query';
import { DATE } from './scalars';
import type { Schema, SchemaArbitraries } from './schema-values';

export interface GeneratedFile {
  field: string;
  filename: string;
  content: Uint8Array;
}

export type GeneratedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'multipart'; fields: Record<string, string>; files: GeneratedFile[] }
  /** Sent byte for byte: malformed JSON, a wrong content type, number literals JSON.stringify cannot write. */
  | { kind: 'raw'; contentType: string; text: string };

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/json; charset=koi8-r',
  'multipart/form-data',
  'application/x-unknown',
];

const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1}}',
  "{'a':1}",
  '{"a":1,}',
  'nul',
  '',
  '\u0000',
  '\uFEFF{}',
  'null',
  '"just a string"',
  '123',
  '{"__proto__":{"isAdmin":true}}',
  '{"a":"\\ud800"}',
  `"${'a'.repeat(MAX_STRING_LENGTH)}`,
  '['.repeat(2000),
  `${'['.repeat(1500)}${']'.repeat(1500)}`,
];

/** Literals valid in JSON text that JSON.stringify never writes: they parse to Infinity, -0, or lose precision. */
const NUMBER_LITERALS = ['1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890', '1E308'];
const NUMBER_SENTINEL = 'NUMBER_LITERAL_SENTINEL_6f1c';

const json = (value: unknown): GeneratedBody => ({ kind: 'json', value });
const raw = (contentType: string, text: string): GeneratedBody => ({ kind: 'raw', contentType, text });
const textEncoder = new TextEncoder();

function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/i.test(mediaType);
}

function pickMediaType(content: ContentObject): [string, MediaTypeObject] | undefined {
  const entries = Object.entries(content);
  return (
    entries.find(([type]) => isJsonMediaType(type)) ?? entries.find(([type]) => type.startsWith('multipart/form-data')) ?? entries[0]
  );
}

export function bodyArbitrary(values: SchemaArbitraries, api: ApiOperation, wellFormed: boolean): fc.Arbitrary<GeneratedBody | undefined> {
  // fetch refuses a body on GET, and Nest would ignore it.
  if (api.method === 'get') return fc.constant(undefined);
  const declared = api.operation.requestBody && resolve<RequestBodyObject>(values.document, api.operation.requestBody);
  const picked = declared && pickMediaType(declared.content);
  if (!picked) return wellFormed ? fc.constant(undefined) : strayBodyArbitrary();
  const [mediaType, media] = picked;
  if (isJsonMediaType(mediaType)) {
    const schema = media.schema ?? {};
    return wellFormed ? values.validValue(schema, 0).map(json) : jsonBodyArbitrary(values, schema);
  }
  if (mediaType.startsWith('multipart/form-data')) {
    const form = multipartForm(values, media.schema);
    return wellFormed ? validMultipartArbitrary(values, form) : multipartBodyArbitrary(values, form);
  }
  return wellFormed ? csvTextArbitrary().map((text) => raw(mediaType, text)) : otherBodyArbitrary(mediaType);
}

/** An operation that takes no body still gets one now and then. */
function strayBodyArbitrary(): fc.Arbitrary<GeneratedBody | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    { arbitrary: fc.oneof(hostileStringArbitrary(), deeplyNestedJsonArbitrary()).map(json), weight: 1 },
    { arbitrary: fc.constantFrom(...MALFORMED_JSON).map((text) => raw('application/json', text)), weight: 1 },
  );
}

function jsonBodyArbitrary(values: SchemaArbitraries, schema: Schema): fc.Arbitrary<GeneratedBody | undefined> {
  const valid = values.validValue(schema, 0);
  return fc.oneof(
    { arbitrary: valid.map(json), weight: 5 },
    { arbitrary: values.hostileValue(schema, 0).map(json), weight: 4 },
    { arbitrary: fc.constantFrom(...MALFORMED_JSON).map((text) => raw('application/json', text)), weight: 1 },
    {
      arbitrary: fc.tuple(valid, fc.constantFrom(...WRONG_CONTENT_TYPES)).map(([value, type]) => raw(type, JSON.stringify(value))),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(valid, fc.constantFrom(...NUMBER_LITERALS)).map(([value, literal]) => numberLiteralBody(value, literal)),
      weight: 1,
    },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** The valid body with its first property (or the whole body) replaced by a raw number literal. */
function numberLiteralBody(value: unknown, literal: string): GeneratedBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return raw('application/json', literal);
  const name = Object.keys(value)[0] ?? 'value';
  const text = JSON.stringify(withOwnProperty(value as Record<string, unknown>, name, NUMBER_SENTINEL));
  return raw('application/json', text.replace(`"${NUMBER_SENTINEL}"`, literal));
}

function otherBodyArbitrary(mediaType: string): fc.Arbitrary<GeneratedBody | undefined> {
  return fc.oneof(
    { arbitrary: csvTextArbitrary().map((text) => raw(mediaType, text)), weight: 3 },
    { arbitrary: hostileStringArbitrary().map((text) => raw(mediaType, text)), weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

interface MultipartForm {
  fileFields: { name: string; multiple: boolean; required: boolean }[];
  textFields: [string, Schema][];
  required: string[];
}

/** Splits a multipart schema into file fields (format binary) and text fields; no schema means one `file`. */
function multipartForm(values: SchemaArbitraries, input: Schema | undefined): MultipartForm {
  if (!input) return { fileFields: [{ name: 'file', multiple: false, required: true }], textFields: [], required: [] };
  const schema = values.normalize(input);
  const required = schema.required ?? [];
  const form: MultipartForm = { fileFields: [], textFields: [], required };
  for (const [name, property] of values.writableProperties(schema)) {
    const resolved = values.normalize(property);
    const items = resolved.type === 'array' && resolved.items ? values.normalize(resolved.items) : undefined;
    if (resolved.format === 'binary' || items?.format === 'binary') {
      form.fileFields.push({ name, multiple: items !== undefined, required: required.includes(name) });
    } else {
      form.textFields.push([name, property]);
    }
  }
  return form;
}

function multipartBodyArbitrary(values: SchemaArbitraries, form: MultipartForm): fc.Arbitrary<GeneratedBody | undefined> {
  const valid = validMultipartArbitrary(values, form);
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: fc.oneof(...hostileMultipartArbitraries(values, form, valid)), weight: 4 },
    { arbitrary: valid.map((body) => json(body.fields)), weight: 1 },
    { arbitrary: csvTextArbitrary().map((text) => raw('text/csv', text)), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

type MultipartBody = Extract<GeneratedBody, { kind: 'multipart' }>;

function validMultipartArbitrary(values: SchemaArbitraries, form: MultipartForm): fc.Arbitrary<MultipartBody> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const [name, property] of form.textFields) model[name] = values.validValue(property, 1).map(parameterText);
  const fields = fc.record(model, { requiredKeys: form.required.filter((name) => Object.hasOwn(model, name)), noNullPrototype: true });
  const files = form.fileFields.map((field) =>
    fc.array(fileArbitrary(field.name, validFilenameArbitrary(), validFileContentArbitrary()), {
      minLength: field.required ? 1 : 0,
      maxLength: field.multiple ? 3 : 1,
    }),
  );
  return fc.tuple(fields, fc.tuple(...files)).map(([fieldValues, perField]): MultipartBody => ({
    kind: 'multipart',
    fields: { ...fieldValues },
    files: perField.flat(),
  }));
}

function hostileMultipartArbitraries(
  values: SchemaArbitraries,
  form: MultipartForm,
  valid: fc.Arbitrary<MultipartBody>,
): fc.Arbitrary<GeneratedBody>[] {
  const fileField = form.fileFields[0]?.name ?? 'file';
  const hostileFile = fileArbitrary(fileField, hostileFilenameArbitrary(), hostileFileContentArbitrary());
  const hostileField = form.textFields.map(([name, property]) =>
    fc.tuple(valid, values.hostileValue(property, 1)).map(([body, value]) => ({ ...body, fields: { ...body.fields, [name]: parameterText(value) } })),
  );
  return [
    valid.map((body) => ({ ...body, files: [] })),
    fc.tuple(valid, hostileFile).map(([body, file]) => ({ ...body, files: [file] })),
    // A file under a field the interceptor does not expect (multer's "Unexpected field").
    fc.tuple(valid, fc.constantFrom('upload', 'files[]', fileField.toUpperCase())).map(([body, field]) => ({
      ...body,
      files: body.files.map((file) => ({ ...file, field })),
    })),
    fc.tuple(valid, fc.array(hostileFile, { minLength: 4, maxLength: 8 })).map(([body, files]) => ({ ...body, files })),
    fc.tuple(valid, extraPropertyNameArbitrary(), hostileStringArbitrary()).map(([body, name, value]) => ({
      ...body,
      fields: { ...body.fields, [name || 'extra']: value },
    })),
    ...hostileField,
  ];
}

function fileArbitrary(field: string, filename: fc.Arbitrary<string>, content: fc.Arbitrary<Uint8Array>): fc.Arbitrary<GeneratedFile> {
  return fc.tuple(filename, content).map(([name, bytes]) => ({ field, filename: name, content: bytes }));
}

function validFilenameArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom('politiliste.csv', 'police-list.csv', 'Århus-uge 47.csv'), fc.stringMatching(/^[a-z0-9_-]{1,20}\.csv$/));
}

function hostileFilenameArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('../../../etc/passwd', '..\\..\\boot.ini', '', '.', 'con.csv', 'x.csv\r\nContent-Type: text/html', `${'a'.repeat(300)}.csv`, '%00.csv'),
    hostileStringArbitrary().map((text) => text.slice(0, 256)),
  );
}

function validFileContentArbitrary(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { arbitrary: csvTextArbitrary().map((text) => textEncoder.encode(text)), weight: 3 },
    { arbitrary: fc.uint8Array({ maxLength: 2048 }), weight: 1 },
  );
}

function hostileFileContentArbitrary(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.constant(new Uint8Array()),
    fc.uint8Array({ minLength: 1024, maxLength: MAX_STRING_LENGTH }),
    hostileStringArbitrary().map((text) => textEncoder.encode(text)),
    // UTF-16 with a byte-order mark: a CSV parser expecting UTF-8 sees NUL bytes everywhere.
    csvTextArbitrary().map((text) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'))),
  );
}

function csvCellArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.stringMatching(/^[A-Za-zÆØÅæøå ]{0,12}$/), weight: 3 },
    { arbitrary: cprLikeArbitrary(), weight: 2 },
    { arbitrary: fc.integer().map(String), weight: 1 },
    { arbitrary: DATE.map((date) => date.toISOString().slice(0, 10)), weight: 1 },
    { arbitrary: fc.constant('"quoted;with,separators ""and"" a\nnewline"'), weight: 1 },
    { arbitrary: hostileStringArbitrary().map((text) => text.slice(0, 64)), weight: 1 },
  );
}

/** CSV-ish text like a police list export: a header, rows with names and CPR numbers, odd quoting. */
export function csvTextArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(';', ',', '\t'),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom(['navn', 'cpr', 'dato'], ['name', 'cpr', 'date', 'note'], []),
      fc.array(fc.array(csvCellArbitrary(), { minLength: 1, maxLength: 6 }), { maxLength: 20 }),
      fc.boolean(),
    )
    .map(([separator, newline, header, rows, byteOrderMark]) => {
      const lines = [header, ...rows].filter((row) => row.length).map((row) => row.join(separator));
      return `${byteOrderMark ? '\uFEFF' : ''}${lines.join(newline)}`.slice(0, MAX_STRING_LENGTH);
    });
}
