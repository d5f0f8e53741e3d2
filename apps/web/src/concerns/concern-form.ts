import type { PoliceListIngestion } from '@ssp/api-client';
import { LEGAL_BASES, type LegalBasis } from '@ssp/contracts';
import { randomUUID } from 'node:crypto';
import type { Refusal } from '../api/service-answer';
import { parseDanishDate } from '../pages/danish-dates';
import { formText, type FieldError } from '../pages/forms';

/** POST /concerns's body, as docs/openapi/police-list-ingestion.json describes it (libs/api-client). */
export type RaiseConcernBody = PoliceListIngestion.components['schemas']['RaiseConcernDto'];
export type ConcernReceipt = PoliceListIngestion.components['schemas']['ConcernReceiptDto'];

/** The concern form as typed (shown again with an error); `concernId` is made once per form, so sending it twice raises one concern. */
export interface ConcernFormValues {
  concernId: string;
  cpr: string;
  name: string;
  birthDate: string;
  worry: string;
  legalBasis: string;
  postalCode: string;
  school: string;
}

export const CONCERN_FIELD_LABELS: Readonly<Record<keyof ConcernFormValues, string>> = {
  concernId: 'Formularen',
  cpr: 'CPR-nummer',
  name: 'Barnets navn',
  birthDate: 'Fødselsdato',
  worry: 'Hvad er du bekymret for?',
  legalBasis: 'Formål efter retsplejelovens § 115',
  postalCode: 'Postnummer',
  school: 'Skole',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An empty form with its own concern id. */
export function newConcernForm(): ConcernFormValues {
  return { concernId: randomUUID(), cpr: '', name: '', birthDate: '', worry: '', legalBasis: '', postalCode: '', school: '' };
}

export type ParsedConcern = { values: ConcernFormValues; body: RaiseConcernBody; errors: [] } | { values: ConcernFormValues; body: null; errors: FieldError[] };

function isLegalBasis(value: string): value is LegalBasis {
  return (LEGAL_BASES as readonly string[]).includes(value);
}

/**
 * The form as POST /concerns wants it: text trimmed, empty optional fields left out, the birth
 * date typed the Danish way (dd.mm.åååå) as YYYY-MM-DD. Only what the service cannot be asked
 * (a birth date that is no date, no § 115 purpose chosen) is refused here; the service checks
 * the rest (the CPR number, the name, the worry) and answers in Danish.
 */
export function parseConcernForm(form: unknown): ParsedConcern {
  const text = (name: keyof ConcernFormValues) => formText(form, name).trim();
  const given = text('concernId');
  const values: ConcernFormValues = {
    concernId: UUID.test(given) ? given.toLowerCase() : randomUUID(),
    cpr: text('cpr'),
    name: text('name'),
    birthDate: text('birthDate'),
    // The worry keeps its lines; only the ends are trimmed.
    worry: formText(form, 'worry').replace(/\r\n/g, '\n').trim(),
    legalBasis: text('legalBasis'),
    postalCode: text('postalCode'),
    school: text('school'),
  };
  const errors: FieldError[] = [];
  const birthDate = values.birthDate ? parseDanishDate(values.birthDate) : undefined;
  if (birthDate === null) errors.push({ field: 'birthDate', message: 'Skriv fødselsdatoen som dd.mm.åååå, fx 03.12.2012.' });
  if (!isLegalBasis(values.legalBasis)) errors.push({ field: 'legalBasis', message: 'Vælg, hvilket samarbejde efter retsplejelovens § 115 bekymringen deles i.' });
  if (errors.length > 0 || !isLegalBasis(values.legalBasis)) return { values, body: null, errors };
  const body: RaiseConcernBody = {
    concernId: values.concernId,
    name: values.name,
    worry: values.worry,
    legalBasis: values.legalBasis,
    ...(values.cpr ? { cpr: values.cpr } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(values.postalCode ? { postalCode: values.postalCode } : {}),
    ...(values.school ? { school: values.school } : {}),
  };
  return { values, body, errors: [] };
}

/** The service's refusal codes by the field they are about, with the Danish text this form shows (the service's names its API fields). */
const CONCERN_REFUSAL_FIELDS: Readonly<Record<string, { field: keyof ConcernFormValues; message?: string }>> = {
  'concern-cpr-invalid': { field: 'cpr', message: 'CPR-nummeret skal have 10 cifre, DDMMÅÅ-XXXX eller DDMMÅÅXXXX.' },
  'concern-cpr-date-invalid': { field: 'cpr', message: 'CPR-nummeret begynder ikke med en dato, der findes. Tjek de første seks cifre.' },
  'concern-name-invalid': { field: 'name', message: 'Skriv barnets navn (højst 200 tegn).' },
  'concern-birth-date-invalid': { field: 'birthDate', message: 'Skriv fødselsdatoen som dd.mm.åååå, fx 03.12.2012.' },
  'concern-identity-missing': { field: 'cpr', message: 'Skriv barnets CPR-nummer, eller skriv fødselsdatoen ved siden af navnet.' },
  'concern-birth-date-mismatch': { field: 'birthDate', message: 'Fødselsdatoen passer ikke med CPR-nummeret. Ret den ene, eller lad fødselsdatoen være tom.' },
  'concern-birth-date-in-future': { field: 'birthDate' },
  'concern-person-too-old': { field: 'birthDate' },
  'concern-legal-basis-invalid': { field: 'legalBasis', message: 'Vælg, hvilket samarbejde efter retsplejelovens § 115 bekymringen deles i.' },
  'concern-worry-invalid': { field: 'worry', message: 'Skriv, hvad du er bekymret for (højst 4000 tegn).' },
  'concern-area-invalid': { field: 'postalCode' },
  'concern-area-unknown': { field: 'postalCode' },
  'concern-school-invalid': { field: 'school', message: 'Skolens navn må højst være 200 tegn.' },
  'concern-postal-code-invalid': { field: 'postalCode', message: 'Postnummeret skal være fire cifre, fx 8900.' },
};

/** The service's refusal of a concern (400) as the field it is about, in Danish, with the service's code. */
export function concernRefusalError(refusal: Refusal | null): FieldError {
  if (!refusal) return { field: 'name', message: 'Bekymringen kunne ikke modtages. Ret formularen, og prøv igen.' };
  const known = CONCERN_REFUSAL_FIELDS[refusal.code];
  return { field: known?.field ?? 'name', message: known?.message ?? refusal.message, code: refusal.code };
}
