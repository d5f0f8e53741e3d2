import type { EntityManager } from 'typeorm';
import { PersonConcernRepository } from '../concerns/person-concern.repository';
import { LikelyDuplicateRepository } from '../duplicates/likely-duplicate.repository';
import { CaseReopeningRepository } from '../meetings/case-reopening.repository';
import { PersonIncidentRepository } from '../persons/person-incident.repository';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { PersonErasureRepository } from './person-erasure.repository';

/** Something the erasure takes or keeps, as a receipt and the retention preview name it: a stable code and Danish words. */
export interface ErasureItem {
  code: string;
  text: string;
}

/** One thing the erasure takes of the persons, and the SQL that takes it. */
export interface ErasureStep extends ErasureItem {
  erase(tx: EntityManager, pseudonyms: readonly string[], at: Date): Promise<void>;
}

/** What an erased intervention's title and responsible read. */
export const ERASED_PLACEHOLDER = '(slettet)';

/**
 * Everything an erasure takes, in the order it is taken: the one list that both the daily
 * retention and a person's request run, and that the receipt and the retention preview print.
 * A new table with free text about a person gets its step here (its SQL in its repository),
 * and so is erased by both, and named on every receipt from then on.
 */
export const ERASURE_STEPS: readonly ErasureStep[] = [
  {
    code: 'identity',
    text: 'navn, CPR-nummer, fødselsdato og skole (identiteten)',
    erase: async (tx, pseudonyms) => {
      // Their identities go with their pairs (ON DELETE CASCADE); no indexer may be pairing with them meanwhile.
      await new LikelyDuplicateRepository(tx).lockForPairing();
      await new PersonErasureRepository(tx).deleteIdentities(pseudonyms);
    },
  },
  { code: 'review-flag', text: 'markeringen til Mandagsgruppens dagsorden', erase: (tx, pseudonyms) => new PersonErasureRepository(tx).deleteFlags(pseudonyms) },
  { code: 'note-texts', text: 'noter og deres begrundelser', erase: (tx, pseudonyms, at) => new PersonErasureRepository(tx).eraseNoteTexts(pseudonyms, at) },
  { code: 'decision-notes', text: 'beslutningernes fritekst', erase: (tx, pseudonyms) => new PersonErasureRepository(tx).eraseDecisionNotes(pseudonyms) },
  { code: 'reopening-notes', text: 'genåbningernes fritekst', erase: (tx, pseudonyms) => new CaseReopeningRepository(tx).eraseNotesOf(pseudonyms) },
  { code: 'concern-texts', text: 'bekymringernes beskrivelse og hvem der rejste dem', erase: (tx, pseudonyms, at) => new PersonConcernRepository(tx).eraseTextsOf(pseudonyms, at) },
  { code: 'incident-words', text: 'politiets gerningsbeskrivelse, gerningssted og skolen ved hændelsen', erase: (tx, pseudonyms) => new PersonIncidentRepository(tx).eraseWordsOf(pseudonyms) },
  { code: 'intervention-texts', text: 'indsatsernes titel, ansvarlige og udfald', erase: (tx, pseudonyms) => new PersonErasureRepository(tx).eraseInterventionTexts(pseudonyms, ERASED_PLACEHOLDER) },
  { code: 'referral-texts', text: 'henvisningernes begrundelse og det modtagende organs bemærkning til svaret', erase: (tx, pseudonyms) => new ReferralsRepository(tx).eraseTextsOf(pseudonyms) },
];

/** What stays after an erasure, and why: nothing in it names the person. */
export const KEPT_AFTER_ERASURE: readonly ErasureItem[] = [
  { code: 'pseudonymous-counts', text: 'hændelser og bekymringer uden personoplysninger (pseudonym, dato, kategori, område) til statistikken' },
  { code: 'case-course', text: 'sagens forløb uden fritekst: beslutningernes art, indsatsernes ejer, frist og status, genåbningernes årsag' },
  { code: 'access-log', text: 'adgangsloggen: hvem der har læst oplysningerne om pseudonymet, hvornår og hvorfor' },
];

/** What the erasure takes and keeps, as codes and Danish words (for the receipt and the preview). */
export function erasureItems(): { erased: ErasureItem[]; kept: ErasureItem[] } {
  return { erased: ERASURE_STEPS.map(({ code, text }) => ({ code, text })), kept: KEPT_AFTER_ERASURE.map((item) => ({ ...item })) };
}

/** Runs every step for the persons, whose rows are already marked erased, in the caller's transaction. */
export async function eraseRecordsOf(tx: EntityManager, pseudonyms: readonly string[], at: Date): Promise<void> {
  if (pseudonyms.length === 0) return;
  for (const step of ERASURE_STEPS) await step.erase(tx, pseudonyms, at);
}
