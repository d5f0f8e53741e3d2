/** What duplicate detection knows of a person: the pseudonym and the decrypted identity. */
export interface IdentifiedPerson {
  pseudonym: string;
  /** `weak` when the pseudonym came from name and birth date (no CPR on the list). */
  strength: 'strong' | 'weak';
  name: string;
  birthDate: string;
}

export type DuplicateReason = 'identified-later' | 'similar-name';

export interface LikelyDuplicate {
  pseudonyms: [string, string];
  reason: DuplicateReason;
  /** Danish, for the secretariat deciding whether to merge. */
  explanation: string;
}

/** The Danish explanation of each reason, for the secretariat deciding whether to merge. */
export const DUPLICATE_EXPLANATIONS: { readonly [reason in DuplicateReason]: string } = {
  'identified-later': 'Samme navn og fødselsdato; den ene er senere registreret med CPR-nummer.',
  'similar-name': 'Samme fødselsdato og næsten samme navn; mindst den ene er uden CPR-nummer.',
};

/**
 * A decrypted identity as duplicate detection sees it. The strength is that of the pseudonym
 * ingestion made from the same row (Pseudonymiser.ofPerson): strong exactly when the row had a
 * CPR number, which the identity then holds. So it is known from the identity alone, also when
 * the identity event arrives before the person's first incident.
 */
export function identifiedPersonOf(pseudonym: string, identity: { cpr?: string; name: string; birthDate: string }): IdentifiedPerson {
  return { pseudonym, strength: identity.cpr ? 'strong' : 'weak', name: identity.name, birthDate: identity.birthDate };
}

/** Letters only, lower case, accents kept (Ø is not O in Danish names). */
function normalised(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('da-DK').replace(/[^\p{L}]+/gu, ' ').trim();
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The same words in another order, or at most two letters apart (typing, Aa/Å, a missing middle name letter). */
function similarNames(a: string, b: string): boolean {
  const words = (name: string) => name.split(' ').sort().join(' ');
  return editDistance(words(a), words(b)) <= 2;
}

/**
 * Pairs that are probably one person: the same birth date and a similar name, where at
 * least one of them has no CPR (two CPR numbers are two people). A person without CPR who
 * later appears with one, under the same name, is `identified-later`.
 */
export function findLikelyDuplicates(people: readonly IdentifiedPerson[]): LikelyDuplicate[] {
  const byBirthDate = new Map<string, IdentifiedPerson[]>();
  for (const person of people) byBirthDate.set(person.birthDate, [...(byBirthDate.get(person.birthDate) ?? []), person]);
  const pairs: LikelyDuplicate[] = [];
  for (const group of byBirthDate.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i], group[j]];
        if (a.strength === 'strong' && b.strength === 'strong') continue;
        const [nameA, nameB] = [normalised(a.name), normalised(b.name)];
        if (!similarNames(nameA, nameB)) continue;
        const reason: DuplicateReason = nameA === nameB && a.strength !== b.strength ? 'identified-later' : 'similar-name';
        pairs.push({ pseudonyms: [a.pseudonym, b.pseudonym].sort() as [string, string], reason, explanation: DUPLICATE_EXPLANATIONS[reason] });
      }
    }
  }
  return pairs.sort((x, y) => x.pseudonyms[0].localeCompare(y.pseudonyms[0]) || x.pseudonyms[1].localeCompare(y.pseudonyms[1]));
}

/**
 * The pairs `person` makes with `candidates` (the persons sharing its birth date), by the rule
 * above: what is stored for the person when its identity is indexed.
 */
export function duplicatesOf(person: IdentifiedPerson, candidates: readonly IdentifiedPerson[]): LikelyDuplicate[] {
  return findLikelyDuplicates([person, ...candidates.filter((candidate) => candidate.pseudonym !== person.pseudonym)]).filter((pair) => pair.pseudonyms.includes(person.pseudonym));
}
