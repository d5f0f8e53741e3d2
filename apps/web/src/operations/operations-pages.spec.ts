import type { ActiveSession } from '../session/session.service';
import { auditVerificationPage } from './audit-verification.page';
import { afterDeadLetter, operationsNotice } from './operations-notices';
import { danishAge, operationsPage } from './operations.page';
import type { OperationsStatus, ServiceOperations, WaitingDeadLetter } from './operations.types';

const SESSION = { subject: 'demo-ole-bjerre', name: 'Ole Bjerre', roles: ['operator'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;

const LETTER: WaitingDeadLetter = {
  id: '0e6b1c1e-0000-4000-8000-000000000001',
  topic: 'ssp.person.erased.v1',
  originalPartition: 4,
  originalOffset: '17',
  dlqPartition: 2,
  dlqOffset: '3',
  eventId: '5a1d2c3b-0000-4000-8000-000000000002',
  eventType: 'person-erased',
  reason: 'failed after 2 attempts: person_identity is read-only',
  failedAt: '2026-11-23T09:15:00.000Z',
  lastFailedAt: '2026-11-23T09:15:00.000Z',
  contentRemoved: null,
};

const STATUS: OperationsStatus = {
  service: 'police-list-ingestion',
  consumer: {
    reading: { ok: true, readAt: '2026-11-23T09:00:00.000Z' },
    topics: [{ topic: 'ssp.person.erased.v1', lag: 5, partitions: [{ partition: 0, lag: 0 }, { partition: 3, lag: 5 }], deadLettersOnTopic: 2, deadLettersWaiting: 1 }],
  },
  outbox: { reading: { ok: true, readAt: '2026-11-23T09:00:00.000Z' }, backlog: 3, oldestAgeSeconds: 125 },
  deadLettersWaiting: 1,
};

function ingestion(overrides: Partial<ServiceOperations> = {}): ServiceOperations {
  return {
    service: 'police-list-ingestion',
    health: { live: true, ready: true },
    status: { kind: 'answer', body: STATUS },
    deadLetters: { kind: 'answer', body: { items: [LETTER], next: 'NEXT' } },
    ...overrides,
  };
}

const silentReporting: ServiceOperations = { service: 'reporting', health: { live: false, ready: false }, status: { kind: 'no-answer' }, deadLetters: { kind: 'no-answer' } };

describe('the operators’ page', () => {
  it('shows per service its health, lag per topic and partition, the dead letters with a send-back form carrying the form token, and the outbox', () => {
    const page = operationsPage(SESSION, [ingestion()], null, null);
    expect(page).toContain('<h1>Drift</h1>');
    expect(page).toContain('Indlæsning af politilister');
    expect(page).toMatch(/Klar til brug.*<strong>Ja<\/strong>/);
    expect(page).toContain('<code>ssp.person.erased.v1</code>');
    expect(page).toContain('3: 5');
    for (const action of ['send-tilbage', 'kasser']) {
      expect(page).toMatch(new RegExp(`action="/drift/police-list-ingestion/fejlbeskeder/${LETTER.id}/${action}">\\s*<input type="hidden" name="_csrf" value="form-token">`));
    }
    expect(page).toContain('Kassér<span class="sr-only"> fejlbeskeden fra 23.11.2026 kl. 10.15</span>');
    expect(page).not.toContain('Senest');
    expect(page).toContain('Partition 4, offset 17');
    expect(page).toContain('person_identity is read-only');
    expect(page).toContain('23.11.2026 kl. 10.15');
    expect(page).toContain('3 hændelser venter på at blive sendt; den ældste har ventet 2 min.');
    expect(page).toContain('href="/drift?tjeneste=police-list-ingestion&amp;efter=NEXT"');
  });

  it('shows when a dead letter last failed, and one whose message was removed with only the discard button', () => {
    const failedAgain: WaitingDeadLetter = { ...LETTER, lastFailedAt: '2026-11-23T11:40:00.000Z' };
    const removed: WaitingDeadLetter = { ...LETTER, id: '0e6b1c1e-0000-4000-8000-000000000009', contentRemoved: 'erasure' };
    const page = operationsPage(SESSION, [ingestion({ deadLetters: { kind: 'answer', body: { items: [failedAgain, removed], next: null } } })], null, null);
    expect(page).toContain('Senest 23.11.2026 kl. 12.40');
    expect(page).toContain('Indholdet er slettet, fordi personen, den handler om, er slettet.');
    expect(page).not.toContain(`fejlbeskeder/${removed.id}/send-tilbage`);
    expect(page).toContain(`fejlbeskeder/${removed.id}/kasser`);
    expect(page).toContain(`fejlbeskeder/${failedAgain.id}/send-tilbage`);
    const expired = operationsPage(SESSION, [ingestion({ deadLetters: { kind: 'answer', body: { items: [{ ...removed, contentRemoved: 'retention' }], next: null } } })], null, null);
    expect(expired).toContain('Indholdet er slettet, fordi opbevaringsperioden udløb.');
  });

  it('shows a service that does not answer as such, and one that refuses with its reason, beside the others', () => {
    const refused = ingestion({ deadLetters: { kind: 'refused', status: 403, message: 'Din rolle giver ikke adgang.' } });
    const page = operationsPage(SESSION, [refused, silentReporting], null, null);
    expect(page).toContain('Tjenesten afviste at vise fejlbeskederne (HTTP 403): Din rolle giver ikke adgang.');
    expect(page.match(/Tjenesten svarer ikke/g)).toHaveLength(1);
    expect(page).toContain('Tjenesten svarer ikke, så forsinkelse, fejlbeskeder og udbakke kan ikke vises.');
    expect(page).toMatch(/Kører.*<strong>Svarer ikke<\/strong>/);
    expect(page).toContain('<code>ssp.person.erased.v1</code>');
  });

  it('says when no dead letter waits, and when the readings behind the figures failed', () => {
    const stale: OperationsStatus = { ...STATUS, consumer: { ...STATUS.consumer, reading: { ok: false, readAt: '2026-11-23T09:00:00.000Z' } } };
    const page = operationsPage(SESSION, [ingestion({ status: { kind: 'answer', body: stale }, deadLetters: { kind: 'answer', body: { items: [], next: null } } })], null, null);
    expect(page).toContain('Ingen fejlbeskeder venter.');
    expect(page).toContain('Den seneste aflæsning mislykkedes; tallene er fra 23.11.2026 kl. 10.00.');
  });

  it("shows network groups' e-mail delivery without recipients", () => {
    const page = operationsPage(
      SESSION,
      [
        {
          service: 'network-groups',
          health: { live: true, ready: true },
          status: { kind: 'answer', body: { ...STATUS, service: 'network-groups' } },
          deadLetters: { kind: 'answer', body: { items: [], next: null } },
          emails: {
            kind: 'answer',
            body: {
              counts: { queued: 1, sent: 40, unconfirmed: 0, failed: 2 },
              oldestQueuedAt: '2026-11-23T08:00:00.000Z',
              problems: [{ id: 'x', messageId: '<abc@randers.dk>', kind: 'digest', status: 'failed', attempts: 5, lastError: '550 mailbox unavailable', createdAt: '2026-11-22T08:00:00.000Z', nextAttemptAt: null }],
            },
          },
        },
      ],
      null,
      null,
    );
    expect(page).toContain('Fejlet: <strong>2</strong>');
    expect(page).toContain('&lt;abc@randers.dk&gt;');
    expect(page).toContain('Daglig oversigt');
    expect(page).toContain('550 mailbox unavailable');
  });
});

describe('the notice after a send-back or a discard', () => {
  it('is a fixed text chosen by the codes in the address, naming the service', () => {
    expect(operationsNotice({ sendt: 'handled', hos: 'case-coordination' })).toEqual({
      kind: 'success',
      text: 'Fejlbeskeden er sendt tilbage til Sagskoordinering og er nu behandlet. Den er fjernet fra listen.',
    });
    expect(operationsNotice({ afvist: 'dead-letter-still-failing', hos: 'reporting' })?.text).toContain('fejlede igen hos Statistik');
    expect(operationsNotice({ afvist: '<script>', hos: 'reporting' })).toEqual({ kind: 'error', text: 'Statistik sendte ikke fejlbeskeden tilbage. Opdatér siden, og prøv igen.' });
    expect(operationsNotice({ sendt: 'handled', hos: 'not-a-service' })).toBeNull();
    expect(operationsNotice({ sendt: 'made-up', hos: 'reporting' })).toBeNull();
  });

  it('after a discard, says what was done or why it was refused, with a text of its own', () => {
    expect(operationsNotice({ kasseret: 'discarded', hos: 'case-coordination' })).toEqual({
      kind: 'success',
      text: 'Fejlbeskeden hos Sagskoordinering er kasseret: dens indhold er slettet, og den er fjernet fra listen.',
    });
    expect(operationsNotice({ kasseret: 'already-settled', hos: 'reporting' })?.text).toContain('var allerede sendt tilbage eller kasseret');
    expect(operationsNotice({ 'ikke-kasseret': 'dead-letter-not-found', hos: 'reporting' })).toEqual({ kind: 'error', text: 'Statistik kender ikke fejlbeskeden. Opdatér siden, og prøv igen.' });
    expect(operationsNotice({ 'ikke-kasseret': 'refused', hos: 'reporting' })).toEqual({ kind: 'error', text: 'Statistik kasserede ikke fejlbeskeden. Opdatér siden, og prøv igen.' });
    expect(operationsNotice({ afvist: 'dead-letter-content-removed', hos: 'reporting' })?.text).toContain('kan ikke sendes tilbage; kassér den');
  });

  it('is reached by a redirect to the service on the page', () => {
    expect(afterDeadLetter('network-groups', 'resend', { outcome: 'handled' })).toBe('/drift?sendt=handled&hos=network-groups#tjeneste-network-groups');
    expect(afterDeadLetter('reporting', 'resend', { refusedCode: 'dead-letter-invalid' })).toBe('/drift?afvist=dead-letter-invalid&hos=reporting#tjeneste-reporting');
    expect(afterDeadLetter('reporting', 'discard', { outcome: 'discarded' })).toBe('/drift?kasseret=discarded&hos=reporting#tjeneste-reporting');
    expect(afterDeadLetter('reporting', 'discard', { refusedCode: 'dead-letter-not-found' })).toBe('/drift?ikke-kasseret=dead-letter-not-found&hos=reporting#tjeneste-reporting');
  });
});

describe('the audit-log verification page', () => {
  it('says a chain is in order, names the problems of one that is not, and shows a service that does not answer', () => {
    const page = auditVerificationPage(SESSION, [
      { service: 'police-list-ingestion', verification: { kind: 'answer', body: { ok: true, entriesChecked: 1200, head: { seq: 1200, hash: 'h' }, problems: [] } } },
      { service: 'case-coordination', verification: { kind: 'answer', body: { ok: false, entriesChecked: 30, head: { seq: 30, hash: 'h' }, problems: [{ seq: 7, problem: 'altered', detail: 'hash differs' }] } } },
      { service: 'reporting', verification: { kind: 'no-answer' } },
    ]);
    expect(page).toContain('<strong>I orden.</strong> 1.200 poster er kontrolleret, til og med nr. 1200');
    expect(page).toContain('Revisionssporet er ikke i orden');
    expect(page).toContain('Ændret efter, den blev skrevet');
    expect(page).toContain('Tjenesten svarer ikke, så kontrollen af revisionssporet kan ikke vises.');
  });
});

describe('danishAge', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(danishAge(0)).toBe('0 sek.');
    expect(danishAge(59.6)).toBe('1 min.');
    expect(danishAge(3600)).toBe('1 t.');
    expect(danishAge(3 * 3600 + 5 * 60)).toBe('3 t. 5 min.');
    expect(danishAge(72 * 3600)).toBe('3 døgn');
  });
});
