import type { IncidentRole } from '@ssp/contracts';
import type { CellValue } from '../reading/sheet-row';
import type { AreaResolver } from './area';
import { cellText } from './cell-text';
import { cprDigits, maskCpr, parseCpr, type Cpr, type Sex } from './cpr';
import { ageAt, birthDateRangeError, danishDate, MAX_AGE_AT_UPLOAD, parseBirthDate, parseIncidentDate, parseTime, type DayAndTime } from './dates';
import type { HeaderMapping } from './header-aliases';
import type { OffenceClassifier } from './offence-category';
import { failed, parsed, type Parsed } from './parsed';
import { personalDataIn, type NameRule } from './personal-data-in-text';
import { FIELD_LABELS_DA, POLICE_LIST_FIELDS, type PoliceListField, type PseudonymousTextField } from './police-list-field';
import { checkRowText, type DtoField } from './police-list-row.dto';
import { parseProtectedFlag } from './protected-flag';
import { parseRole } from './role';
import { quote, type RowError, type RowErrorCode } from './row-errors';

/** A row that keeps every rule: text trimmed, names with single spaces, dates ISO. */
export interface ValidPoliceListRow {
  journalNumber: string;
  incidentDate: string;
  incidentTime?: string;
  offenceCode?: string;
  offenceText: string;
  offenceCategory: string;
  role: IncidentRole;
  /** Ten digits, no hyphen. */
  cpr?: string;
  /** From the CPR when there is one, else from the birth-date column. */
  birthDate: string;
  /** Only a CPR tells it. */
  sex?: Sex;
  ageAtIncident: number;
  name: string;
  address?: string;
  postalCode?: string;
  areaId: string;
  school?: string;
  incidentLocation?: string;
  policeUnit?: string;
  summary?: string;
  protectedAddress: boolean;
  identifiedBy: 'cpr' | 'name-and-birth-date';
}

export interface RowValidationContext {
  classify: OffenceClassifier;
  resolveArea: AreaResolver;
  /** The upload day, YYYY-MM-DD: no incident and no birth after it. */
  today: string;
  /**
   * The reader's longest cell. XLSX reports a longer cell rather than refusing the file, so
   * it is reported here and not parsed.
   */
  maxCellLength: number;
}

export type RowValidation = { ok: true; row: ValidPoliceListRow } | { ok: false; errors: RowError[] };

type Cells = Partial<Record<PoliceListField, CellValue>>;
type Texts = Partial<Record<PoliceListField, string>>;

/** `undefined`: the cause is already reported on one of the fields this result derives from. */
type Derived<T> = Parsed<T, RowError | undefined>;

interface Identity {
  cpr?: Cpr;
  birthDate: string;
}

/** A row with no values, or only empty ones; it is counted, not validated. */
export function isBlankRow(values: CellValue[]): boolean {
  return values.every((value) => cellText(value) === undefined);
}

/**
 * Checks one data row against the format and reports every broken rule at once, at most one
 * per field, in column order of the format description. Never throws for any cell content.
 */
