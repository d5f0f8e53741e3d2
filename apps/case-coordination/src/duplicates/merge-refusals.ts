import type { Refusals } from '@ssp/platform';

/** What a refused merge or unmerge says. */
export const MERGE_REFUSALS = {
  into: { code: 'merge-into-invalid', message: 'into skal være pseudonymet på den person, der beholdes: 64 tegn, kun 0-9 og a-f.' },
  self: { code: 'merge-into-self', message: 'En person kan ikke lægges sammen med sig selv.' },
  alreadyMerged: { code: 'merge-already-merged', message: 'En af personerne er allerede lagt sammen med en anden.' },
  erased: { code: 'merge-person-erased', message: 'En slettet person kan ikke lægges sammen.' },
  notMerged: { code: 'unmerge-not-merged', message: 'Personen er ikke lagt sammen med en anden.' },
} as const satisfies Refusals;
