import type { CaseCoordination } from '@ssp/api-client';

/**
 * Why a person's data is read: the person chooses one, and case coordination writes it into the
 * access log. The service answers every code it gives with its Danish text beside it
 * (`purposeText`, `statusText`, ...), but the purposes one may choose from come only as the
 * OpenAPI enum, so their Danish names live here, once, checked against that enum.
 */
export type AccessPurpose = CaseCoordination.paths['/persons/{pseudonym}']['get']['parameters']['query']['purpose'];

/** The Danish names, as case coordination's access log writes them (`purposeText`), first letter up for a choice. */
export const PURPOSE_NAMES: Readonly<Record<AccessPurpose, string>> = {
  'monday-group-meeting': 'Mandagsgruppens møde',
  'case-follow-up': 'Opfølgning på sagen',
  'data-subject-request': 'Personens egen anmodning (indsigt eller sletning)',
};

export const ACCESS_PURPOSES = Object.keys(PURPOSE_NAMES) as readonly AccessPurpose[];

export function isAccessPurpose(value: unknown): value is AccessPurpose {
  return typeof value === 'string' && Object.hasOwn(PURPOSE_NAMES, value);
}
