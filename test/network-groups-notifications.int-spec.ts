import { CPR_NUMBER_IN_TEXT, cprNumberInTextMessage, Role } from '@ssp/platform';
import { addDays, localDay, nextOccurrence } from '@ssp/platform/time';
import {
  ChildNodeProcess,
  newTopicNamespace,
  queryDatabase,
  serviceTestEnvironment,
  startTestService,
  TEST_NOW,
  TEST_TODAY,
  testToken,
  waitFor,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { MAIL_FROM, smtpEnv, TestMailServer } from './fixtures/test-mail-server';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { DigestService } from '../apps/network-groups/src/notifications/digest/digest.service';
import { MESSAGE_REFUSALS } from '../apps/network-groups/src/messages/messages.dto';
import { NOTIFICATION_REFUSALS } from '../apps/network-groups/src/notifications/notifications.dto';
import { PEOPLE_REFUSALS } from '../apps/network-groups/src/people/people.dto';
import type { NewNotification } from '../apps/network-groups/src/notifications/notification';
import { NotificationsService } from '../apps/network-groups/src/notifications/notifications.service';

/*
 * Messages, notifications and their e-mails, against a real SMTP server (smtp-server) whose
 * arrivals are parsed with mailparser: who is told, how each person chose, the daily digest
 * on an injected clock, retries and give-ups, and every e-mail received exactly once when
 * the sender is SIGKILLed in the middle of the SMTP conversation.
 */

const BODY = 'netvaerk-randers-nv';
const YESTERDAY = addDays(TEST_TODAY, -1);

interface Answer<T = unknown> {
  status: number;
  body: T;
}

async function call<T = unknown>(service: RunningService, token: string, method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

const emailOf = (name: string) => `${name.toLowerCase()}@randers.dk`;

/** Seats each person in the body (from 2025, or until yesterday) and links their sign-in to their name. */
async function seat(service: RunningService, secretariat: string, bodyId: string, people: { name: string; ended?: boolean }[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const { name, ended } of people) {
    const seated = await call<{ personId: string }>(service, secretariat, 'POST', `/bodies/${bodyId}/members`, {
      personName: `${name} Hansen`,
      email: emailOf(name),
      organisation: 'Vestervangskolen',
      role: 'member',
      validFrom: '2025-01-01',
      validTo: ended ? YESTERDAY : null,
    });
    expect(seated.status).toBe(201);
    ids[name] = seated.body.personId;
    expect((await call(service, secretariat, 'PATCH', `/people/${ids[name]}`, { subject: name.toLowerCase() })).status).toBe(200);
  }
  return ids;
}

const memberToken = (name: string, groups: string[] = [BODY]) => testToken({ roles: [Role.school], groups, subject: name.toLowerCase() });

async function emailRows(url: string): Promise<{ message_id: string; recipient: string; status: string; attempts: number; last_error: string | null }[]> {
  return queryDatabase(url, 'SELECT message_id, recipient, status, attempts, last_error FROM outgoing_email ORDER BY created_at');
}

async function outboxSettled(url: string): Promise<void> {
  await waitFor('the e-mail outbox to settle', () => queryDatabase(url, `SELECT 1 FROM outgoing_email WHERE status = 'queued'`), (rows) => rows.length === 0);
}

describe('messages and notifications with e-mail', () => {
  const mail = new TestMailServer();
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;

  const notify = (personId: string, notification: NewNotification) =>
    service.dataSource.transaction((tx) => service.app.get(NotificationsService).notifyPerson(tx, personId, notification));

  beforeAll(async () => {
    await mail.start();
    environment = await serviceTestEnvironment('network-groups', newTopicNamespace());
    service = await startTestService(NETWORK_GROUPS, { ...environment.env, ...smtpEnv(mail) });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['sekretariatet'], subject: 'sekretariatet' });
    await seat(service, secretariat, BODY, [{ name: 'Anna' }, { name: 'Bo' }, { name: 'Carl', ended: true }, { name: 'Dorte' }, { name: 'Erik' }]);
  });

  afterEach(() => service.clock.set(TEST_NOW));

  afterAll(async () => {
    await service?.close();
    await mail.stop();
    await environment?.database.drop();
  });

  it('tells every current member but the sender of a message, each as they chose, and e-mails no message text', async () => {
    expect((await call(service, await memberToken('Dorte'), 'PUT', '/notifications/preferences', { delivery: 'in-app' })).status).toBe(200);
    expect((await call(service, await memberToken('Erik'), 'PUT', '/notifications/preferences', { delivery: 'daily-digest' })).status).toBe(200);

    const posted = await call<{ id: string; notified: number; senderName: string }>(service, await memberToken('Anna'), 'POST', `/bodies/${BODY}/messages`, {
      text: 'Husk mødet om skolevejen torsdag.',
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ notified: 3, senderName: 'Anna Hansen' });

    const inbox = async (name: string) => (await call<{ items: { kind: string; subject: string; delivery: string }[] }>(service, await memberToken(name), 'GET', '/notifications')).body.items;
    expect((await inbox('Bo')).map((n) => [n.kind, n.delivery])).toEqual([['message', 'email']]);
    expect((await inbox('Dorte')).map((n) => n.delivery)).toEqual(['in-app']);
    expect((await inbox('Erik')).map((n) => n.delivery)).toEqual(['digest']);
    expect(await inbox('Anna')).toEqual([]);
    expect(await inbox('Carl')).toEqual([]);
    expect((await inbox('Bo'))[0].subject).toMatch(/^Ny besked i Netværksgruppe /);

    await waitFor("Bo's e-mail", () => mail.to(emailOf('Bo')).length, (count) => count > 0);
    await outboxSettled(environment.database.url);
    const [toBo] = mail.to(emailOf('Bo'));
    const [row] = (await emailRows(environment.database.url)).filter((email) => email.recipient === emailOf('Bo'));
    expect(toBo.messageId).toBe(row.message_id);
    expect(toBo.messageId).toMatch(/^<[0-9a-f-]{36}@randers\.dk>$/);
    expect(toBo.text).toContain('Anna Hansen har skrevet en besked til Netværksgruppe');
    expect(toBo.text).not.toContain('skolevejen');
    expect(mail.to(emailOf('Bo'))).toHaveLength(1);
    for (const name of ['Anna', 'Carl', 'Dorte']) expect(mail.to(emailOf(name))).toEqual([]);
    expect(mail.to(emailOf('Erik')).filter((email) => email.subject.startsWith('Ny besked'))).toEqual([]);

    const read = await call<{ items: { text: string }[]; next: string | null }>(service, await memberToken('Bo'), 'GET', `/bodies/${BODY}/messages`);
    expect([read.body.items.map((message) => message.text), read.body.next]).toEqual([['Husk mødet om skolevejen torsdag.'], null]);
    const aboutAChild = await call<{ code: string; message: string }>(service, await memberToken('Bo'), 'POST', `/bodies/${BODY}/messages`, { text: 'Hvem kender ０１.０３.１０-４１０２?' });
    expect([aboutAChild.status, aboutAChild.body.code, aboutAChild.body.message]).toEqual([400, CPR_NUMBER_IN_TEXT, cprNumberInTextMessage('text')]);
    expect((await call(service, await memberToken('Carl', ['netvaerk-langaa']), 'GET', `/bodies/${BODY}/messages`)).status).toBe(403);
  });

  it("pages a person's notifications newest first, each once, while one arrives between pages, and refuses a page above the maximum", async () => {
    const dorte = await memberToken('Dorte');
    const [{ id: dorteId }] = (await service.dataSource.query("SELECT id FROM person WHERE name LIKE 'Dorte%'")) as { id: string }[];
    // A millisecond apart on the service's clock: two in the same millisecond would be in id order, not the order they came.
    for (const n of [1, 2, 3, 4, 5]) {
      await notify(dorteId, { kind: 'new-agenda', subject: `Side ${n}`, text: 'Til siderne.' });
      service.clock.advance(1);
    }
    const subjects: string[] = [];
    for (let after: string | null = null, pages = 0; pages === 0 || (after !== null && pages < 10); pages++) {
      const page: { items: { subject: string }[]; next: string | null } = (await call<{ items: { subject: string }[]; next: string | null }>(service, dorte, 'GET', `/notifications?limit=2${after ? `&after=${after}` : ''}`)).body;
      subjects.push(...page.items.map((item) => item.subject));
      after = page.next;
      // Newer than the cursor: on page one now, on no later page.
      if (pages === 0) await notify(dorteId, { kind: 'new-agenda', subject: 'Side ny', text: 'Kom mellem siderne.' });
    }
    expect(subjects.filter((subject) => subject.startsWith('Side'))).toEqual(['Side 5', 'Side 4', 'Side 3', 'Side 2', 'Side 1']);
    expect(new Set(subjects).size).toBe(subjects.length);
    const refused = await call<{ code: string }>(service, dorte, 'GET', '/notifications?limit=201');
    expect([refused.status, refused.body.code]).toEqual([400, 'page-limit-out-of-range']);
  });

  it('lets the signed-in person read and mark only their own notifications, and says what is wrong', async () => {
    const bo = await memberToken('Bo');
    const [notification] = (await call<{ items: { id: string }[] }>(service, bo, 'GET', '/notifications')).body.items;
    expect((await call(service, await memberToken('Dorte'), 'POST', `/notifications/${notification.id}/read`)).status).toBe(404);
    const marked = await call<{ readAt: string | null }>(service, bo, 'POST', `/notifications/${notification.id}/read`);
    expect(marked.status).toBe(200);
    expect(marked.body.readAt).not.toBeNull();
    expect((await call(service, bo, 'GET', '/notifications?show=unread')).body).toEqual({ items: [], next: null });

    expect((await call(service, bo, 'GET', '/notifications/preferences')).body).toEqual({ delivery: 'immediate', digestTime: '07:00', timeZone: 'Europe/Copenhagen', chosen: false });
    const wrong = await call<{ code: string; message: string }>(service, bo, 'PUT', '/notifications/preferences', { delivery: 'weekly' });
    expect([wrong.status, wrong.body.code, wrong.body.message]).toEqual([400, NOTIFICATION_REFUSALS.delivery.code, NOTIFICATION_REFUSALS.delivery.message]);
    expect(wrong.body.message).toContain('immediate, daily-digest, in-app');

    const unlinked = await call<{ code: string; message: string }>(service, await memberToken('Ukendt'), 'GET', '/notifications');
    expect([unlinked.status, unlinked.body.code, unlinked.body.message]).toEqual([404, PEOPLE_REFUSALS.notLinked.code, PEOPLE_REFUSALS.notLinked.message]);
    const silent = await call<{ message: string }>(service, await memberToken('Ukendt'), 'POST', `/bodies/${BODY}/messages`, { text: 'Hej' });
    expect(silent.status).toBe(404);
    const empty = await call<{ code: string; message: string }>(service, bo, 'POST', `/bodies/${BODY}/messages`, { text: '' });
    expect([empty.status, empty.body.code, empty.body.message]).toEqual([400, MESSAGE_REFUSALS.text.code, MESSAGE_REFUSALS.text.message]);
  });

  it('sends the daily digest once a day at the Danish hour, with what is unread and in no earlier digest', async () => {
    const { Frida: frida } = await seat(service, secretariat, 'ssp-u', [{ name: 'Frida' }]);
    expect((await call(service, await memberToken('Frida', ['ssp-u']), 'PUT', '/notifications/preferences', { delivery: 'daily-digest' })).status).toBe(200);
    await notify(frida, { kind: 'new-agenda', subject: 'Dagsorden til mødet 12. marts', text: 'Tre punkter.', link: '/meetings/m-1' });
    const readAlready = await notify(frida, { kind: 'area-alert', subject: 'Områdealarm: tyveri', text: 'Flere tyverier end normalt.' });
    expect((await call(service, await memberToken('Frida', ['ssp-u']), 'POST', `/notifications/${readAlready}/read`)).status).toBe(200);

    const digests = service.app.get(DigestService);
    const digestTime = nextOccurrence({ every: 'day', time: '07:00' }, new Date(TEST_NOW));
    const day = localDay(digestTime);
    const at = (ms: number) => new Date(digestTime.getTime() + ms);
    const fridasDigests = () => mail.to(emailOf('Frida'));

    const digestDays = async () =>
      (await queryDatabase<{ day: string }>(environment.database.url, `SELECT to_char(digest_day, 'YYYY-MM-DD') AS day FROM outgoing_email WHERE person_id = $1 ORDER BY digest_day`, [frida])).map(
        (row) => row.day,
      );

    expect(await digests.queueDue(at(-60_000))).toBe(0);
    // Asked by person and day, not by this call's count: Erik's digest from the first test is due as well.
    await digests.queueDue(at(60_000));
    expect(await digestDays()).toEqual([day]);
    expect(await digests.queueDue(at(2 * 3_600_000))).toBe(0);
    await waitFor("Frida's digest", fridasDigests, (mails) => mails.length === 1);
    const [digest] = fridasDigests();
    expect(digest.subject).toBe(`Daglig oversigt ${day}: 1 ny notifikation`);
    expect(digest.text).toContain('* Dagsorden til mødet 12. marts');
    expect(digest.text).not.toContain('Områdealarm');

    // Written after today's digest time: it waits for tomorrow's.
    service.clock.set(at(2 * 3_600_000).toISOString());
    await notify(frida, { kind: 'action-item-due', subject: 'Opgave forfalder i morgen', text: 'Kontakt klubben.' });
    expect(await digests.queueDue(at(3 * 3_600_000))).toBe(0);
    expect(await digests.queueDue(at(24 * 3_600_000 + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await digestDays()).toEqual([day, addDays(day, 1)]);
    await waitFor("Frida's second digest", fridasDigests, (mails) => mails.length === 2);
    const second = fridasDigests()[1];
    expect(second.subject).toBe(`Daglig oversigt ${addDays(day, 1)}: 1 ny notifikation`);
    expect(second.text).toContain('* Opgave forfalder i morgen');
    expect(second.text).not.toContain('Dagsorden');
    await outboxSettled(environment.database.url);
    expect(fridasDigests()).toHaveLength(2);
  });

  it('tries a temporary refusal again with backoff, gives up on a permanent one or after the last attempt, and shows operations why', async () => {
    const ids = await seat(service, secretariat, 'ssp-plus', [{ name: 'Gitte' }, { name: 'Hans' }, { name: 'Ida' }]);
    mail.refusals.set(emailOf('Gitte'), { code: 451, times: 2 });
    mail.refusals.set(emailOf('Hans'), { code: 550, times: Infinity });
    mail.refusals.set(emailOf('Ida'), { code: 451, times: Infinity });
    for (const name of ['Gitte', 'Hans', 'Ida']) await notify(ids[name], { kind: 'new-agenda', subject: 'Ny dagsorden', text: 'SSP+ mødes mandag.' });

    await outboxSettled(environment.database.url);
    const rows = await emailRows(environment.database.url);
    const of = (name: string) => rows.find((row) => row.recipient === emailOf(name));
    expect(of('Gitte')).toMatchObject({ status: 'sent', attempts: 3 });
    expect(mail.to(emailOf('Gitte'))).toHaveLength(1);
    expect(of('Hans')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(of('Hans')?.last_error).toContain('550');
    expect(of('Ida')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(of('Ida')?.last_error).toContain('451');

    const operator = await testToken({ roles: [Role.operator], subject: 'drift' });
    const overview = await call<{ counts: Record<string, number>; problems: Record<string, unknown>[] }>(service, operator, 'GET', '/operations/emails');
    expect(overview.status).toBe(200);
    expect(overview.body.counts.failed).toBe(2);
    const failed = overview.body.problems.filter((problem) => problem.status === 'failed');
    expect(failed.map((problem) => problem.messageId).sort()).toEqual([of('Hans')?.message_id, of('Ida')?.message_id].sort());
    expect(failed.every((problem) => typeof problem.lastError === 'string' && !('recipient' in problem))).toBe(true);
    expect((await call(service, await memberToken('Hans', ['ssp-plus']), 'GET', '/operations/emails')).status).toBe(403);
    // The gauge is read at most once a second, so the scrape may show the counts of a moment ago.
    await waitFor('the failed e-mails on /metrics', async () => (await fetch(`${service.url}/metrics`)).text(), (metrics) => metrics.includes('ssp_email_outbox{status="failed"} 2'));
  });
});

describe.each([
  ['before the final dot of DATA', 'before-data-end'],
  ['after the final dot, while the server holds its answer', 'awaiting-answer'],
])('e-mails when the sender is SIGKILLed %s', (_when, crashPoint) => {
  let environment: ServiceTestEnvironment;
  let service: RunningService | undefined;
  let child: ChildNodeProcess | undefined;
  const mail = new TestMailServer();

  beforeAll(async () => {
    await mail.start();
    environment = await serviceTestEnvironment('network-groups', newTopicNamespace());
  });

  afterAll(async () => {
    await child?.kill();
    await service?.close();
    await mail.stop();
    await environment?.database.drop();
  });

  it('every queued e-mail is received, each exactly once, after a restart', async () => {
    // Without a mail server configured the service queues e-mails and sends none.
    service = await startTestService(NETWORK_GROUPS, { ...environment.env, MAIL_FROM });
    const secretariat = await testToken({ roles: [Role.secretariat], groups: ['sekretariatet'], subject: 'sekretariatet' });
    await seat(service, secretariat, BODY, ['Anna', 'Bo', 'Carl', 'Dorte', 'Erik'].map((name) => ({ name })));
    expect((await call(service, await memberToken('Anna'), 'POST', `/bodies/${BODY}/messages`, { text: 'Nyt fra skolen.' })).status).toBe(201);
    const queued = (await emailRows(environment.database.url)).map((row) => row.message_id);
    expect(queued).toHaveLength(4);
    await service.close();
    service = undefined;

    mail.holdNextAnswer = crashPoint === 'awaiting-answer';
    child = ChildNodeProcess.start('test/fixtures/email-sender.fixture.ts', { DATABASE_URL: environment.database.url, SMTP_PORT: String(mail.port), CRASH_POINT: crashPoint });
    if (crashPoint === 'before-data-end') {
      await child.waitForOutput('before-data-end');
      await waitFor('the server to hold an open DATA transaction with the message in it', () => mail.openDataBytes, (bytes) => bytes > 0);
    } else {
      await waitFor('the server to hold back its answer to a complete message', () => mail.heldAnswers, (held) => held === 1);
    }
    expect(await child.kill('SIGKILL')).toBeNull();
    expect(mail.received).toHaveLength(crashPoint === 'awaiting-answer' ? 1 : 0);

    service = await startTestService(NETWORK_GROUPS, { ...environment.env, ...smtpEnv(mail) });
    await outboxSettled(environment.database.url);
    await waitFor('every queued e-mail to arrive', () => mail.received.length, (count) => count >= queued.length);
    expect(mail.received.map((received) => received.messageId).sort()).toEqual([...queued].sort());

    const rows = await emailRows(environment.database.url);
    const attempts = await queryDatabase<{ outcomes: string[] }>(
      environment.database.url,
      `SELECT array_agg(outcome ORDER BY attempt) AS outcomes FROM email_attempt GROUP BY email_id HAVING count(*) > 1 OR bool_or(outcome <> 'accepted')`,
    );
    if (crashPoint === 'before-data-end') {
      expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
      expect(attempts.map((row) => row.outcomes)).toEqual([['interrupted', 'accepted']]);
    } else {
      const held = rows.find((row) => row.message_id === mail.received[0].messageId);
      expect(held?.status).toBe('unconfirmed');
      expect(rows.filter((row) => row.status === 'sent')).toHaveLength(3);
      expect(attempts.map((row) => row.outcomes)).toEqual([['unconfirmed']]);
    }
  });
});
