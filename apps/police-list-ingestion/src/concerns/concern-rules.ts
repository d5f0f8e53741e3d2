import type { ConcernSource, PersonIdentityContent } from '@ssp/contracts';
import { Role } from '@ssp/platform/auth/roles';
import { parseCpr } from '../rows/cpr';
import { birthDateRangeError } from '../rows/dates';

/** The source a member's role speaks for; those not listed here raise no concerns. */
const SOURCE_OF_ROLE: Partial<Record<Role, ConcernSource>> = {
  [Role.school]: 'school',
  [Role.club]: 'club',
  [Role.familyDepartment]: 'family-department',
  [Role.substanceAbuseTreatment]: 'substance-abuse-treatment',
  [Role.youthGuidance]: 'youth-guidance',
  [Role.ungebasen]: 'ungebasen',
  [Role.policePrevention]: 'police',
  [Role.sspConsultant]: 'ssp',
  [Role.secretariat]: 'ssp',
};

/** The SSP consultant and the secretariat write down what a partner told them, for any partner. */
const REGISTER_FOR_ANY_SOURCE: readonly Role[] = [Role.sspConsultant, Role.secretariat];

export type ConcernRuleRefusal =
  | 'source-not-yours'
  | 'source-missing'
  | 'cpr-format'
  | 'cpr-invalid-date'
  | 'identity-missing'
  | 'birth-date-mismatch'
  | 'birth-date-in-future'
  | 'birth-date-too-old';

export type ConcernRuleResult<T> = { ok: true; value: T } | { ok: false; refusal: ConcernRuleRefusal };

/**
 * Where the concern comes from: the source asked for, when the caller may speak for it (their
 * own organisation's, or any for the SSP consultant and the secretariat); otherwise the source
 * of the caller's first role that has one.
 */
export function concernSourceOf(roles: readonly Role[], requested: ConcernSource | undefined): ConcernRuleResult<ConcernSource> {
  const own = roles.map((role) => SOURCE_OF_ROLE[role]).filter((source): source is ConcernSource => source !== undefined);
  if (requested === undefined) return own.length > 0 ? { ok: true, value: own[0] } : { ok: false, refusal: 'source-missing' };
  const mayRegisterAny = roles.some((role) => REGISTER_FOR_ANY_SOURCE.includes(role));
  return mayRegisterAny || own.includes(requested) ? { ok: true, value: requested } : { ok: false, refusal: 'source-not-yours' };
}

export interface ConcernPerson {
  cpr?: string;
  name: string;
  birthDate?: string;
  school?: string;
  postalCode?: string;
}

/**
 * The identity a concern names, as a police list's row would give it (so that the child gets
 * the pseudonym a later list gives): the CPR number without its hyphen and the birth date it
 * holds, or name and birth date; the name with single spaces. A birth date given beside a CPR
 * number must be the number's. The age bound is the police lists' (MAX_AGE_AT_UPLOAD).
 */
export function concernIdentity(person: ConcernPerson, today: string): ConcernRuleResult<PersonIdentityContent> {
  const name = person.name.trim().replace(/\s+/g, ' ');
  let cpr: string | undefined;
  let birthDate = person.birthDate;
  if (person.cpr !== undefined) {
    const parsed = parseCpr(person.cpr);
    if (!parsed.ok) return { ok: false, refusal: parsed.error };
    if (birthDate !== undefined && birthDate !== parsed.value.birthDate) return { ok: false, refusal: 'birth-date-mismatch' };
    cpr = parsed.value.cpr;
    birthDate = parsed.value.birthDate;
  }
  if (birthDate === undefined) return { ok: false, refusal: 'identity-missing' };
  const outOfRange = birthDateRangeError(birthDate, today);
  if (outOfRange !== undefined) return { ok: false, refusal: outOfRange === 'in-future' ? 'birth-date-in-future' : 'birth-date-too-old' };
  return {
    ok: true,
    value: {
      ...(cpr === undefined ? {} : { cpr }),
      name,
      birthDate,
      ...(person.postalCode === undefined ? {} : { postalCode: person.postalCode }),
      ...(person.school === undefined ? {} : { school: person.school.trim().replace(/\s+/g, ' ') }),
      protectedAddress: false,
    },
  };
}
