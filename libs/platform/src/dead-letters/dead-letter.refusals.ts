import type { Refusals } from '../http/refusals';

/** Why a dead letter cannot be sent back: stable codes, Danish for the operator. */
export const DEAD_LETTER_REFUSALS = {
  notFound: { code: 'dead-letter-not-found', message: 'Fejlbeskeden findes ikke hos denne tjeneste. Den kan være skrevet af en anden tjeneste.' },
  invalid: {
    code: 'dead-letter-invalid',
    message: 'Beskeden er stadig ugyldig og kan ikke behandles. Det hjælper ikke at sende den tilbage; afsenderen må sende en rettet besked.',
  },
  notHandled: { code: 'dead-letter-topic-not-handled', message: 'Tjenesten behandler ikke længere beskeder fra dette emne, så fejlbeskeden kan ikke sendes tilbage.' },
  stillFailing: {
    code: 'dead-letter-still-failing',
    message: 'Beskeden fejlede igen, da den blev sendt tilbage. Den venter stadig; ret årsagen, og send den tilbage igen.',
  },
  contentRemoved: {
    code: 'dead-letter-content-removed',
    message:
      'Beskedens indhold er slettet, fordi opbevaringsperioden udløb, eller fordi personen, den handler om, er slettet. Den kan ikke sendes tilbage; kassér den.',
  },
  id: { code: 'dead-letter-id-invalid', message: 'Fejlbeskedens id skal være et UUID, som listen over fejlbeskeder viser det.' },
} as const satisfies Refusals;
