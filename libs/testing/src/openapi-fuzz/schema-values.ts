import fc from 'fast-check';
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import {
  deeplyNestedJsonArbitrary,
  extraPropertyNameArbitrary,
  extremeNumberArbitrary,
  hostileStringArbitrary,
  hostileStringsFor,
  notInEnumArbitrary,
  outOfRangeNumberArbitrary,
  withOwnProperty,
  wrongTypeArbitrary,
} from './hostile-values';
import { resolve } from './operations';
import { validInteger, validNumber, validString } from './scalars';

export type Schema = SchemaObject | ReferenceObject;

/** Objects and arrays stop growing at this depth, so recursive `$ref`s terminate. */
const MAX_SCHEMA_DEPTH = 5;
/** Hostile mutations nest less deep: every level multiplies the arbitraries built. */
const MAX_HOSTILE_DEPTH = 3;

function schemaType(schema: SchemaObject): string | undefined {
  if (schema.type) return schema.type;
  if (schema.properties || typeof schema.additionalProperties === 'object') return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function mergeSchemas(a: SchemaObject, b: SchemaObject): SchemaObject {
  const merged: SchemaObject = { ...a, ...b, type: b.type ?? a.type };
  if (a.properties || b.properties) merged.properties = { ...a.properties, ...b.properties };
  if (a.required || b.required) merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  return merged;
}

/**
 * Builds valid and hostile value arbitraries for the schemas of one document. Arbitraries are
 * cached per schema and depth: a `$ref` used in many places is built once.
 */
export class SchemaArbitraries {
  private readonly merged = new WeakMap<SchemaObject, SchemaObject>();
  private readonly cache = new Map<SchemaObject, Map<string, fc.Arbitrary<unknown>>>();

  constructor(readonly document: OpenAPIObject) {}

  /** Resolves `$ref`s and folds `allOf` into one schema, which is how Nest's DTO inheritance is written. */
  normalize(input: Schema): SchemaObject {
    const schema = resolve<SchemaObject>(this.document, input);
    if (!schema.allOf?.length) return schema;
    let merged = this.merged.get(schema);
    if (!merged) {
      const outer: SchemaObject = { ...schema };
      delete outer.allOf;
      merged = schema.allOf.map((part) => this.normalize(part)).reduce(mergeSchemas, outer);
      this.merged.set(schema, merged);
    }
    return merged;
  }

  validValue(input: Schema, depth: number): fc.Arbitrary<unknown> {
    const schema = this.normalize(input);
    return this.cached('valid', schema, depth, () => {
      const value = this.validNonNull(schema, depth);
      return schema.nullable ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
    });
  }

  /** Values that very likely break the schema; a hostile string for a free-text field may still be valid. */
  hostileValue(input: Schema, depth: number): fc.Arbitrary<unknown> {
    const schema = this.normalize(input);
    return this.cached('hostile', schema, depth, () => {
      const specific = this.hostileForSchema(schema, depth).map((arbitrary) => ({ arbitrary, weight: 3 }));
      const generic = [wrongTypeArbitrary(schemaType(schema)), hostileStringArbitrary(), extremeNumberArbitrary()];
      return fc.oneof(...specific, ...generic.map((arbitrary) => ({ arbitrary, weight: 1 })));
    });
  }

  /** The properties a client may send: `readOnly` ones belong to responses only. */
  writableProperties(schema: SchemaObject): [string, Schema][] {
    return Object.entries(schema.properties ?? {}).filter(([, property]) => !this.normalize(property).readOnly);
  }

  validObject(schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
    if (depth >= MAX_SCHEMA_DEPTH) return fc.constant({});
    const properties = this.writableProperties(schema);
    if (!properties.length && typeof schema.additionalProperties === 'object') {
      return fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/), this.validValue(schema.additionalProperties, depth + 1), {
        maxKeys: 4,
        noNullPrototype: true,
      });
    }
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of properties) model[name] = this.validValue(property, depth + 1);
    const requiredKeys = (schema.required ?? []).filter((name) => Object.hasOwn(model, name));
    // Plain prototypes: a consumer calling value.hasOwnProperty() must not trip over the generator.
    return fc.record(model, { requiredKeys, noNullPrototype: true });
  }

  private cached(kind: string, schema: SchemaObject, depth: number, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    let perSchema = this.cache.get(schema);
    if (!perSchema) this.cache.set(schema, (perSchema = new Map()));
    const key = `${kind}:${depth}`;
    let arbitrary = perSchema.get(key);
    if (!arbitrary) perSchema.set(key, (arbitrary = build()));
    return arbitrary;
  }

  private validNonNull(schema: SchemaObject, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum?.length) return fc.constantFrom<unknown>(...schema.enum);
    // oneOf and anyOf: any single branch is a valid value of the whole.
    const branches = schema.oneOf ?? schema.anyOf;
    if (branches?.length) return fc.oneof(...branches.map((branch) => this.validValue(branch, depth)));
    switch (schemaType(schema)) {
      case 'string':
        return validString(schema);
      case 'integer':
        return validInteger(schema);
      case 'number':
        return validNumber(schema);
      case 'boolean':
        return fc.boolean();
      case 'array':
        return this.validArray(schema, depth);
      case 'object':
        return this.validObject(schema, depth);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private validArray(schema: SchemaObject, depth: number): fc.Arbitrary<unknown[]> {
    if (depth >= MAX_SCHEMA_DEPTH) return fc.constant([]);
    const item = schema.items ? this.validValue(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 });
    const minLength = schema.minItems ?? 0;
    const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? minLength + 4, minLength + 8));
    return schema.uniqueItems
      ? fc.uniqueArray(item, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
      : fc.array(item, { minLength, maxLength });
  }

  private hostileForSchema(schema: SchemaObject, depth: number): fc.Arbitrary<unknown>[] {
    const found: fc.Arbitrary<unknown>[] = [];
    if (schema.enum?.length) found.push(notInEnumArbitrary(schema.enum));
    switch (schemaType(schema)) {
      case 'string':
        found.push(...hostileStringsFor(schema));
        break;
      case 'integer':
      case 'number':
        found.push(outOfRangeNumberArbitrary(schema));
        break;
      case 'array':
        if (depth < MAX_HOSTILE_DEPTH) found.push(...this.hostileArrays(schema, depth));
        break;
      case 'object':
        if (depth < MAX_HOSTILE_DEPTH) found.push(...this.hostileObjects(schema, depth));
        break;
    }
    return found;
  }

  /** A valid object with one thing wrong, so validation has to find that one thing. */
  private hostileObjects(schema: SchemaObject, depth: number): fc.Arbitrary<unknown>[] {
    const valid = this.validObject(schema, depth);
    const properties = this.writableProperties(schema);
    const missingRequired = (schema.required ?? []).map((name) => valid.map((object) => without(object, name)));
    const invalidProperty = properties.map(([name, property]) =>
      fc.tuple(valid, this.hostileValue(property, depth + 1)).map(([object, value]) => withOwnProperty(object, name, value)),
    );
    const nestingTarget = properties[0]?.[0] ?? 'data';
    return [
      ...missingRequired,
      ...invalidProperty,
      fc.tuple(valid, extraPropertyNameArbitrary(), fc.oneof(hostileStringArbitrary(), extremeNumberArbitrary())).map(
        ([object, name, value]) => withOwnProperty(object, name, value),
      ),
      fc.tuple(valid, deeplyNestedJsonArbitrary()).map(([object, nested]) => withOwnProperty(object, nestingTarget, nested)),
      fc.constant({}),
    ];
  }

  private hostileArrays(schema: SchemaObject, depth: number): fc.Arbitrary<unknown>[] {
    const item = schema.items ? this.validValue(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 });
    const badItem = schema.items ? this.hostileValue(schema.items, depth + 1) : hostileStringArbitrary();
    const tooMany = Math.min((schema.maxItems ?? 100) + 1, 101);
    const found: fc.Arbitrary<unknown>[] = [
      fc.array(item, { minLength: tooMany, maxLength: tooMany + 2 }),
      fc.tuple(fc.array(item, { maxLength: 3 }), badItem).map(([items, bad]) => [...items, bad]),
      deeplyNestedJsonArbitrary(),
    ];
    if ((schema.minItems ?? 0) > 0) found.push(fc.constant([]));
    return found;
  }
}

function without(object: Record<string, unknown>, name: string): Record<string, unknown> {
  const copy = { ...object };
  delete copy[name];
  return copy;
}
