import type { Refusal } from '../api/service-answer';
import { parseDanishDate } from '../pages/danish-dates';
import { DATE_HINT, oneOfChoices, parsedFrom, refusalOnField, requiredText, typedDay, type Parsed } from '../pages/form-parsing';
import { formText, type FieldError } from '../pages/forms';
import type { MembershipChange, NewBody, NewMembership, NewOrganisation, OrganisationKind, PersonChange } from './registry.types';

/**
 * The registry's forms as plain functions: what the browser sent (every value a string or
 * missing) becomes what network groups' API takes, or the fields to fix, in Danish, with what
 * was typed kept. Only what the form itself can know is checked (a field left blank, a day
 * that is not a day); the rest the service decides, and its refusal is shown on its field.
 */

type FormBody = Record<string, unknown> | undefined;

export interface PersonInput {
  name: string;
  email: string;
}

/** A person's name and e-mail, as the registry corrects them. */
export function parsePersonForm(body: FormBody): Parsed<PersonChange, PersonInput> {
  const input = { name: formText(body, 'name'), email: formText(body, 'email') };
  const errors: FieldError[] = [];
  const name = requiredText(errors, 'name', input.name, 'Skriv personens navn.');
  const email = requiredText(errors, 'email', input.email, 'Skriv personens e-mailadresse på arbejdet.');
  return parsedFrom(errors, input, () => ({ name, email }));
}

export interface SignInInput {
  subject: string;
}

/** The sign-in to link to a person (the login's subject, as the identity provider names it), or, by the button "Fjern", none. */
export function parseSignInForm(body: FormBody): Parsed<PersonChange, SignInInput> {
  const input = { subject: formText(body, 'subject') };
  if (formText(body, 'handling') === 'fjern') return { ok: true, input, value: { subject: null } };
  const errors: FieldError[] = [];
  const subject = requiredText(errors, 'subject', input.subject, 'Skriv personens login-id (subject fra login), eller fjern koblingen med knappen "Fjern login".');
  return parsedFrom(errors, input, () => ({ subject }));
}

/** The kinds of organisation, in Danish, in the order the form offers them (typed by the API's enum, so a new kind fails the type-check). */
export const ORGANISATION_KIND_DA: Readonly<Record<OrganisationKind, string>> = {
  school: 'Skole',
  'youth-school': 'Ungdomsskole',
  club: 'Klub',
  institution: 'Institution',
  'health-visitors': 'Sundhedsplejen',
  police: 'Politi',
  'family-department': 'Familieafdelingen',
  'substance-abuse': 'Rusmiddelbehandling',
  'youth-guidance': 'Ungdommens Uddannelsesvejledning',
  education: 'Uddannelsessted',
  secretariat: 'Sekretariat',
  other: 'Andet',
};

export interface OrganisationInput {
  name: string;
  kind: string;
  selfGoverning: boolean;
}

export function parseOrganisationForm(body: FormBody): Parsed<NewOrganisation, OrganisationInput> {
  const input = { name: formText(body, 'name'), kind: formText(body, 'kind'), selfGoverning: formText(body, 'selfGoverning') === 'ja' };
  const errors: FieldError[] = [];
  const name = requiredText(errors, 'name', input.name, 'Skriv organisationens navn.');
  const kind = oneOfChoices(input.kind, Object.keys(ORGANISATION_KIND_DA) as OrganisationKind[]);
  if (!kind) errors.push({ field: 'kind', code: 'kind-missing', message: 'Vælg, hvilken slags organisation det er.' });
  return parsedFrom(errors, input, () => ({ name, kind: kind!, selfGoverning: input.selfGoverning }));
}

export interface BodyInput {
  id: string;
  name: string;
  endsOn: string;
}