export function validatePoliceListRow(values: CellValue[], header: HeaderMapping, line: number, context: RowValidationContext): RowValidation {
  const cells = cellsByField(values, header);
  const texts = textsByField(cells);
  const { dto, violations } = checkRowText(texts);
  const reported = new Map<PoliceListField, RowError>(tooLongCells(texts, line, context.maxCellLength));
  for (const { field, code, reason } of violations) if (!reported.has(field)) reported.set(field, { line, field, code, reason });

  const errorOn = (field: PoliceListField | 'row', code: RowErrorCode, reason: string): RowError => ({ line, field, code, reason });
  /** A field already reported (too long, missing, malformed) is not parsed further. */
  const unlessReported = <T>(field: PoliceListField, check: () => Parsed<T, RowError>): Parsed<T, RowError> => {
    const error = reported.get(field);
    return error ? failed(error) : check();
  };
  const text = <F extends DtoField>(field: F): Parsed<(typeof dto)[F], RowError> => unlessReported(field, () => parsed(dto[field]));
  /** A column that travels without the identity: it must not carry the CPR number or the name. */
  const withoutIdentity = <F extends PseudonymousTextField>(field: F): Parsed<(typeof dto)[F], RowError> =>
    unlessReported(field, () => checkWithoutIdentity(field, dto[field], texts.name, line, errorOn));
  /** Cells quoted in reasons, with the CPR number and the row's name masked. */
  const show = (cell: string): string => quote(cell, texts.name);

  const journalNumber = withoutIdentity('journalNumber');
  const incident = unlessReported('incidentDate', () => checkIncidentDate(cells.incidentDate, dto.incidentDate, context.today, errorOn, show));
  const incidentTime = unlessReported('incidentTime', () => checkIncidentTime(cells.incidentTime, texts.incidentTime, incident, errorOn, show));
  const offenceCode = withoutIdentity('offenceCode');
  const offenceText = withoutIdentity('offenceText');
  const role = unlessReported('role', () => checkRole(dto.role, errorOn, show));
  const cpr = unlessReported('cpr', () => checkCpr(cells.cpr, texts, context.today, errorOn));
  const birthDate = unlessReported('birthDate', () => checkBirthDate(cells.birthDate, texts.birthDate, context.today, errorOn, show));
  const identity = identityOf(cpr, birthDate, errorOn);
  const ageAtIncident = checkAgeAtIncident(identity, incident, errorOn);
  const name = text('name');
  const address = text('address');
  const postalCode = text('postalCode');
  const school = withoutIdentity('school');
  const incidentLocation = withoutIdentity('incidentLocation');
  const policeUnit = withoutIdentity('policeUnit');
  const summary = withoutIdentity('summary');
  const protectedAddress = unlessReported('protectedAddress', () => checkProtectedFlag(cells.protectedAddress, texts.protectedAddress, errorOn, show));

  if (
    journalNumber.ok &&
    incident.ok &&
    incidentTime.ok &&
    offenceCode.ok &&
    offenceText.ok &&
    role.ok &&
    identity.ok &&
    ageAtIncident.ok &&
    name.ok &&
    address.ok &&
    postalCode.ok &&
    school.ok &&
    incidentLocation.ok &&
    policeUnit.ok &&
    summary.ok &&
    protectedAddress.ok
  ) {
    const holder = identity.value.cpr;
    return {
      ok: true,
      row: {
        journalNumber: journalNumber.value,
        incidentDate: incident.value.date,
        incidentTime: incidentTime.value,
        offenceCode: offenceCode.value,
        offenceText: offenceText.value,
        offenceCategory: context.classify(offenceCode.value, offenceText.value),
        role: role.value,
        cpr: holder?.cpr,
        birthDate: identity.value.birthDate,
        sex: holder?.sex,
        ageAtIncident: ageAtIncident.value,
        name: name.value,
        address: address.value,
        postalCode: postalCode.value,
        areaId: context.resolveArea(postalCode.value, school.value),
        school: school.value,
        incidentLocation: incidentLocation.value,
        policeUnit: policeUnit.value,
        summary: summary.value,
        protectedAddress: protectedAddress.value,
        identifiedBy: holder ? 'cpr' : 'name-and-birth-date',
      },
    };
  }
  const results: Derived<unknown>[] = [journalNumber, incident, incidentTime, offenceCode, offenceText, role, cpr, birthDate, identity, name, address, postalCode, school, incidentLocation, policeUnit, summary, protectedAddress, ageAtIncident];
  return { ok: false, errors: results.flatMap((result) => (result.ok || result.error === undefined ? [] : [result.error])) };
}

/** The row's name as text, for checks beyond the row's own columns (the names of unknown columns). */
export function personNameOf(values: CellValue[], header: HeaderMapping): string | undefined {
  const index = header.columns.indexOf('name');
  return index < 0 ? undefined : cellText(values[index] ?? null);
}

/** The first column of each field; cells beyond the header or under unknown columns are ignored. */
function cellsByField(values: CellValue[], header: HeaderMapping): Cells {
  const cells: Cells = {};
  header.columns.forEach((field, index) => {
    if (field !== undefined) cells[field] = values[index] ?? null;
  });
  return cells;
}

/** Names are typed with stray double spaces; one space keeps them comparable across lists. */
function textsByField(cells: Cells): Texts {
  const texts: Texts = {};
  for (const field of POLICE_LIST_FIELDS) {
    const text = cellText(cells[field] ?? null);
    if (text !== undefined) texts[field] = field === 'name' ? text.replace(/\s+/g, ' ') : text;
  }
  return texts;
}

function tooLongCells(texts: Texts, line: number, maxCellLength: number): Array<[PoliceListField, RowError]> {
  return POLICE_LIST_FIELDS.flatMap((field): Array<[PoliceListField, RowError]> => {
    const length = texts[field]?.length ?? 0;
    if (length <= maxCellLength) return [];
    const reason = `Cellen i kolonnen ${FIELD_LABELS_DA[field]} er på ${length} tegn; der må højst være ${maxCellLength}.`;
    return [[field, { line, field, code: 'cell-too-long', reason }]];
  });
}

