import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { plainToInstance, Type } from 'class-transformer';
import { getMetadataStorage, IsEmail, IsString, validateSync, ValidateIf, ValidateNested, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import fc from 'fast-check';
import { EventEnvelope } from '../envelope';
import { PersonIdentityV1 } from '../events/person-identity.event';
import type { PayloadClass } from '../topic-definition';
import { ALL_TOPICS, Topics } from '../topics';
import { contractSchemas, UnsupportedContractRule } from './contract-schema';
import { validateEnvelope, validatePayload, type Validity } from './event-validator';

type Json = unknown;
type ContractClass = PayloadClass<object>;

/** What class-validator says, as decodeMessage asked it before the compiled validator. */
function classValidatorAccepts(contract: ContractClass, value: Json): boolean {
  const whitelist = contract !== EventEnvelope;
  return validateSync(plainToInstance(contract, value) as object, { whitelist }).length === 0;
}

function compiledAccepts(contract: ContractClass, value: Json): Validity {
  const copy = structuredClone(value);
  if (contract === EventEnvelope) return validateEnvelope(copy);
  const topic = ALL_TOPICS.find((candidate) => candidate.payload === contract);
  if (topic) return validatePayload(topic, copy);
  // A nested contract class is checked through its parent.
  return validatePayload(Topics.personIdentity, { personPseudonym: 'a'.repeat(64), identity: copy });
}

function ruleOf(meta: ValidationMetadata): string {
  if (meta.type !== ValidationTypes.CUSTOM_VALIDATION || !meta.constraintCls) return meta.name ?? meta.type;
  return getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0].name!;
}

const junk = fc.constantFrom<Json>(null, 0, -1, 1.5, true, '', ' ', 'x', [], ['x'], {}, { a: 1 }, '5');
/** Characters validator.js and JSON Schema count differently, and some that need escaping. */
const tricky = fc.constantFrom('a', 'Z', 'æ', 'ø', '😀', '❤', '\uFE0F', '\uFE0E', '-', ' ', '\n', '=', '/');

const dateStrings = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2024-02-29', '2025-02-29', '2025-W01-1', '2025-123', '2025-01-01T24:00:00Z', '2025-1-1', '20250101', '2025-01-01T10:00+01:00', '2025-13-01'),
);

const uuids = fc.oneof(
  fc.uuid(),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '6ba7b810-9dad-91d1-80b4-00c04fd430c8', '6ba7b810-9dad-11d1-c0b4-00c04fd430c8', '{6ba7b810-9dad-11d1-80b4-00c04fd430c8}'),
);

/** Values near what one rule accepts, on both sides of its edge. */
function candidatesFor(meta: ValidationMetadata): fc.Arbitrary<Json> {
  const [first, second] = meta.constraints ?? [];
  switch (ruleOf(meta)) {
    case 'isUuid':
      return uuids;
    case 'isDateString':
      return dateStrings;
    case 'matches':
      return fc.oneof(fc.stringMatching(first as RegExp), fc.stringMatching(first as RegExp).map((value) => `${value}x`), fc.string({ unit: tricky, maxLength: 6 }));
    case 'isIn':
      return fc.oneof(fc.constantFrom(...(first as Json[])), fc.constant('other'));
    case 'isInt':
    case 'isNumber':
      return fc.oneof(fc.integer({ min: -3, max: 130 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -3, max: 130 }));
    case 'min':
    case 'max':
      return fc.integer({ min: (first as number) - 2, max: (first as number) + 2 });
    case 'maxLength':
      return fc.string({ unit: tricky, minLength: Math.max(0, (first as number) - 3), maxLength: (first as number) + 3 });
    case 'arrayMaxSize':
      return fc.oneof(
        fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,64}$/), junk), { maxLength: 3 }),
        fc.constantFrom((first as number) - 1, first as number, (first as number) + 1).map((size) => Array.from({ length: size }, () => 'a')),
      );
    case 'isBase64':
      return fc.oneof(fc.base64String(), fc.string({ unit: tricky, maxLength: 8 }));
    case 'isBoolean':
      return fc.boolean();
    case 'isObject':
      return fc.oneof(fc.constant({ anything: 1 }), fc.constant({}));
    case 'isString':
    case 'isNotEmpty':
    case 'isArray':
      return fc.oneof(fc.string({ unit: tricky, maxLength: 4 }), fc.array(fc.stringMatching(/^[a-z0-9-]{1,64}$/), { maxLength: 3 }));
    default:
      throw new Error(`the generator knows no values for ${ruleOf(meta)} (${String(second)})`);
  }
}

/** Whether class-validator finds nothing wrong with `property` alone when it holds `value`. */
function propertyAccepted(contract: ContractClass, property: string, value: Json): boolean {
  const errors = validateSync(plainToInstance(contract, { [property]: value }) as object, { whitelist: true });
  return !errors.some((error) => error.property === property);
}

/**
 * Objects shaped like the contract class: each property mostly a value its rules accept
 * (chosen by class-validator itself), now and then one near the edge, junk, or missing.
 */
