import { createEnvelope, ServiceName, Topics, type EventEnvelope, type PersonErasedV1 } from '@ssp/contracts';
import { Role } from '@ssp/platform';
import { KafkaProbe, newTopicNamespace, queryDatabase, serviceTestEnvironment, startTestService, TEST_NOW, TestClock, testToken, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * The operations API every service has (libs/platform/src/dead-letters/), on police-list
 * ingestion against the real broker and database: an erasure its handler cannot apply (the
 * identity vault refuses deletes, as during a maintenance job that went wrong) and a message
 * that is not JSON are dead-lettered; the operator sees them, sends the erasure back once the
 * vault takes deletes again, and it is applied once, however often it is sent back. A send-back
 * that fails again keeps the dead letter's place in the list. A later erasure of the same person
 * removes the message of a waiting dead letter about them, and so does the retention once the
 * service's clock has moved past it; such a dead letter cannot be sent back, only discarded.
 */

interface WaitingPage {
  items: {
    id: string;
    topic: string;
    originalOffset: string;
    eventId: string | null;
    eventType: string | null;
    reason: string;
    failedAt: string;
    lastFailedAt: string;
    contentRemoved: 'retention' | 'erasure' | null;
  }[];
  next: string | null;
}

interface Status {
  service: string;
  consumer: { reading: { ok: boolean }; topics: { topic: string; lag: number | null; partitions: { partition: number; lag: number }[]; deadLettersOnTopic: number | null; deadLettersWaiting: number }[] };
  outbox: { reading: { ok: boolean }; backlog: number | null; oldestAgeSeconds: number | null };
  deadLettersWaiting: number;
}

const REFUSE_DELETES = `
  CREATE FUNCTION test_vault_in_maintenance() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'person_identity is read-only during maintenance'; END $$;
  CREATE TRIGGER test_vault_in_maintenance BEFORE DELETE ON person_identity FOR EACH STATEMENT EXECUTE FUNCTION test_vault_in_maintenance();`;
const TAKE_DELETES_AGAIN = 'DROP TRIGGER test_vault_in_maintenance ON person_identity; DROP FUNCTION test_vault_in_maintenance();';

describe('the operations API: status, waiting dead letters, and sending one back', () => {
  const namespace = newTopicNamespace();
  const erasedTopic = Topics.personErased.name;
  const probe = new KafkaProbe();
  const erasureOf = (personPseudonym: string, reason: PersonErasedV1['reason'] = 'retention'): EventEnvelope<PersonErasedV1> =>
    createEnvelope(Topics.personErased, { personPseudonym, reason, erasedAt: TEST_NOW }, { producer: ServiceName.caseCoordination });
  const erasure = erasureOf(randomBytes(32).toString('hex'));
  const clock = new TestClock();
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let operator: string;
  let consultant: string;

  const call = async <T>(path: string, token: string, method = 'GET'): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${service.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as T };
  };
  const waiting = async (query = '') => (await call<WaitingPage>(`/operations/dead-letters${query}`, operator)).body;
  const erasedOf = (status: Status) => status.consumer.topics.find((topic) => topic.topic === erasedTopic)!;
  const sendErasure = (event: EventEnvelope<PersonErasedV1>) => probe.send(`${namespace}${erasedTopic}`, [{ key: event.payload.personPseudonym, value: JSON.stringify(event) }]);
  /** An erasure the vault refuses (it is in maintenance again), waiting as a dead letter. */
  const deadLetteredErasure = async (event: EventEnvelope<PersonErasedV1>) => {
    await queryDatabase(environment.database.url, REFUSE_DELETES);
    await sendErasure(event);
    const page = await waitFor('the erasure dead-lettered', () => waiting(), (candidate) => candidate.items.some((item) => item.eventId === event.id));
    await queryDatabase(environment.database.url, TAKE_DELETES_AGAIN);
    return page.items.find((item) => item.eventId === event.id)!;
  };
  const storedMessage = async (id: string) =>
    (await queryDatabase<{ message_key: string | null; message_value: Buffer | null }>(environment.database.url, 'SELECT message_key, message_value FROM dead_letter WHERE id = $1', [id]))[0]!;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    await queryDatabase(environment.database.url, REFUSE_DELETES);
    // The scheduler looks at the (test) clock often, so that the dead-letter retention runs soon after the clock is moved.
    service = await startTestService(INGESTION, { ...environment.env, SCHEDULER_MAX_WAIT_MS: '200' }, clock);
    operator = await testToken({ roles: [Role.operator], subject: 'drift-ole' });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-drift' });
    // One after the other, so that the erasure is the first in the list.
    await sendErasure(erasure);
    await waitFor('the erasure dead-lettered', () => waiting(), (page) => page.items.length === 1);
    await probe.send(`${namespace}${erasedTopic}`, [{ key: randomUUID(), value: 'this is not { json' }]);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('lists the waiting dead letters a page at a time with ids and metadata, never the content, and counts them in the status', async () => {
    const all = await waitFor('two dead letters waiting', () => waiting(), (page) => page.items.length === 2);
    expect(all.next).toBeNull();
    const failing = all.items.find((item) => item.eventId === erasure.id)!;
    expect(failing).toMatchObject({ topic: erasedTopic, eventType: erasure.type });
    expect(failing.reason).toContain('person_identity is read-only during maintenance');
    const invalid = all.items.find((item) => item.eventId === null)!;
    expect(invalid.reason).toContain('value is not JSON');
    // Stamped on the service's Clock (the test's day), not the machine's.
    expect(all.items.every((item) => item.failedAt.startsWith('2026-11-23') && item.lastFailedAt === item.failedAt && item.contentRemoved === null)).toBe(true);
    expect(JSON.stringify(all)).not.toContain(erasure.payload.personPseudonym);

    const first = await waiting('?limit=1');
    expect(first.items).toHaveLength(1);
    const second = await waiting(`?limit=1&after=${first.next}`);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(all.items.map((item) => item.id));
    expect(second.next).toBeNull();
    expect((await call(`/operations/dead-letters?after=not-a-cursor!`, operator)).status).toBe(400);

    const status = await waitFor(
      'the dead letters on the dead-letter topic in the status',
      async () => (await call<Status>('/operations/status', operator)).body,
      (candidate) => erasedOf(candidate).deadLettersOnTopic === 2,
    );
    expect(status).toMatchObject({ service: 'police-list-ingestion', deadLettersWaiting: 2, consumer: { reading: { ok: true } } });
    expect(erasedOf(status)).toMatchObject({ lag: 0, deadLettersWaiting: 2 });
    expect(erasedOf(status).partitions).toHaveLength(Topics.personErased.partitions);
    expect(status.consumer.topics.map((topic) => topic.topic)).toEqual([erasedTopic, Topics.membership.name].sort());
    expect(status.outbox).toMatchObject({ reading: { ok: true }, backlog: 0, oldestAgeSeconds: 0 });
  });

  it('keeps a dead letter waiting, with the new reason, when it fails again; once fixed, it is handled once however often it is sent back, and leaves the list', async () => {
    const before = await waiting();
    const first = await waiting('?limit=1');
    const failing = first.items[0]!;
    expect(failing.eventId).toBe(erasure.id);

    // Between two pages, the first page's dead letter is sent back and fails again: it keeps its place, so the next page does not show it again.
    const again = await call<{ code: string; reason: string }>(`/operations/dead-letters/${failing.id}/resend`, operator, 'POST');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('dead-letter-still-failing');
    expect(again.body.reason).toContain('sent back by drift-ole and failed again');
    const second = await waiting(`?limit=1&after=${first.next}`);
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    const after = (await waiting()).items.find((item) => item.id === failing.id)!;
    expect(after.reason).toContain('sent back by drift-ole and failed again');
    expect(after.failedAt).toBe(failing.failedAt);
    expect(new Date(after.lastFailedAt).getTime()).toBeGreaterThan(new Date(failing.lastFailedAt).getTime());

    await queryDatabase(environment.database.url, TAKE_DELETES_AGAIN);
    // A double click, or two replicas: both at once.
    const answers = await Promise.all([1, 2].map(() => call<{ id: string; outcome: string }>(`/operations/dead-letters/${failing.id}/resend`, operator, 'POST')));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(['already-settled', 'handled']);

    const inbox = await queryDatabase<{ count: number }>(environment.database.url, 'SELECT count(*)::int AS count FROM inbox_event WHERE event_id = $1', [erasure.id]);
    expect(inbox[0]!.count).toBe(1);
    const tombstones = await probe.readUntil(`${namespace}${Topics.personIdentity.name}`, (seen) => seen.some((message) => message.key === erasure.payload.personPseudonym));
    expect(tombstones.filter((message) => message.key === erasure.payload.personPseudonym && message.value === null)).toHaveLength(1);
    const [settled] = await queryDatabase<{ settled_by: string; settled_outcome: string; message_value: Buffer | null }>(
      environment.database.url,
      'SELECT settled_by, settled_outcome, message_value FROM dead_letter WHERE id = $1',
      [failing.id],
    );
    expect(settled).toEqual({ settled_by: 'drift-ole', settled_outcome: 'handled', message_value: null });

    expect((await waiting()).items.map((item) => item.id)).not.toContain(failing.id);
    expect((await call<Status>('/operations/status', operator)).body.deadLettersWaiting).toBe(1);
    expect((await call<{ outcome: string }>(`/operations/dead-letters/${failing.id}/resend`, operator, 'POST')).body.outcome).toBe('already-settled');

    const audited = await queryDatabase<{ actor: string; decision: string; resource: string }>(
      environment.database.url,
      `SELECT actor, decision, resource FROM audit_log WHERE permission = 'operations:resend' ORDER BY seq`,
    );
    expect(audited).toHaveLength(4);
    expect(audited.every((entry) => entry.actor === 'drift-ole' && entry.decision === 'allow' && entry.resource.includes(failing.id))).toBe(true);
  });

  it('refuses to send back a message that is itself invalid, an unknown id, a malformed id, and a caller without operations:resend', async () => {
    const [invalid] = (await waiting()).items;
    const refused = await call<{ code: string }>(`/operations/dead-letters/${invalid!.id}/resend`, operator, 'POST');
    expect(refused).toMatchObject({ status: 409, body: { code: 'dead-letter-invalid' } });
    expect((await waiting()).items.map((item) => item.id)).toEqual([invalid!.id]);

    expect(await call(`/operations/dead-letters/${randomUUID()}/resend`, operator, 'POST')).toMatchObject({ status: 404, body: { code: 'dead-letter-not-found' } });
    expect(await call('/operations/dead-letters/not-an-id/resend', operator, 'POST')).toMatchObject({ status: 400, body: { code: 'dead-letter-id-invalid' } });
    expect((await call(`/operations/dead-letters/${invalid!.id}/resend`, consultant, 'POST')).status).toBe(403);
    expect((await call('/operations/status', consultant)).status).toBe(403);
  });

  it('removes the message of a waiting dead letter about a person the service then erases, and refuses to send it back', async () => {
    const person = randomBytes(32).toString('hex');
    const refused = await deadLetteredErasure(erasureOf(person));
    expect((await storedMessage(refused.id)).message_key).toBe(person);

    // The person's erasure is requested again, and this time the vault takes it.
    const request = erasureOf(person, 'request');
    await sendErasure(request);
    const page = await waitFor('the dead letter without its message', () => waiting(), (candidate) => candidate.items.some((item) => item.id === refused.id && item.contentRemoved === 'erasure'));
    expect(await storedMessage(refused.id)).toEqual({ message_key: null, message_value: null });
    // The invalid message is about no one the service erased: it keeps its content.
    expect(page.items.filter((item) => item.id !== refused.id).map((item) => item.contentRemoved)).toEqual([null]);

    const resend = await call<{ code: string; message: string; contentRemoved: string }>(`/operations/dead-letters/${refused.id}/resend`, operator, 'POST');
    expect(resend).toMatchObject({ status: 409, body: { code: 'dead-letter-content-removed', contentRemoved: 'erasure' } });
    expect(resend.body.message).toContain('kassér');
  });

  it("removes the messages of the dead letters past their retention when the service's clock moves on, once per slot, and keeps them listed", async () => {
    const recent = await deadLetteredErasure(erasureOf(randomBytes(32).toString('hex')));
    const kept = (await waiting()).items.filter((item) => item.contentRemoved === null);
    expect(kept.map((item) => item.id)).toContain(recent.id);
    expect(kept).toHaveLength(2);

    // Six days on: within the seven days' retention, nothing is removed.
    clock.advance(6 * 24 * 3_600_000);
    await waitFor('a retention run in the new slot', () => queryDatabase<{ count: number }>(environment.database.url, "SELECT count(*)::int AS count FROM scheduled_run WHERE job = 'dead-letter-retention' AND finished_at IS NOT NULL"), (rows) => rows[0]!.count >= 2);
    expect((await waiting()).items.filter((item) => item.contentRemoved === null).map((item) => item.id)).toEqual(kept.map((item) => item.id));

    clock.advance(2 * 24 * 3_600_000);
    const page = await waitFor('the retention run', () => waiting(), (candidate) => candidate.items.filter((item) => item.contentRemoved === 'retention').length === 2);
    expect(page.items.filter((item) => item.contentRemoved === 'retention').map((item) => item.id).sort()).toEqual(kept.map((item) => item.id).sort());
    expect(page.items).toHaveLength(3);
    for (const { id } of kept) expect(await storedMessage(id)).toEqual({ message_key: null, message_value: null });
    expect(await call(`/operations/dead-letters/${recent.id}/resend`, operator, 'POST')).toMatchObject({ status: 409, body: { code: 'dead-letter-content-removed', contentRemoved: 'retention' } });
  });

  it('discards a dead letter: settled as discarded, its message cleared, out of the list, once; audited, and refused without operations:resend', async () => {
    const { items } = await waiting();
    const [first, ...rest] = items;
    expect((await call(`/operations/dead-letters/${first!.id}/discard`, consultant, 'POST')).status).toBe(403);
    const answers = await Promise.all([1, 2].map(() => call<{ id: string; outcome: string }>(`/operations/dead-letters/${first!.id}/discard`, operator, 'POST')));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(['already-settled', 'discarded']);
    const [settled] = await queryDatabase<{ settled_by: string; settled_outcome: string; message_key: string | null; message_value: Buffer | null }>(
      environment.database.url,
      'SELECT settled_by, settled_outcome, message_key, message_value FROM dead_letter WHERE id = $1',
      [first!.id],
    );
    expect(settled).toEqual({ settled_by: 'drift-ole', settled_outcome: 'discarded', message_key: null, message_value: null });
    expect((await waiting()).items.map((item) => item.id)).toEqual(rest.map((item) => item.id));
    expect(await call(`/operations/dead-letters/${first!.id}/resend`, operator, 'POST')).toMatchObject({ status: 200, body: { outcome: 'already-settled' } });

    expect(await call(`/operations/dead-letters/${randomUUID()}/discard`, operator, 'POST')).toMatchObject({ status: 404, body: { code: 'dead-letter-not-found' } });
    expect(await call('/operations/dead-letters/not-an-id/discard', operator, 'POST')).toMatchObject({ status: 400, body: { code: 'dead-letter-id-invalid' } });
    const audited = await queryDatabase<{ actor: string; decision: string; resource: string }>(
      environment.database.url,
      `SELECT actor, decision, resource FROM audit_log WHERE permission = 'operations:resend' ORDER BY seq`,
    );
    const discards = audited.filter((entry) => entry.resource.includes('discard') && entry.resource.includes(first!.id));
    expect(discards.map((entry) => [entry.actor, entry.decision])).toEqual([['konsulent-drift', 'deny'], ['drift-ole', 'allow'], ['drift-ole', 'allow']]);
  });
});
