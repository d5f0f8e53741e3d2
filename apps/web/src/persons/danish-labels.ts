/**
 * Danish names for the codes that case coordination answers without a Danish text beside them
 * (decisions' kinds, interventions' and referrals' statuses, the access log's purposes). An
 * unknown code (a newer service) is shown as it is, never hidden.
 */

/** Why a person's data is read (case coordination's ACCESS_PURPOSES): the person chooses one, and it goes into the access log. */
export const ACCESS_PURPOSES = ['monday-group-meeting', 'case-follow-up', 'data-subject-request'] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

export const PURPOSE_NAMES: Readonly<Record<string, string>> = {
  'monday-group-meeting': 'Mandagsgruppens møde',
  'case-follow-up': 'Opfølgning på sagen',
  'data-subject-request': 'Personens egen anmodning (indsigt eller sletning)',
  'referral-handling': 'Behandling af en henvisning',
};

export const DECISION_KIND_NAMES: Readonly<Record<string, string>> = {
  'no-action': 'Ingen indsats',
  'concern-conversation': 'Bekymringssamtale',
  'notify-family-department': 'Underretning til Familieafdelingen',
  referral: 'Henvisning',
  'follow-up-next-meeting': 'Opfølgning på næste møde',
};

export const INTERVENTION_STATUS_NAMES: Readonly<Record<string, string>> = {
  agreed: 'Aftalt',
  'in-progress': 'I gang',
  completed: 'Afsluttet',
};

export const REFERRAL_STATUS_NAMES: Readonly<Record<string, string>> = {
  pending: 'Afventer svar',
  accepted: 'Accepteret',
  declined: 'Afvist',
};

/** The Danish name of a code, or the code itself when this app does not know it. */
export function danishName(names: Readonly<Record<string, string>>, code: string): string {
  return names[code] ?? code;
}

export function isAccessPurpose(value: unknown): value is AccessPurpose {
  return typeof value === 'string' && (ACCESS_PURPOSES as readonly string[]).includes(value);
}

/** What was read, as the access log names it (case coordination's actions). */
export const ACCESS_ACTION_NAMES: Readonly<Record<string, string>> = {
  person: 'personens side',
  notes: 'noter',
  'notes search': 'søgning i noter',
  decisions: 'beslutninger',
  interventions: 'indsatser',
  referrals: 'henvisninger',
  referral: 'en henvisning',
  'referral answer': 'svar på en henvisning',
  agenda: 'dagsordenen',
  'agenda page': 'dagsordenen (udskrift)',
  'person search': 'søgning efter personer',
  'meeting item': 'et punkt på mødet',
  'meeting items': 'mødets punkter',
  minutes: 'referatet',
  'minutes page': 'referatet (udskrift)',
  'minutes pdf': 'referatet (PDF)',
  assessments: 'vurderinger',
  'duplicate check': 'mulige dubletter',
  'register-extract': 'registerudtræk',
  'register-extract.pdf': 'registerudtræk (PDF)',
  retention: 'opbevaring',
  'erasure-receipt': 'kvittering for sletning',
};

/** A case's states (case coordination's CASE_STATE_LABELS), where a route gives only the code. */
export const CASE_STATE_NAMES: Readonly<Record<string, string>> = {
  open: 'åben',
  'under-review': 'til behandling',
  'action-agreed': 'indsats aftalt',
  'in-progress': 'indsats i gang',
  closed: 'lukket',
};
