import { nameBasedUuid } from '@ssp/contracts';

/**
 * The same journal number, person and role is the same incident on whatever list it comes:
 * its id is derived from those three (a name-based UUID), never drawn at random.
 */
export function incidentIdOf(journalNumber: string, personPseudonym: string, role: string): string {
  return nameBasedUuid(`${journalNumber.replace(/\s+/g, '').toUpperCase()}|${personPseudonym}|${role}`);
}
