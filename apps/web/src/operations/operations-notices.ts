import { isOperatedService, serviceText, type OperatedService } from './operations.types';

type Texts = Readonly<Record<string, (service: string) => string>>;

/** What a send-back did, as the service answered it; the address after the redirect carries only these codes. */
const SENT: Texts = {
  handled: (service) => `Fejlbeskeden er sendt tilbage til ${service} og er nu behandlet. Den er fjernet fra listen.`,
  duplicate: (service) => `Fejlbeskeden er sendt tilbage til ${service}. Hændelsen var allerede behandlet, så intet blev gjort to gange. Den er fjernet fra listen.`,
  'already-settled': (service) => `Fejlbeskeden var allerede sendt tilbage til ${service} eller kasseret, så intet blev gjort igen.`,
};

/** What a discard did. */
const DISCARDED: Texts = {
  discarded: (service) => `Fejlbeskeden hos ${service} er kasseret: dens indhold er slettet, og den er fjernet fra listen.`,
  'already-settled': (service) => `Fejlbeskeden hos ${service} var allerede sendt tilbage eller kasseret, så intet blev gjort igen.`,
};

/** Why a send-back or a discard was refused, by the service's stable code; any other code gets the general text of the action. */
const REFUSED: Texts = {
  'dead-letter-still-failing': (service) =>
    `Beskeden fejlede igen hos ${service}. Den venter stadig, og årsagen i listen er den nye. Ret årsagen, og send den tilbage igen.`,
  'dead-letter-invalid': (service) =>
    `Beskeden er ugyldig og kan ikke behandles af ${service}. Det hjælper ikke at sende den tilbage; afsenderen må sende en rettet besked. Kassér den, når den ikke skal bruges.`,
  'dead-letter-content-removed': (service) =>
    `Beskedens indhold er slettet hos ${service}, fordi opbevaringsperioden udløb, eller fordi personen, den handler om, er slettet. Den kan ikke sendes tilbage; kassér den.`,
  'dead-letter-not-found': (service) => `${service} kender ikke fejlbeskeden. Opdatér siden, og prøv igen.`,
  'dead-letter-topic-not-handled': (service) => `${service} behandler ikke længere beskeder fra dette emne, så fejlbeskeden kan ikke sendes tilbage.`,
};

/** The two actions on a dead letter: the codes in the address after each, and its texts. */
const ACTIONS = {
  resend: { done: 'sendt', refused: 'afvist', texts: SENT, general: (service: string) => `${service} sendte ikke fejlbeskeden tilbage. Opdatér siden, og prøv igen.` },
  discard: { done: 'kasseret', refused: 'ikke-kasseret', texts: DISCARDED, general: (service: string) => `${service} kasserede ikke fejlbeskeden. Opdatér siden, og prøv igen.` },
} as const;

export type DeadLetterAction = keyof typeof ACTIONS;

export interface OperationsNotice {
  kind: 'success' | 'error';
  text: string;
}

/** The notice after a send-back or a discard: fixed texts chosen by the codes in the address, never text from the address itself. */
export function operationsNotice(query: Record<string, unknown>): OperationsNotice | null {
  if (!isOperatedService(query.hos)) return null;
  const service = serviceText(query.hos);
  for (const { done, refused, texts, general } of Object.values(ACTIONS)) {
    const outcome = query[done];
    if (typeof outcome === 'string' && Object.hasOwn(texts, outcome)) return { kind: 'success', text: texts[outcome]!(service) };
    const code = query[refused];
    if (typeof code === 'string') return { kind: 'error', text: (Object.hasOwn(REFUSED, code) ? REFUSED[code]! : general)(service) };
  }
  return null;
}

/** Where the browser goes after a send-back or a discard: the overview at the service, with the notice's codes. */
export function afterDeadLetter(service: OperatedService, action: DeadLetterAction, answer: { outcome: string } | { refusedCode: string }): string {
  const { done, refused } = ACTIONS[action];
  const code = 'outcome' in answer ? `${done}=${encodeURIComponent(answer.outcome)}` : `${refused}=${encodeURIComponent(answer.refusedCode)}`;
  return `/drift?${code}&hos=${service}#tjeneste-${service}`;
}