type ErrorOn = (field: PoliceListField | 'row', code: RowErrorCode, reason: string) => RowError;
type Show = (cell: string) => string;

/** Schools are often named after places and people whose names are common surnames; see personal-data-in-text.ts. */
function nameRuleFor(field: PseudonymousTextField): NameRule {
  return field === 'school' ? 'whole-name' : 'whole-name-or-part';
}

/**
 * Refuses a pseudonymous column holding the CPR number (in any form) or the row's name. The
 * reason says where and what, never the value: the row's errors are stored and shown.
 */
function checkWithoutIdentity<T extends string | undefined>(field: PseudonymousTextField, value: T, personName: string | undefined, line: number, errorOn: ErrorOn): Parsed<T, RowError> {
  if (value === undefined) return parsed(value);
  const label = FIELD_LABELS_DA[field];
  switch (personalDataIn(value, personName, nameRuleFor(field))) {
    case undefined:
      return parsed(value);
    case 'cpr-number':
      return failed(errorOn(field, 'cpr-number-in-column', `Kolonnen ${label} i linje ${line} indeholder noget, der ligner et CPR-nummer. Kolonnen sendes videre uden personoplysninger, så CPR-nummeret må kun stå i kolonnen CPR-nummer; fjern det her og indlæs rækken igen.`));
    case 'person-name':
      return failed(errorOn(field, 'person-name-in-column', `Kolonnen ${label} i linje ${line} indeholder personens navn (eller en del af det). Kolonnen sendes videre uden personoplysninger, så navnet må kun stå i kolonnen navn; fjern det her og indlæs rækken igen.`));
  }
}

function checkIncidentDate(value: CellValue | undefined, text: string, today: string, errorOn: ErrorOn, show: Show): Parsed<DayAndTime, RowError> {
  const result = parseIncidentDate(value ?? null, today);
  if (result.ok) return result;
  const shown = show(text);
  switch (result.error) {
    case 'format':
      return failed(errorOn('incidentDate', 'incident-date-format', `Gerningsdatoen ${shown} kan ikke læses; skriv den som DD-MM-ÅÅÅÅ, evt. med klokkeslæt (TT:MM).`));
    case 'invalid':
      return failed(errorOn('incidentDate', 'incident-date-invalid', `Gerningsdatoen ${shown} findes ikke i kalenderen.`));
    case 'in-future':
      return failed(errorOn('incidentDate', 'incident-date-in-future', `Gerningsdatoen ${shown} ligger efter dags dato (${danishDate(today)}); er den tastet forkert?`));
    case 'too-old':
      return failed(errorOn('incidentDate', 'incident-date-too-old', `Gerningsdatoen ${shown} ligger før 1990; er den tastet forkert?`));
  }
}

/** The time column, else the time written with the date; the two must agree when both are given. */
function checkIncidentTime(value: CellValue | undefined, text: string | undefined, incident: Parsed<DayAndTime, RowError>, errorOn: ErrorOn, show: Show): Parsed<string | undefined, RowError> {
  const timeWithDate = incident.ok ? incident.value.time : undefined;
  if (text === undefined) return parsed(timeWithDate);
  const result = parseTime(value ?? null);
  if (!result.ok) return failed(errorOn('incidentTime', 'incident-time-format', `Tidspunktet ${show(text)} kan ikke læses; skriv det som TT:MM, fx 14:30.`));
  if (timeWithDate !== undefined && timeWithDate !== result.value) {
    return failed(errorOn('incidentTime', 'incident-time-conflict', `Tidspunktet ${result.value} passer ikke med klokkeslættet ${timeWithDate} ved gerningsdatoen.`));
  }
  return result;
}

function checkRole(text: string, errorOn: ErrorOn, show: Show): Parsed<IncidentRole, RowError> {
  const result = parseRole(text);
  return result.ok ? result : failed(errorOn('role', 'role-unknown', `Rollen ${show(text)} kendes ikke; brug mistænkt, sigtet, forurettet, vidne eller bekymring.`));
}

const AGE_LIMIT_REASON = `listen omfatter kun børn og unge under ${MAX_AGE_AT_UPLOAD + 1} år`;

