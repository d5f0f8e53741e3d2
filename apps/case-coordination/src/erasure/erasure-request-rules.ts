import type { PersonIdentityContent } from '@ssp/contracts';

/** The grounds under GDPR art. 17(1) a person's request for erasure may rest on here: stable codes, Danish words. */
export const ERASURE_GROUNDS = {
  'gdpr-17-1-a': 'Databeskyttelsesforordningens art. 17, stk. 1, litra a: oplysningerne er ikke længere nødvendige til formålet',
  'gdpr-17-1-c': 'Databeskyttelsesforordningens art. 17, stk. 1, litra c: personen har gjort indsigelse (art. 21), og der er ingen vægtigere grunde',
  'gdpr-17-1-d': 'Databeskyttelsesforordningens art. 17, stk. 1, litra d: oplysningerne er behandlet ulovligt',
  'gdpr-17-1-e': 'Databeskyttelsesforordningens art. 17, stk. 1, litra e: sletning er en retlig forpligtelse',
} as const;
export type ErasureGrounds = keyof typeof ERASURE_GROUNDS;
export const ERASURE_GROUNDS_CODES = Object.keys(ERASURE_GROUNDS) as ErasureGrounds[];

/** Where a person stands when a request for their erasure comes in. */
export interface RequestStanding {
  erasedAt: Date | null;
  mergedInto: string | null;
  /** Open interventions of the person and of those merged into them. */
  openInterventions: number;
}

/** Why a request is refused, or null when the person is erased at once. */
export type RequestRefusal = 'already-erased' | 'merged' | 'open-intervention' | null;

/**
 * An erased person is not erased twice; a person merged into another is the same child as the
 * kept one, whose request it is. An open intervention is a duty the municipality is carrying
 * out: it is completed (or closed) first, by those responsible for it, and then the request
 * is made again; the erasure never ends one behind their backs.
 */
export function requestRefusal(standing: RequestStanding): RequestRefusal {
  if (standing.erasedAt !== null) return 'already-erased';
  if (standing.mergedInto !== null) return 'merged';
  return standing.openInterventions > 0 ? 'open-intervention' : null;
}

const CPR_LIKE = /\d{6}-?\d{4}/;

/**
 * Whether the secretariat's note names the person: a CPR number (anyone's), or a part of
 * their name of two letters or more as a word of its own. The receipt keeps no personal data,
 * so such a note is refused; the municipality's case (the request's reference) holds the request itself.
 */
export function noteNamesPerson(note: string, identity: Pick<PersonIdentityContent, 'name' | 'cpr'> | undefined): boolean {
  if (CPR_LIKE.test(note)) return true;
  if (!identity) return false;
  const words = new Set(note.toLocaleLowerCase('da-DK').split(/[^\p{L}]+/u));
  return identity.name
    .toLocaleLowerCase('da-DK')
    .split(/[^\p{L}]+/u)
    .some((part) => part.length >= 2 && words.has(part));
}
