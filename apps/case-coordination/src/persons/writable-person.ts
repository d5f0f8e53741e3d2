import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '@ssp/platform';
import { PERSON_REFUSALS } from './person-refusals';

/**
 * Locks a person the Monday group is about to write about. An unknown or erased person is a
 * 404 `person-not-found`; a person merged into another is a 409 `person-merged` (with `mergedInto`), so notes, decisions and interventions land on
 * the person that was kept.
 */
export async function lockWritablePerson(tx: EntityManager, pseudonym: string): Promise<void> {
  const [person] = (await tx.query('SELECT erased_at, merged_into FROM person WHERE pseudonym = $1 FOR UPDATE', [pseudonym])) as { erased_at: Date | null; merged_into: string | null }[];
  if (!person || person.erased_at !== null) throw notFound(PERSON_REFUSALS.notFound);
  if (person.merged_into !== null) throw conflict(PERSON_REFUSALS.merged, { mergedInto: person.merged_into });
}