/** Reasons show no more of a CPR number than its date. */
function checkCpr(value: CellValue | undefined, texts: Texts, today: string, errorOn: ErrorOn): Parsed<Cpr | undefined, RowError> {
  if (texts.cpr === undefined) {
    return texts.birthDate === undefined
      ? failed(errorOn('cpr', 'cpr-or-birth-date-missing', 'Der mangler både CPR-nummer og fødselsdato; mindst ét af dem skal udfyldes.'))
      : parsed(undefined);
  }
  const digits = cprDigits(value ?? null);
  if (digits === undefined) {
    const hint = /^\d{9}$/.test(texts.cpr) ? ' Mangler det første 0? Excel fjerner det, når cellen er formateret som tal.' : '';
    return failed(errorOn('cpr', 'cpr-format', `CPR-nummeret skal skrives som DDMMÅÅ-SSSS eller DDMMÅÅSSSS (ti cifre).${hint}`));
  }
  const result = parseCpr(digits);
  if (!result.ok) return failed(errorOn('cpr', 'cpr-invalid-date', `CPR-nummeret ${maskCpr(digits)} har ikke en gyldig dato.`));
  const { cpr, birthDate } = result.value;
  switch (birthDateRangeError(birthDate, today)) {
    case 'in-future':
      return failed(errorOn('cpr', 'cpr-in-future', `CPR-nummeret ${maskCpr(cpr)} giver fødselsdatoen ${danishDate(birthDate)}, som ligger efter dags dato.`));
    case 'too-old':
      return failed(errorOn('cpr', 'cpr-too-old', `CPR-nummeret ${maskCpr(cpr)} giver alderen ${ageAt(birthDate, today)} år; ${AGE_LIMIT_REASON}.`));
    case undefined:
      return result;
  }
}

function checkBirthDate(value: CellValue | undefined, text: string | undefined, today: string, errorOn: ErrorOn, show: Show): Parsed<string | undefined, RowError> {
  if (text === undefined) return parsed(undefined);
  const result = parseBirthDate(value ?? null, today);
  if (result.ok) return result;
  const shown = show(text);
  switch (result.error) {
    case 'format':
      return failed(errorOn('birthDate', 'birth-date-format', `Fødselsdatoen ${shown} kan ikke læses; skriv den som DD-MM-ÅÅÅÅ uden klokkeslæt.`));
    case 'invalid':
      return failed(errorOn('birthDate', 'birth-date-invalid', `Fødselsdatoen ${shown} findes ikke i kalenderen.`));
    case 'in-future':
      return failed(errorOn('birthDate', 'birth-date-in-future', `Fødselsdatoen ${shown} ligger efter dags dato.`));
    case 'too-old':
      return failed(errorOn('birthDate', 'birth-date-too-old', `Fødselsdatoen ${shown} giver en alder på ${MAX_AGE_AT_UPLOAD + 1} år eller mere; ${AGE_LIMIT_REASON}.`));
  }
}

/** The CPR wins over the birth-date column; a birth date that contradicts it is an error, not ignored. */
function identityOf(cpr: Parsed<Cpr | undefined, RowError>, birthDate: Parsed<string | undefined, RowError>, errorOn: ErrorOn): Derived<Identity> {
  if (!cpr.ok || !birthDate.ok) return failed(undefined);
  const holder = cpr.value;
  if (holder === undefined) return birthDate.value === undefined ? failed(undefined) : parsed({ birthDate: birthDate.value });
  if (birthDate.value !== undefined && birthDate.value !== holder.birthDate) {
    return failed(errorOn('birthDate', 'birth-date-mismatch', `Fødselsdatoen ${danishDate(birthDate.value)} passer ikke med CPR-nummeret ${maskCpr(holder.cpr)}.`));
  }
  return parsed({ cpr: holder, birthDate: holder.birthDate });
}

function checkAgeAtIncident(identity: Derived<Identity>, incident: Parsed<DayAndTime, RowError>, errorOn: ErrorOn): Derived<number> {
  if (!identity.ok || !incident.ok) return failed(undefined);
  const born = identity.value.birthDate;
  const date = incident.value.date;
  if (born > date) return failed(errorOn('row', 'born-after-incident', `Fødselsdatoen ${danishDate(born)} ligger efter gerningsdatoen ${danishDate(date)}.`));
  return parsed(ageAt(born, date));
}

function checkProtectedFlag(value: CellValue | undefined, text: string | undefined, errorOn: ErrorOn, show: Show): Parsed<boolean, RowError> {
  if (text === undefined) return parsed(false);
  const result = parseProtectedFlag(value ?? null);
  return result.ok ? result : failed(errorOn('protectedAddress', 'protected-flag-invalid', `Markeringen af beskyttet adresse ${show(text)} kendes ikke; brug ja eller nej.`));
}
