import Ajv, { type ErrorObject, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import { isBase64, isUUID, maxLength } from 'class-validator';
import { EventEnvelope } from '../envelope';
import type { TopicDefinition } from '../topic-definition';
import { ALL_TOPICS } from '../topics';
import { CONTRACT_FORMATS, contractSchemas, SCHEMA_REF_PREFIX } from './contract-schema';
import { isStrictIsoDateString } from './iso-date-string';

export type Validity = { valid: true } | { valid: false; reasons: string[] };

/**
 * `maxLength` as class-validator checks it (validator.js's isLength, which counts a
 * surrogate pair and a variation selector as no extra character), not as JSON Schema counts.
 */
const maxLengthAsClassValidator: SchemaValidateFunction = (max: number, data: string) => {
  if (maxLength(data, max)) return true;
  maxLengthAsClassValidator.errors = [{ keyword: 'maxLength', message: `must not be longer than ${max} characters`, params: { limit: max } }];
  return false;
};

function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Fields a contract does not know are dropped, as class-validator's whitelist does.
    removeAdditional: 'all',
    // The decorators' patterns are plain RegExps, without the u flag.
    unicodeRegExp: false,
    strictTypes: false,
  });
  ajv.addFormat(CONTRACT_FORMATS.uuid, { type: 'string', validate: (value) => isUUID(value) });
  ajv.addFormat(CONTRACT_FORMATS.iso8601Strict, { type: 'string', validate: isStrictIsoDateString });
  ajv.addFormat(CONTRACT_FORMATS.base64, { type: 'string', validate: (value) => isBase64(value) });
  ajv.removeKeyword('maxLength');
  ajv.addKeyword({ keyword: 'maxLength', type: 'string', schemaType: 'number', validate: maxLengthAsClassValidator });
  for (const [name, schema] of Object.entries(contractSchemas([EventEnvelope, ...ALL_TOPICS.map((topic) => topic.payload)]))) {
    ajv.addSchema(schema, `${SCHEMA_REF_PREFIX}${name}`);
  }
  return ajv;
}

let shared: Ajv | undefined;
/**
 * The compiled functions by contract class. ajv keeps them too, but finds them by their
 * schema id, which it normalises as a URI on every lookup: about a third of the time a
 * rebuild spent validating.
 */
const compiled = new Map<new () => object, ValidateFunction>();

/** The compiled validator of one contract class, compiled on first use. */
function validatorOf(contract: new () => object): ValidateFunction {
  const known = compiled.get(contract);
  if (known) return known;
  shared ??= createAjv();
  const validate = shared.getSchema(`${SCHEMA_REF_PREFIX}${contract.name}`);
  if (!validate) throw new Error(`${contract.name} is not a contract class of the topic catalogue`);
  compiled.set(contract, validate);
  return validate;
}

function reasonOf(error: ErrorObject): string {
  const path = error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${path ? `${path}.` : ''}${missing}: is required`;
  }
  return `${path || '(value)'}: ${error.message ?? error.keyword}`;
}

function validity(validate: ValidateFunction, value: unknown): Validity {
  if (validate(value)) return { valid: true };
  // `if` only says that a branch failed; the branch's own errors say why.
  const reasons = (validate.errors ?? []).filter((error) => error.keyword !== 'if').map(reasonOf);
  return { valid: false, reasons: [...new Set(reasons)] };
}

/**
 * Checks a parsed envelope against the contract, compiled from the same class-validator
 * decorators, as class-validator would judge it (`contract-schema.ts`), at a fraction of the
 * cost: a consumer or a rebuild checks every event. Unknown fields are removed in place.
 */
export function validateEnvelope(value: unknown): Validity {
  return validity(validatorOf(EventEnvelope), value);
}

/** Checks a parsed payload against its topic's payload class; unknown fields are removed in place. */
export function validatePayload(topic: TopicDefinition<object>, value: unknown): Validity {
  return validity(validatorOf(topic.payload), value);
}
