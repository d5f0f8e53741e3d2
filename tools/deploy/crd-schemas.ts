import Ajv, { type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { nameOf, type KubeObject } from './kustomize';

/** The CRDs copied into the repository (./crds/README.md says from where). */
export const CRD_FOLDER = path.join(__dirname, 'crds');

type Schema = { [keyword: string]: unknown };

interface CustomResourceDefinition {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; schema: { openAPIV3Schema: Schema } }[];
  };
}

/**
 * A structural schema (Kubernetes' OpenAPI v3 subset) as JSON Schema that refuses unknown
 * fields, the way the API server prunes or rejects them: an object with `properties` takes
 * only those unless it keeps unknown fields (x-kubernetes-preserve-unknown-fields) or gives
 * additionalProperties itself. int-or-string and nullable become JSON Schema; the other x-
 * extensions (list and map types, CEL validations) are the server's, not checked here.
 */
export function strictSchema(schema: Schema): Schema {
  const strict: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-kubernetes-') || keyword === 'nullable') continue;
    if (keyword === 'properties') {
      strict.properties = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([name, property]) => [name, strictSchema(property)]));
    } else if ((keyword === 'items' || keyword === 'additionalProperties' || keyword === 'not') && typeof value === 'object') {
      strict[keyword] = strictSchema(value as Schema);
    } else if (keyword === 'allOf' || keyword === 'anyOf' || keyword === 'oneOf') {
      strict[keyword] = (value as Schema[]).map(strictSchema);
    } else {
      strict[keyword] = value;
    }
  }
  if (schema.properties && schema.additionalProperties === undefined && schema['x-kubernetes-preserve-unknown-fields'] !== true) {
    strict.additionalProperties = false;
  }
  if (schema['x-kubernetes-int-or-string'] === true) {
    delete strict.type;
    strict.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (schema.nullable === true && typeof strict.type === 'string') strict.type = [strict.type, 'null'];
  return strict;
}

/** apiVersion/kind to its validator, for every CRD in `folder`. */
export function loadCrdValidators(folder = CRD_FOLDER): Map<string, ValidateFunction> {
  // Formats (int32, date-time, ...) are the server's to check; unknown keywords of the
  // structural subset would otherwise stop ajv's strict mode.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
    const crd = parse(readFileSync(path.join(folder, file), 'utf8')) as CustomResourceDefinition;
    for (const version of crd.spec.versions) {
      validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(strictSchema(version.schema.openAPIV3Schema)));
    }
  }
  return validators;
}

export const crdKey = (object: KubeObject) => `${object.apiVersion}/${object.kind}`;

/** The object's errors against its CRD's schema. */
export function crdSchemaErrors(object: KubeObject, validators: Map<string, ValidateFunction>): string[] {
  const validate = validators.get(crdKey(object));
  if (!validate) return [`${nameOf(object)}: no CRD for ${object.apiVersion} ${object.kind} in ${CRD_FOLDER}`];
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => {
    const unknown = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
    return `${nameOf(object)}: ${error.instancePath || '/'} ${error.message}${unknown}`;
  });
}
