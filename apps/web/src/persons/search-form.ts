import type { Refusal } from '../api/service-answer';
import { isAccessPurpose } from './danish-labels';
import { parseDanishDate } from '../pages/danish-dates';
import { formText, type FieldError } from '../pages/forms';
import type { PersonSearchQuery } from './persons.client';

/** What the search form holds, as typed (shown again with an error). */
export interface SearchFormValues {
  cpr: string;
  name: string;
  birthDate: string;
  purpose: string;
}

export const SEARCH_FIELD_LABELS: Readonly<Record<keyof SearchFormValues, string>> = {
  cpr: 'CPR-nummer',
  name: 'Navn',
  birthDate: 'Fødselsdato',
  purpose: 'Formål',
};

export type ParsedSearch = { values: SearchFormValues; query: PersonSearchQuery; errors: [] } | { values: SearchFormValues; query: null; errors: FieldError[] };

/**
 * The search form as case coordination's GET /persons wants it: a CPR number alone, or a name
 * and/or a birth date (typed the Danish way, dd.mm.åååå), and always the purpose. What the
 * service itself checks (the CPR number's digits, the name's length) it answers in Danish.
 */
export function parseSearchForm(body: unknown): ParsedSearch {
  const values: SearchFormValues = { cpr: formText(body, 'cpr').trim(), name: formText(body, 'name').trim(), birthDate: formText(body, 'birthDate').trim(), purpose: formText(body, 'purpose') };
  const errors: FieldError[] = [];
  if (!isAccessPurpose(values.purpose)) errors.push({ field: 'purpose', message: 'Vælg formålet med søgningen. Det skrives i adgangsloggen hos hver person, du finder.' });
  if (!values.cpr && !values.name && !values.birthDate) errors.push({ field: 'cpr', message: 'Skriv et CPR-nummer, et navn eller en fødselsdato.' });
  if (values.cpr && (values.name || values.birthDate)) errors.push({ field: 'cpr', message: 'Søg enten på CPR-nummer alene eller på navn og fødselsdato, ikke begge dele.' });
  const birthDate = values.birthDate ? parseDanishDate(values.birthDate) : undefined;
  if (birthDate === null) errors.push({ field: 'birthDate', message: 'Skriv fødselsdatoen som dd.mm.åååå, fx 03.12.2012.' });
  if (errors.length > 0 || !isAccessPurpose(values.purpose)) return { values, query: null, errors };
  const query: PersonSearchQuery = values.cpr
    ? { cpr: values.cpr, purpose: values.purpose }
    : { ...(values.name ? { name: values.name } : {}), ...(birthDate ? { birthDate } : {}), purpose: values.purpose };
  return { values, query, errors: [] };
}

const SEARCH_REFUSAL_FIELDS: Readonly<Record<string, keyof SearchFormValues>> = {
  'search-cpr-invalid': 'cpr',
  'search-birth-date-invalid': 'birthDate',
  'search-name-empty': 'name',
  'search-name-too-long': 'name',
  'search-purpose-missing': 'purpose',
};

/** The service's refusal of a search (400) as the field it is about, with its Danish text and code. */
export function searchRefusalError(refusal: Refusal | null): FieldError {
  if (!refusal) return { field: 'cpr', message: 'Søgningen kunne ikke forstås. Ret den, og prøv igen.' };
  return { field: SEARCH_REFUSAL_FIELDS[refusal.code] ?? 'cpr', message: refusal.message, code: refusal.code };
}
