import { createHash } from 'node:crypto';

/**
 * The same journal number, person and role is the same incident on whatever list it comes:
 * its id is derived from those three (a name-based UUID, version 8), never drawn at random.
 */
export function incidentIdOf(journalNumber: string, personPseudonym: string, role: string): string {
  const hex = createHash('sha256').update(`${journalNumber.replace(/\s+/g, '').toUpperCase()}|${personPseudonym}|${role}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