function objectsLike(contract: ContractClass): fc.Arbitrary<Record<string, Json>> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(contract, '', true, false);
  const properties = [...new Set(metas.map((meta) => meta.propertyName))];
  const valueOf = (property: string): fc.Arbitrary<Json> => {
    const own = metas.filter((meta) => meta.propertyName === property && meta.type !== ValidationTypes.CONDITIONAL_VALIDATION);
    const nested = own.find((meta) => meta.type === ValidationTypes.NESTED_VALIDATION);
    const near = nested
      ? objectsLike(defaultMetadataStorage.findTypeMetadata(contract, property)!.typeFunction() as ContractClass)
      : fc.oneof(...own.filter((meta) => meta.type !== ValidationTypes.NESTED_VALIDATION).map(candidatesFor));
    const accepted = near.filter((value) => propertyAccepted(contract, property, value));
    return fc.oneof({ weight: 25, arbitrary: accepted }, { weight: 1, arbitrary: near }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(undefined) });
  };
  return fc
    .record({
      ...Object.fromEntries(properties.map((property) => [property, valueOf(property)])),
      unknownField: fc.option(fc.oneof(fc.string(), junk), { nil: undefined }),
    })
    .map((record) => JSON.parse(JSON.stringify(record)) as Record<string, Json>);
}

const CONTRACTS: ContractClass[] = [EventEnvelope, ...ALL_TOPICS.map((topic) => topic.payload)];

describe('the compiled event validator', () => {
  it.each(CONTRACTS.map((contract) => [contract.name, contract] as const))(
    'accepts exactly what class-validator accepts for %s',
    (_, contract) => {
      let accepted = 0;
      let runs = 0;
      fc.assert(
        fc.property(objectsLike(contract), (value) => {
          runs += 1;
          const expected = classValidatorAccepts(contract, value);
          const actual = compiledAccepts(contract, value);
          if (expected) accepted += 1;
          expect({ value, valid: actual.valid, reasons: actual.valid ? [] : actual.reasons }).toEqual({ value, valid: expected, reasons: expect.any(Array) });
        }),
        { numRuns: 400, seed: 20261123 + contract.name.length },
      );
      // Both sides of the edge were tried, not only one.
      expect(accepted).toBeGreaterThan(runs / 20);
      expect(accepted).toBeLessThan(runs);
    },
  );

  it('translates every contract class without refusing a rule', () => {
    expect(Object.keys(contractSchemas(CONTRACTS))).toEqual(expect.arrayContaining([...CONTRACTS.map((contract) => contract.name), 'EncryptedValue']));
  });

  it('takes an optional field given as null, as @IsOptional does', () => {
    const payload = { incidentId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', listId: '6ba7b810-9dad-41d1-80b4-00c04fd430c9', personPseudonym: 'a'.repeat(64), pseudonymStrength: 'strong', journalNumber: '4100-1', role: 'suspect', incidentDate: '2026-01-05', offenceCategory: 'theft', ageAtIncident: 15, areaId: 'langaa', school: null };
    expect(validatePayload(Topics.incidentRecordedV1, payload)).toEqual({ valid: true });
    expect(validatePayload(Topics.incidentRecordedV1, { ...payload, school: 7 })).toEqual({ valid: false, reasons: ['school: must be string'] });
  });

  it('counts characters as class-validator does: a variation selector adds none', () => {
    const payload = { initiativeId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', kind: 'course', bodyIds: [], areaIds: [], launchedAt: '2026-01-05T10:00:00.000Z' };
    expect(validatePayload(Topics.initiativeLaunched, { ...payload, title: `${'x'.repeat(199)}❤\uFE0F` })).toEqual({ valid: true });
    expect(validatePayload(Topics.initiativeLaunched, { ...payload, title: 'x'.repeat(201) })).toEqual({ valid: false, reasons: ['title: must not be longer than 200 characters'] });
  });

  it('drops fields the contract does not name, at every level', () => {
    const identity = { algorithm: 'A256GCM', keyId: 'k1', iv: 'AAAA', ciphertext: 'AAAA', authTag: 'AAAA', extra: 'x' };
    const payload = { personPseudonym: 'a'.repeat(64), identity, cpr: '0101101234' };
    expect(validatePayload(Topics.personIdentity, payload)).toEqual({ valid: true });
    expect(payload).toEqual({ personPseudonym: 'a'.repeat(64), identity: { algorithm: 'A256GCM', keyId: 'k1', iv: 'AAAA', ciphertext: 'AAAA', authTag: 'AAAA' } });
  });

  it('needs @IsObject() beside @ValidateNested(), which alone would pass a missing identity or an array of them', () => {
    const identity = { algorithm: 'A256GCM', keyId: 'k1', iv: 'AAAA', ciphertext: 'AAAA', authTag: 'AAAA' };
    for (const payload of [{ personPseudonym: 'a'.repeat(64), identity: [identity] }, { personPseudonym: 'a'.repeat(64) }]) {
      expect(classValidatorAccepts(PersonIdentityV1, payload)).toBe(false);
      expect(validatePayload(Topics.personIdentity, payload).valid).toBe(false);
    }
    class NestedAlone {
      @ValidateNested()
      @Type(() => PersonIdentityV1)
      identity!: PersonIdentityV1;
    }
    expect(() => contractSchemas([NestedAlone])).toThrow('NestedAlone.identity: no exact JSON Schema for nestedValidation with @IsObject() missing beside it');
  });

  it('refuses to translate a rule it cannot express exactly, rather than check less', () => {
    class WithEmail {
      @IsEmail()
      address!: string;
    }
    class WithCondition {
      @ValidateIf((object: { kind?: string }) => object.kind === 'mail')
      @IsString()
      address!: string;
    }
    expect(() => contractSchemas([WithEmail])).toThrow(UnsupportedContractRule);
    expect(() => contractSchemas([WithEmail])).toThrow('WithEmail.address: no exact JSON Schema for isEmail');
    expect(() => contractSchemas([WithCondition])).toThrow(UnsupportedContractRule);
  });
});
