import { ACCESS_PURPOSES } from '../access-log/access-log.service';
import type { Refusals } from '@ssp/platform';

/** What a refused request about a person says, on every route under /persons/{pseudonym}. */
export const PERSON_REFUSALS = {
  pseudonym: { code: 'person-pseudonym-invalid', message: 'Personens pseudonym i adressen skal være 64 tegn, kun 0-9 og a-f. Brug pseudonymet, som det står på dagsordenen eller i en søgning.' },
  purpose: {
    code: 'purpose-invalid',
    message: `purpose skal være formålet med opslaget, en af: ${ACCESS_PURPOSES.join(', ')}. Formålet skrives i personens adgangslog.`,
  },
  accessLogFormat: { code: 'access-log-format-invalid', message: 'format skal være json eller csv.' },
  notFound: { code: 'person-not-found', message: 'Personen findes ikke (eller er slettet). Kontrollér pseudonymet.' },
  merged: { code: 'person-merged', message: 'Personen er lagt sammen med en anden person (mergedInto). Registrér på den person, der blev beholdt.' },
  caseNotFound: { code: 'case-not-found', message: 'Personen har ingen sag i samordningen.' },
} as const satisfies Refusals;
