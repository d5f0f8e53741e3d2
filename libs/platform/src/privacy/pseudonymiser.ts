import { createHmac } from 'node:crypto';

export type PseudonymBasis = 'cpr' | 'name-and-birth-date';

/**
 * Keyed hashes (HMAC-SHA-256) that stand for a person on every topic. With the CPR the
 * pseudonym is stable and unique; without it (children under 15 often have none on the
 * list) name and birth date are used, which two people can share and one person can spell
 * two ways: that basis is flagged as weaker wherever it is used.
 */
export class Pseudonymiser {
  constructor(private readonly key: Buffer) {}

  ofCpr(cpr: string): string {
    return this.hmac(`cpr:${cpr}`);
  }

  ofNameAndBirthDate(name: string, birthDate: string): string {
    return this.hmac(`name-birth:${normaliseName(name)}|${birthDate}`);
  }

  /** The person's pseudonym: from the CPR number when there is one, else from name and birth date. */
  ofPerson(person: { cpr?: string; name: string; birthDate: string }): { pseudonym: string; strength: 'strong' | 'weak' } {
    return person.cpr ? { pseudonym: this.ofCpr(person.cpr), strength: 'strong' } : { pseudonym: this.ofNameAndBirthDate(person.name, person.birthDate), strength: 'weak' };
  }

  /** The police journal number as it may travel: equal for the same police case, unreadable otherwise. */
  ofJournalNumber(journalNumber: string): string {
    return this.hmac(`journal:${journalNumber}`);
  }

  /** A digest of any text under the same key, e.g. to see whether an identity changed without decrypting it. */
  digest(text: string): string {
    return this.hmac(`digest:${text}`);
  }

  private hmac(text: string): string {
    return createHmac('sha256', this.key).update(text, 'utf8').digest('hex');
  }
}

/** Case, accents' composition and spacing differ between lists; the person does not. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();
}
