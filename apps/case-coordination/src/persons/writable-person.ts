import { ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Locks a person the Monday group is about to write about. An unknown or erased person is a
 * 404; a person merged into another is a 409, so notes, decisions and interventions land on
 * the person that was kept.
 */
export async function lockWritablePerson(tx: EntityManager, pseudonym: string): Promise<void> {
  const [person] = (await tx.query('SELECT erased_at, merged_into FROM person WHERE pseudonym = $1 FOR UPDATE', [pseudonym])) as { erased_at: Date | null; merged_into: string | null }[];
  if (!person || person.erased_at !== null) throw new NotFoundException('No such person');
  if (person.merged_into !== null) throw new ConflictException(`Personen er lagt sammen med ${person.merged_into}; registrér på den person.`);
}
