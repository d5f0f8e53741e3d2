import { IsNotEmpty, IsOptional, Matches, MaxLength, validateSync, type ValidationArguments, type ValidationOptions } from 'class-validator';
import type { PoliceListField } from './police-list-field';
import { isRowErrorCode, quote, type RowErrorCode } from './row-errors';

/** The longest text each free-text column may hold; the journal number as in IncidentRecordedV1. */
export const TEXT_LIMITS = {
  journalNumber: 40,
  offenceCode: 40,
  offenceText: 500,
  name: 200,
  address: 300,
  school: 200,
  incidentLocation: 300,
  policeUnit: 100,
  summary: 1000,
} as const;

/** Decorator options carrying the row-error code and the Danish reason. */
function because(code: RowErrorCode, reason: string | ((args: ValidationArguments) => string)): ValidationOptions {
  return { message: reason, context: { code } };
}

function missing(code: RowErrorCode, subject: string): ValidationOptions {
  return because(code, `${subject} mangler.`);
}

function tooLong(code: RowErrorCode, subject: string): ValidationOptions {
  return because(code, (args) => `${subject} er på ${String(args.value).length} tegn; der må højst være ${String(args.constraints[0])}.`);
}

/**
 * Presence and length of a row's text cells (trimmed; blank is `undefined`). What the text
 * means (dates, CPR, role) is for the parsers beside this file.
 */
export class PoliceListRowDto {
  @IsNotEmpty(missing('journal-number-missing', 'Journalnummeret'))
  @MaxLength(TEXT_LIMITS.journalNumber, tooLong('journal-number-too-long', 'Journalnummeret'))
  journalNumber!: string;

  @IsNotEmpty(missing('incident-date-missing', 'Gerningsdatoen'))
  incidentDate!: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.offenceCode, tooLong('offence-code-too-long', 'Gerningskoden'))
  offenceCode?: string;

  @IsNotEmpty(missing('offence-text-missing', 'Gerningsbeskrivelsen'))
  @MaxLength(TEXT_LIMITS.offenceText, tooLong('offence-text-too-long', 'Gerningsbeskrivelsen'))
  offenceText!: string;

  @IsNotEmpty(missing('role-missing', 'Rollen'))
  role!: string;

  @IsNotEmpty(missing('name-missing', 'Navnet'))
  @MaxLength(TEXT_LIMITS.name, tooLong('name-too-long', 'Navnet'))
  name!: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.address, tooLong('address-too-long', 'Adressen'))
  address?: string;

  @IsOptional()
  @Matches(/^\d{4}$/, because('postal-code-format', (args) => `Postnummeret ${quote(String(args.value), (args.object as PoliceListRowDto).name)} skal være fire cifre, fx 8900.`))
  postalCode?: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.school, tooLong('school-too-long', 'Skolens navn'))
  school?: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.incidentLocation, tooLong('incident-location-too-long', 'Gerningsstedet'))
  incidentLocation?: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.policeUnit, tooLong('police-unit-too-long', 'Politienheden'))
  policeUnit?: string;

  @IsOptional()
  @MaxLength(TEXT_LIMITS.summary, tooLong('summary-too-long', 'Resuméet'))
  summary?: string;
}

export type DtoField = keyof PoliceListRowDto & PoliceListField;

export interface DtoViolation {
  field: DtoField;
  code: RowErrorCode;
  reason: string;
}

/** A missing cell also fails MaxLength (undefined is no string); report it as missing. */
const CONSTRAINT_PRIORITY = ['isNotEmpty', 'matches', 'maxLength'];

/**
 * The row's text as the DTO, and one violation per field (the most telling constraint that
 * failed). A required property is a string once its field has no violation.
 */
export function checkRowText(texts: Partial<Record<DtoField, string>>): { dto: PoliceListRowDto; violations: DtoViolation[] } {
  const dto = Object.assign(new PoliceListRowDto(), texts);
  const violations = validateSync(dto, { validationError: { target: false, value: false } }).map((error): DtoViolation => {
    const constraint = CONSTRAINT_PRIORITY.find((name) => error.constraints?.[name] !== undefined);
    const code: unknown = constraint === undefined ? undefined : error.contexts?.[constraint]?.code;
    if (constraint === undefined || !isRowErrorCode(code)) {
      // Every decorator above goes through `because`, so this means one was added without a code.
      throw new Error(`PoliceListRowDto.${error.property}: constraint ${constraint} has no row-error code`);
    }
    return { field: error.property as DtoField, code, reason: error.constraints?.[constraint] ?? code };
  });
  return { dto, violations };
}
