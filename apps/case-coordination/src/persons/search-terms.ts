import { isCalendarDay } from '@ssp/platform';
import { createHmac } from 'node:crypto';

/**
 * Finding a child by CPR number, name or birth date without decrypting everyone: each
 * identity is indexed under keyed hashes (a blind index) of its normalised name parts, its
 * birth date and its CPR number, and a search looks up the same hashes of what was typed.
 * Everything here is plain functions; the key comes from SEARCH_INDEX_KEY.
 */

/** The Danish letters written out as they are when the letter is missing (Søren → Soeren, Ågård → Aagaard). */
const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * The parts of a name as they are indexed and searched: NFKC, Danish lower case, æ → ae,
 * ø → oe, å → aa, other accents dropped (é → e, ü → u), split on anything but letters and
 * digits (spaces, hyphens, apostrophes), each part once.
 *
 * A plain o does not stand for ø (nor a for æ or å): "Soren" does not find "Søren", only
 * "Søren" and "Soeren" do. Folding ø into o as well would make every oe in a name an o
 * ("Joergensen" and "Jorgensen" alike) and blur more names into one hash; the issue asks
 * for the written-out forms, which are how a missing letter is spelled in Danish.
 */
export function nameParts(name: string): string[] {
  const folded = name
    .normalize('NFKC')
    .toLocaleLowerCase('da')
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0))];
}

