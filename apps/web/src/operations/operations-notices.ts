import { isOperatedService, serviceText, type OperatedService } from './operations.types';

/** What a send-back did, as the service answered it; the address after the redirect carries only these codes. */
const SENT: Readonly<Record<string, (service: string) => string>> = {
  handled: (service) => `Fejlbeskeden er sendt tilbage til ${service} og er nu behandlet. Den er fjernet fra listen.`,
  duplicate: (service) => `Fejlbeskeden er sendt tilbage til ${service}. Hændelsen var allerede behandlet, så intet blev gjort to gange. Den er fjernet fra listen.`,
  'already-settled': (service) => `Fejlbeskeden var allerede sendt tilbage til ${service}, så intet blev gjort igen.`,
};

/** Why a send-back was refused, by the service's stable code; any other code gets the general text. */
const REFUSED: Readonly<Record<string, (service: string) => string>> = {
  'dead-letter-still-failing': (service) =>
    `Beskeden fejlede igen hos ${service}. Den venter stadig, og årsagen i listen er den nye. Ret årsagen, og send den tilbage igen.`,
  'dead-letter-invalid': (service) => `Beskeden er ugyldig og kan ikke behandles af ${service}. Det hjælper ikke at sende den tilbage; afsenderen må sende en rettet besked.`,
  'dead-letter-not-found': (service) => `${service} kender ikke fejlbeskeden. Opdatér siden, og prøv igen.`,
  'dead-letter-topic-not-handled': (service) => `${service} behandler ikke længere beskeder fra dette emne, så fejlbeskeden kan ikke sendes tilbage.`,
};

const GENERAL_REFUSAL = (service: string) => `${service} sendte ikke fejlbeskeden tilbage. Opdatér siden, og prøv igen.`;

export interface OperationsNotice {
  kind: 'success' | 'error';
  text: string;
}

/** The notice after a send-back: fixed texts chosen by the codes in the address, never text from the address itself. */
export function operationsNotice(query: { sendt?: unknown; afvist?: unknown; hos?: unknown }): OperationsNotice | null {
  if (!isOperatedService(query.hos)) return null;
  const service = serviceText(query.hos);
  if (typeof query.sendt === 'string' && Object.hasOwn(SENT, query.sendt)) return { kind: 'success', text: SENT[query.sendt]!(service) };
  if (typeof query.afvist === 'string') return { kind: 'error', text: (Object.hasOwn(REFUSED, query.afvist) ? REFUSED[query.afvist]! : GENERAL_REFUSAL)(service) };
  return null;
}

/** Where the browser goes after a send-back: the overview at the service, with the notice's codes. */
export function afterResend(service: OperatedService, answer: { outcome: string } | { refusedCode: string }): string {
  const code = 'outcome' in answer ? `sendt=${encodeURIComponent(answer.outcome)}` : `afvist=${encodeURIComponent(answer.refusedCode)}`;
  return `/drift?${code}&hos=${service}#tjeneste-${service}`;
}