/** An ad-hoc group for a task: its id, name and last day. */
export function parseBodyForm(body: FormBody): Parsed<NewBody, BodyInput> {
  const input = { id: formText(body, 'id'), name: formText(body, 'name'), endsOn: formText(body, 'endsOn') };
  const errors: FieldError[] = [];
  const id = requiredText(errors, 'id', input.id, 'Skriv gruppens id, fx adhoc-sommerferie-2027.');
  const name = requiredText(errors, 'name', input.name, 'Skriv gruppens navn.');
  const endsOn = typedDay(errors, 'endsOn', input.endsOn, `Skriv gruppens sidste dag. ${DATE_HINT}`);
  return parsedFrom(errors, input, () => ({ id, name, endsOn: endsOn! }));
}

export interface MembershipInput {
  role: string;
  validFrom: string;
  validTo: string;
}

export interface MemberInput extends MembershipInput {
  personName: string;
  email: string;
  organisation: string;
}

const membershipInput = (body: FormBody): MembershipInput => ({ role: formText(body, 'role'), validFrom: formText(body, 'validFrom'), validTo: formText(body, 'validTo') });

/** A membership's role, first day and last day (blank: open-ended), each problem added to `errors`. */
function roleAndPeriod(errors: FieldError[], input: MembershipInput): () => MembershipChange & { role: string; validFrom: string } {
  const role = requiredText(errors, 'role', input.role, 'Skriv personens rolle i organet, fx medlem eller formand.');
  const validFrom = typedDay(errors, 'validFrom', input.validFrom, `Skriv medlemskabets første dag. ${DATE_HINT}`);
  const validTo = typedDay(errors, 'validTo', input.validTo, null);
  return () => ({ role, validFrom: validFrom!, validTo });
}

/** A new membership of a body (the person is added to the registry by their e-mail, when they are not in it). */
export function parseMemberForm(body: FormBody): Parsed<NewMembership, MemberInput> {
  const input = { personName: formText(body, 'personName'), email: formText(body, 'email'), organisation: formText(body, 'organisation'), ...membershipInput(body) };
  const errors: FieldError[] = [];
  const personName = requiredText(errors, 'personName', input.personName, 'Skriv personens navn.');
  const email = requiredText(errors, 'email', input.email, 'Skriv personens e-mailadresse på arbejdet.');
  const organisation = requiredText(errors, 'organisation', input.organisation, 'Skriv den organisation, personen kommer fra, fx Vestervangskolen.');
  const membership = roleAndPeriod(errors, input);
  return parsedFrom(errors, input, () => ({ personName, email, organisation, ...membership() }));
}

/** A membership's role, first day and last day (blank: open-ended); ending it is giving it a last day. */
export function parseMembershipForm(body: FormBody): Parsed<MembershipChange, MembershipInput> {
  const input = membershipInput(body);
  const errors: FieldError[] = [];
  return parsedFrom(errors, input, roleAndPeriod(errors, input));
}

/** The field a registry refusal is about, by the service's stable code. */
const REGISTRY_FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^membership-person-name-/, 'personName'],
  [/^(membership|person)-email-/, 'email'],
  [/^membership-organisation-/, 'organisation'],
  [/^membership-role-/, 'role'],
  [/^membership-valid-from-/, 'validFrom'],
  [/^(membership-valid-to-|membership-period-backwards|membership-after-body-end)/, 'validTo'],
  [/^(body-new-id-|body-id-taken)/, 'id'],
  [/^(body-name-|person-name-|organisation-name-)/, 'name'],
  [/^body-ends-on-/, 'endsOn'],
  [/^person-subject-/, 'subject'],
  [/^organisation-kind-/, 'kind'],
];

/** A registry refusal as an error on the field it names (the form's first field when it names none). */
export function registryRefusal(refusal: Refusal | null, firstField: string): FieldError {
  return refusalOnField(refusal, { byCode: REGISTRY_FIELDS }, firstField);
}

/** Today's day as the members page shows it by default, and another day the secretariat asks for (`paa`, as typed), or null when it is no day. */
export function membersDay(value: unknown): string | null | undefined {
  if (typeof value !== 'string' || value.trim().length === 0) return undefined;
  return parseDanishDate(value);
}
