import type { AccessPurpose } from './access-log.service';

/**
 * The purposes of the access log in Danish, for people: the person reading their own log or
 * register extract, and whoever shows it to them.
 */
export const ACCESS_PURPOSE_NAMES: Readonly<Record<AccessPurpose, string>> = {
  'monday-group-meeting': 'Mandagsgruppens møde',
  'case-follow-up': 'opfølgning på sagen',
  'data-subject-request': 'personens egen anmodning (indsigt eller sletning)',
  'referral-handling': 'behandling af en henvisning',
};

/**
 * What was read, as the access log names it (a stable code, written with every read) and in
 * Danish. A read names one of these; the log's older rows may hold others, shown as they are.
 */
export const ACCESS_ACTION_NAMES = {
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
  assessments: 'vurderinger af underretninger',
  'duplicate check': 'mulige dubletter',
  'register-extract': 'registerudtræk',
  'register-extract.pdf': 'registerudtræk (PDF)',
  retention: 'opbevaring',
  'erasure-receipt': 'kvittering for sletning',
} as const satisfies Readonly<Record<string, string>>;

export type AccessAction = keyof typeof ACCESS_ACTION_NAMES;

/** The Danish name of an action in the log; an action this version does not name is shown as it is. */
export function accessActionText(action: string): string {
  return Object.hasOwn(ACCESS_ACTION_NAMES, action) ? ACCESS_ACTION_NAMES[action as AccessAction] : action;
}
