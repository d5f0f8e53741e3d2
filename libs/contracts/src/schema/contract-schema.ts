import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

export type JsonSchema = { [keyword: string]: unknown };
type ContractClass = new () => object;

/** Where the schemas of the contract classes live, in the AsyncAPI document and in the compiled validator. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * Formats that stand for a class-validator check JSON Schema has no exact keyword for; the
 * compiled validator implements each with the very function class-validator calls.
 */
export const CONTRACT_FORMATS = {
  /** class-validator's `isUUID` without a version: versions 1 to 8, nil and max. */
  uuid: 'uuid',
  /** class-validator's `isDateString` with `strict: true`: ISO 8601 as validator.js reads it, real calendar days only. */
  iso8601Strict: 'iso-8601-strict',
  /** class-validator's `isBase64` with its default options. */
  base64: 'base64',
} as const;

const IS_OPTIONAL = 'isOptional';

/** The check one class-validator decorator makes, as a JSON Schema that accepts exactly the same JSON values. */
type Translation = (meta: ValidationMetadata) => JsonSchema;

function only<T>(meta: ValidationMetadata, check: boolean, value: T): T {
  if (!check) throw new UnsupportedContractRule(meta, 'these options');
  return value;
}

const TRANSLATIONS: Record<string, Translation> = {
  isUuid: (meta) => only(meta, meta.constraints[0] === undefined || meta.constraints[0] === 'all', { type: 'string', format: CONTRACT_FORMATS.uuid }),
  isDateString: (meta) => only(meta, (meta.constraints[0] as { strict?: boolean } | undefined)?.strict === true && Object.keys(meta.constraints[0] as object).length === 1, { type: 'string', format: CONTRACT_FORMATS.iso8601Strict }),
  isBase64: (meta) => only(meta, meta.constraints[0] === undefined, { type: 'string', format: CONTRACT_FORMATS.base64 }),
  matches: (meta) => {
    const pattern = meta.constraints[0] as RegExp | string;
    return only(meta, pattern instanceof RegExp && pattern.flags === '' && meta.constraints[1] === undefined, { type: 'string', pattern: (pattern as RegExp).source });
  },
  isIn: (meta) => ({ enum: [...(meta.constraints[0] as unknown[])] }),
  isInt: () => ({ type: 'integer' }),
  isNumber: (meta) => only(meta, meta.constraints[0] === undefined || Object.keys(meta.constraints[0] as object).length === 0, { type: 'number' }),
  isString: () => ({ type: 'string' }),
  isBoolean: () => ({ type: 'boolean' }),
  isObject: () => ({ type: 'object' }),
  isArray: () => ({ type: 'array' }),
  // class-validator: neither '' nor null nor undefined; any other value passes.
  isNotEmpty: () => ({ not: { enum: ['', null] } }),
  // The compiled validator counts characters as validator.js's isLength does (see event-validator.ts).
  maxLength: (meta) => ({ type: 'string', maxLength: meta.constraints[0] }),
  min: (meta) => ({ type: 'number', minimum: meta.constraints[0] }),
  max: (meta) => ({ type: 'number', maximum: meta.constraints[0] }),
  arrayMaxSize: (meta) => ({ type: 'array', maxItems: meta.constraints[0] }),
};

/** A contract class uses a rule this translation cannot express exactly; it refuses rather than validate less. */
export class UnsupportedContractRule extends Error {
  constructor(meta: ValidationMetadata, what: string) {
    super(`${(meta.target as ContractClass).name}.${meta.propertyName}: no exact JSON Schema for ${ruleName(meta)} with ${what}`);
  }
}

function ruleName(meta: ValidationMetadata): string {
  if (meta.type !== ValidationTypes.CUSTOM_VALIDATION || !meta.constraintCls) return meta.name ?? meta.type;
  return getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0]?.name ?? meta.type;
}

/** Conjunction of the schemas; keywords merge, except that `integer` within `number` stays `integer`. */
function allOf(parts: readonly JsonSchema[]): JsonSchema {
  const merged: JsonSchema = {};
  for (const part of parts) {
    for (const [keyword, value] of Object.entries(part)) {
      if (!(keyword in merged) || JSON.stringify(merged[keyword]) === JSON.stringify(value)) merged[keyword] = value;
      else if (keyword === 'type' && [merged.type, value].includes('integer') && [merged.type, value].includes('number')) merged.type = 'integer';
      else return { allOf: parts };
    }
  }
  return merged;
}

function nestedClassOf(meta: ValidationMetadata): ContractClass {
  const type = defaultMetadataStorage.findTypeMetadata(meta.target as ContractClass, meta.propertyName);
  if (!type) throw new UnsupportedContractRule(meta, 'no @Type() naming the nested class');
  return type.typeFunction() as ContractClass;
}

function translate(meta: ValidationMetadata, nested: Set<ContractClass>): JsonSchema {
  const { groups, always, context, validateIf } = meta as ValidationMetadata & { validateIf?: unknown };
  if (groups?.length || always !== undefined || context !== undefined || validateIf !== undefined) throw new UnsupportedContractRule(meta, 'groups, always, context or validateIf');
  let schema: JsonSchema;
  if (meta.type === ValidationTypes.NESTED_VALIDATION) {
    const nestedClass = nestedClassOf(meta);
    nested.add(nestedClass);
    schema = { $ref: `${SCHEMA_REF_PREFIX}${nestedClass.name}` };
  } else {
    const translation = TRANSLATIONS[ruleName(meta)];
    if (!translation || meta.type !== ValidationTypes.CUSTOM_VALIDATION) throw new UnsupportedContractRule(meta, 'any options');
    schema = translation(meta);
  }
  // `each` checks every element of an array, and a value that is not an array as it is.
  return meta.each ? { if: { type: 'array' }, then: { items: schema }, else: schema } : schema;
}

function classSchema(contract: ContractClass, nested: Set<ContractClass>): JsonSchema {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(contract, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const meta of metadatas) byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);

  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const [property, metas] of byProperty) {
    const optional = metas.some((meta) => meta.type === ValidationTypes.CONDITIONAL_VALIDATION && meta.name === IS_OPTIONAL);
    const conditional = metas.find((meta) => meta.type === ValidationTypes.CONDITIONAL_VALIDATION && meta.name !== IS_OPTIONAL);
    if (conditional) throw new UnsupportedContractRule(conditional, 'a condition');
    // @ValidateNested alone passes a missing value and checks each element of an array.
    const nestedRule = metas.find((meta) => meta.type === ValidationTypes.NESTED_VALIDATION);
    if (nestedRule && !metas.some((meta) => ruleName(meta) === 'isObject')) throw new UnsupportedContractRule(nestedRule, '@IsObject() missing beside it');
    const checks = allOf(metas.filter((meta) => meta.type !== ValidationTypes.CONDITIONAL_VALIDATION).map((meta) => translate(meta, nested)));
    // @IsOptional skips every check when the value is null or missing.
    properties[property] = optional ? { if: { type: 'null' }, else: checks } : checks;
    if (!optional) required.push(property);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * JSON Schemas of the given contract classes and the classes they nest, by class name,
 * translated from their class-validator decorators so that each accepts exactly the JSON
 * values class-validator accepts; a rule without an exact translation throws. Properties
 * without a decorator are not described; the validator strips them, as class-validator's
 * `whitelist` does.
 */
export function contractSchemas(contracts: readonly ContractClass[]): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  const pending = new Set<ContractClass>(contracts);
  for (const contract of pending) {
    if (schemas[contract.name]) continue;
    schemas[contract.name] = classSchema(contract, pending);
  }
  return schemas;
}
