import type { Choice } from '../pages/forms';

/** The kinds of decision the decision form offers (a referral has its own form), in Danish. */
export const DECISION_OPTIONS: readonly Choice[] = [
  { value: 'concern-conversation', text: 'Bekymringssamtale' },
  { value: 'notify-family-department', text: 'Underretning til Familieafdelingen', hint: 'Familieafdelingen skal vurdere underretningen inden for 24 timer.' },
  { value: 'follow-up-next-meeting', text: 'Opfølgning på næste møde', hint: 'Personen kommer på dagsordenen igen.' },
  { value: 'no-action', text: 'Ingen indsats' },
];

/** Where a referral can go (the service refuses any other). */
export const REFERRAL_OPTIONS: readonly Choice[] = [
  { value: 'ssp-u', text: 'SSP-U (ungdomsuddannelserne)' },
  { value: 'ssp-plus', text: 'SSP+', hint: 'Fra 18 år kræver det personens eget samtykke.' },
  { value: 'familieafdelingen', text: 'Familieafdelingen' },
];

export const CONSENT_GIVER_OPTIONS: readonly Choice[] = [
  { value: 'person', text: 'Personen selv' },
  { value: 'guardian', text: 'Forælder eller værge' },
];

export const CONSENT_FORM_OPTIONS: readonly Choice[] = [
  { value: 'written', text: 'Skriftligt' },
  { value: 'oral', text: 'Mundtligt' },
];

/** The purposes under retsplejeloven § 115 a note is shared for. */
export const LEGAL_BASIS_OPTIONS: readonly Choice[] = [
  { value: 'SSP', text: 'SSP', hint: 'Skole, sociale myndigheder og politi' },
  { value: 'PSP', text: 'PSP', hint: 'Psykiatri, sociale myndigheder og politi' },
  { value: 'KSP', text: 'KSP', hint: 'Kriminalforsorg, sociale myndigheder og politi' },
];

/** What the item page says after a form went through. */
export const SAVED_TEXT: Readonly<Record<string, string>> = {
  note: 'Notatet er gemt.',
  decision: 'Beslutningen er registreret, og punktet er markeret behandlet.',
  referral: 'Henvisningen er registreret, og punktet er markeret behandlet. Det modtagende organ kan nu se den.',
  intervention: 'Indsatsen er aftalt. Den ansvarlige får besked.',
  handled: 'Punktet er markeret behandlet.',
  deferred: 'Punktet er udsat til næste møde.',
  open: 'Mødet er åbnet, og dagsordenen er låst.',
  close: 'Mødet er afsluttet. Punkter, der ikke blev markeret, er skrevet som ikke nået.',
  approve: 'Referatet er godkendt. Nu kan intet på mødet ændres.',
};