/** A CPR number as indexed: ten digits, typed with or without the hyphen (DDMMYY-SSSS); null when it is not one. */
export function cprOf(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${match[1]}${match[2]}${match[3]}${match[4]}`;
}

/** What a search asks for; every given criterion must hold. */
export type SearchCriteria = { kind: 'cpr'; cpr: string } | { kind: 'name'; nameParts: string[] } | { kind: 'name+birthDate'; nameParts: string[]; birthDate: string } | { kind: 'birthDate'; birthDate: string };

export type SearchKind = SearchCriteria['kind'];

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;
/** Longer than any name on a police list; keeps a query from hashing thousands of parts. */
export const NAME_MAX_LENGTH = 200;

/** A refusal of a search's input: a stable code and Danish text saying what to do. */
export interface SearchRefusal {
  code:
    | 'search-criterion-missing'
    | 'search-criteria-combined'
    | 'search-cpr-invalid'
    | 'search-birth-date-invalid'
    | 'search-name-empty'
    | 'search-name-too-long'
    | 'search-purpose-missing'
    | 'search-limit-out-of-range'
    | 'search-parameter-repeated';
  message: string;
}

const REFUSALS: { [code in SearchRefusal['code']]: string } = {
  'search-criterion-missing': 'Angiv cpr, name eller birthDate for at søge efter en person.',
  'search-criteria-combined': 'Søg enten på cpr alene eller på name og/eller birthDate, ikke begge dele.',
  'search-cpr-invalid': 'cpr skal være et CPR-nummer med 10 cifre (DDMMÅÅ-XXXX eller DDMMÅÅXXXX).',
  'search-birth-date-invalid': 'birthDate skal være en dato, ÅÅÅÅ-MM-DD, i årene 2000-2099.',
  'search-name-empty': 'name skal indeholde mindst ét bogstav eller tal.',
  'search-name-too-long': `name må højst være ${NAME_MAX_LENGTH} tegn. Søg på en del af navnet.`,
  'search-purpose-missing': 'Angiv formålet med søgningen (purpose): monday-group-meeting, case-follow-up eller data-subject-request.',
  'search-limit-out-of-range': `limit skal være et helt tal fra 1 til ${SEARCH_LIMIT_MAX}. Gør søgningen mere præcis, hvis der er flere træffere.`,
  'search-parameter-repeated': 'cpr, name, birthDate, purpose og limit må hver kun angives én gang, som tekst.',
};

/** The refusal of that code, with its Danish text. */
export const searchRefusal = (code: SearchRefusal['code']): SearchRefusal => ({ code, message: REFUSALS[code] });

/** The query of a search as it came (strings or nothing). */
export interface SearchInput {
  cpr?: string;
  name?: string;
  birthDate?: string;
  purpose?: string;
  limit?: string;
}

export interface ParsedSearch<Purpose extends string> {
  criteria: SearchCriteria;
  purpose: Purpose;
  limit: number;
}

/** Reads a search's query, or says in Danish (with a code) what is wrong with it. */
export function parseSearch<Purpose extends string>(input: SearchInput, purposes: readonly Purpose[]): ParsedSearch<Purpose> | SearchRefusal {
  const purpose = purposes.find((known) => known === input.purpose);
  if (purpose === undefined) return searchRefusal('search-purpose-missing');
  const limit = input.limit === undefined ? SEARCH_LIMIT_DEFAULT : /^\d{1,3}$/.test(input.limit) ? Number(input.limit) : 0;
  if (limit < 1 || limit > SEARCH_LIMIT_MAX) return searchRefusal('search-limit-out-of-range');
  const [hasCpr, hasName, hasBirthDate] = [input.cpr, input.name, input.birthDate].map((value) => value !== undefined && value.trim() !== '');
  if (!hasCpr && !hasName && !hasBirthDate) return searchRefusal('search-criterion-missing');
  if (hasCpr && (hasName || hasBirthDate)) return searchRefusal('search-criteria-combined');
  if (hasCpr) {
    const cpr = cprOf(input.cpr!);
    return cpr === null ? searchRefusal('search-cpr-invalid') : { criteria: { kind: 'cpr', cpr }, purpose, limit };
  }
  const birthDate = hasBirthDate ? input.birthDate!.trim() : undefined;
  if (birthDate !== undefined && !isCalendarDay(birthDate)) return searchRefusal('search-birth-date-invalid');
  if (!hasName) return { criteria: { kind: 'birthDate', birthDate: birthDate! }, purpose, limit };
  if (input.name!.length > NAME_MAX_LENGTH) return searchRefusal('search-name-too-long');
  const parts = nameParts(input.name!);
  if (parts.length === 0) return searchRefusal('search-name-empty');
  return { criteria: birthDate === undefined ? { kind: 'name', nameParts: parts } : { kind: 'name+birthDate', nameParts: parts, birthDate }, purpose, limit };
}

export function isSearchRefusal<Purpose extends string>(parsed: ParsedSearch<Purpose> | SearchRefusal): parsed is SearchRefusal {
  return 'code' in parsed;
}

/** The clear term of a birth date (ÅÅÅÅ-MM-DD): searched for, and the persons compared for duplicates. */
export function birthDateTerm(birthDate: string): string {
  return `birth:${birthDate}`;
}

/** The clear terms an identity is indexed under: each name part, the birth date, the CPR number if any. */
export function identityTerms(identity: { name: string; birthDate: string; cpr?: string }): string[] {
  const cpr = identity.cpr === undefined ? null : cprOf(identity.cpr);
  return [...nameParts(identity.name).map((part) => `name:${part}`), birthDateTerm(identity.birthDate), ...(cpr === null ? [] : [`cpr:${cpr}`])];
}

/** The clear terms a person must have every one of to match. */
export function criteriaTerms(criteria: SearchCriteria): string[] {
  switch (criteria.kind) {
    case 'cpr':
      return [`cpr:${criteria.cpr}`];
    case 'birthDate':
      return [birthDateTerm(criteria.birthDate)];
    case 'name':
      return criteria.nameParts.map((part) => `name:${part}`);
    case 'name+birthDate':
      return [...criteria.nameParts.map((part) => `name:${part}`), birthDateTerm(criteria.birthDate)];
  }
}

/** The blind index of clear terms: HMAC-SHA-256 under SEARCH_INDEX_KEY, each term once. Only these are stored. */
export function blindTerms(key: Buffer, terms: readonly string[]): Buffer[] {
  return [...new Set(terms)].map((term) => createHmac('sha256', key).update(term, 'utf8').digest());
}
