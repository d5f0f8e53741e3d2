import type { NetworkGroups, PoliceListIngestion } from '@ssp/api-client';

/** Every service has the platform's operations and audit-log routes; their types are the same in each document (libs/api-client). */
type Platform = PoliceListIngestion.components['schemas'];

export type OperationsStatus = Platform['OperationsStatusDto'];
export type WaitingDeadLettersPage = Platform['WaitingDeadLettersPageDto'];
export type WaitingDeadLetter = Platform['WaitingDeadLetterDto'];
export type ResendOutcome = Platform['ResendOutcomeDto'];
export type DiscardOutcome = Platform['DiscardOutcomeDto'];
export type ChainVerification = Platform['ChainVerificationDto'];
export type EmailOperations = NetworkGroups.components['schemas']['EmailOperationsDto'];

/** The services the operators' page shows, in its order, with their Danish names. */
export const OPERATED_SERVICES = [
  { name: 'police-list-ingestion', text: 'Indlæsning af politilister' },
  { name: 'case-coordination', text: 'Sagskoordinering' },
  { name: 'network-groups', text: 'Netværksgrupper' },
  { name: 'reporting', text: 'Statistik' },
] as const;

export type OperatedService = (typeof OPERATED_SERVICES)[number]['name'];

export function isOperatedService(value: unknown): value is OperatedService {
  return OPERATED_SERVICES.some((service) => service.name === value);
}

export function serviceText(service: OperatedService): string {
  return OPERATED_SERVICES.find((candidate) => candidate.name === service)!.text;
}

/**
 * What one call to a service gave the page: its answer, a refusal (the service's Danish
 * message), or no answer at all. A service that does not answer is shown as such, never as
 * an error page.
 */
export type Reading<T> = { kind: 'answer'; body: T } | { kind: 'refused'; status: number; message: string | null } | { kind: 'no-answer' };

/** `/health/live` and `/health/ready`: the process answers, and it is ready for traffic (database and Kafka reachable, migrations applied). */
export interface Health {
  live: boolean;
  ready: boolean;
}

/** Everything the operators' page shows of one service. */
export interface ServiceOperations {
  service: OperatedService;
  health: Health;
  status: Reading<OperationsStatus>;
  deadLetters: Reading<WaitingDeadLettersPage>;
  /** Network groups' e-mail delivery; undefined for the other services. */
  emails?: Reading<EmailOperations>;
}
