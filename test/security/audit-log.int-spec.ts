import { Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { APP as REPORTING } from '../../apps/reporting/src/app.definition';

interface Verification {
  ok: boolean;
  entriesChecked: number;
  problems: { seq: number; problem: string; detail: string }[];
}

/*
 * The audit log through a running service: refusals are written, the chain is shipped a
 * page at a time, the table refuses changes, and when a superuser changes or deletes a
 * row anyway, both the API and `npm run audit:verify` name it.
 */
describe('hash-chained audit log', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let operatorToken: string;

  const get = (route: string, token?: string) => fetch(`${service.url}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const verification = async () => (await (await get('/audit-log/verification', operatorToken)).json()) as Verification;
  /** Changes the table the way only someone with owner rights could: triggers off. */
  const tamper = (sql: string) =>
    service.dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await manager.query(sql);
      await manager.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    });
  /** The verify command, run without blocking this process: the service under test lives in it and must go on answering. */
  const cli = () =>
    new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const args = ['ts-node', '--transpile-only', '-r', 'tsconfig-paths/register', 'libs/platform/src/cli/verify-audit-log.cli.ts', '--database-url', environment.database.url];
      execFile('npx', args, { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' }, (error, stdout) =>
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout }),
      );
    });

  beforeAll(async () => {
    environment = await serviceTestEnvironment('reporting', newTopicNamespace());
    service = await startTestService(REPORTING, environment.env);
    operatorToken = await testToken({ roles: [Role.operator], subject: 'operator-1' });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('writes every refusal, anonymous or not, with who, what and why', async () => {
    expect((await get('/audit-log')).status).toBe(401);
    const school = await testToken({ roles: [Role.school], subject: 'teacher-7', groups: ['netvaerk-nord'] });
    expect((await get('/audit-log', school)).status).toBe(403);
    expect((await get('/audit-log?after=0&limit=10', operatorToken)).status).toBe(200);

    const rows: { actor: string; actor_roles: string[]; action: string; decision: string; reason: string }[] = await service.dataSource.query(
      'SELECT actor, actor_roles, action, decision, reason FROM audit_log ORDER BY seq',
    );
    expect(rows).toEqual([
      { actor: 'anonymous', actor_roles: [], action: 'GET /audit-log', decision: 'deny', reason: 'no-bearer-token' },
      { actor: 'teacher-7', actor_roles: ['school'], action: 'GET /audit-log', decision: 'deny', reason: 'missing-permission' },
    ]);
  });

  it('ships the log in pages that carry the chain', async () => {
    await get('/audit-log', 'a.b.c');
    const first = (await (await get('/audit-log?after=0&limit=2', operatorToken)).json()) as { entries: { seq: number; prevHash: string; hash: string }[]; next: number };
    expect(first.entries.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(first.next).toBe(2);
    const second = (await (await get(`/audit-log?after=${first.next}&limit=2`, operatorToken)).json()) as { entries: { seq: number; prevHash: string }[]; next: number | null };
    expect(second.entries[0]).toMatchObject({ seq: 3, prevHash: first.entries[1].hash });
    expect(second.next).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the table', async () => {
    await expect(service.dataSource.query("UPDATE audit_log SET actor = 'x' WHERE seq = 1")).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(service.dataSource.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(service.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await verification()).toMatchObject({ ok: true, problems: [] });
    expect(await cli()).toMatchObject({ status: 0, stdout: expect.stringMatching(/^intact: \d+ entries checked, head \d+ [0-9a-f]{64}\n$/) });
  });

  it('names an altered entry, then a deleted one, through the API and the verify command', async () => {
    for (let refusal = 0; refusal < 2; refusal += 1) expect((await get('/audit-log')).status).toBe(401);
    await tamper("UPDATE audit_log SET actor = 'someone-innocent' WHERE seq = 2");
    expect((await verification()).problems).toEqual([{ seq: 2, problem: 'altered', detail: 'entry 2 was altered: its content does not match its hash' }]);
    expect(await cli()).toMatchObject({ status: 1, stdout: expect.stringContaining('TAMPERED entry 2 was altered') });

    await tamper('DELETE FROM audit_log WHERE seq = 3');
    const afterDelete = await verification();
    expect(afterDelete.ok).toBe(false);
    expect(afterDelete.problems.map((problem) => problem.detail)).toContain('entry 3 is missing: entry 4 follows entry 2');
    expect((await cli()).stdout).toContain('TAMPERED entry 3 is missing');
  });
});

/*
 * Two replicas appending to one chain at once, as under a burst: each replica appends what
 * came while its last batch was written as one batch, under the chain's lock, so the chain
 * stays whole and a burst does not queue one request per lock behind it.
 *
 * Negative control: take the advisory lock out of AuditLogService.appendUnderLock and the
 * insert: the replicas read the same last entry, and the inserts fail on the duplicate seq or
 * the chain is relinked.
 *
 * A replica appends on the last entry it appended or read, in one statement, without reading
 * the chain first; when the other replica appended in between, that statement is refused on
 * the primary key and the batch is appended under the lock on the entry read there.
 * Negative controls: always append under the lock (as before): the first replica's five
 * appends in a row take five transactions instead of none; give up on the refusal instead of
 * appending under the lock: the alternating requests answer 500 instead of 401.
 */
describe('the audit chain under a burst to two replicas', () => {
  const BURST = 80;
  let environment: ServiceTestEnvironment;
  const replicas: RunningService[] = [];

  beforeAll(async () => {
    environment = await serviceTestEnvironment('reporting', newTopicNamespace());
    const env = { ...environment.env, RATE_LIMIT_PER_MINUTE: '100000' };
    replicas.push(await startTestService(REPORTING, env), await startTestService(REPORTING, env));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await environment?.database.drop();
  });

  it('writes every refusal of the burst once, in one intact chain, fewer transactions than entries', async () => {
    const statuses = await Promise.all(Array.from({ length: BURST }, (_, index) => fetch(`${replicas[index % 2]!.url}/audit-log?burst=${index}`).then((response) => response.status)));
    expect(statuses).toEqual(Array(BURST).fill(401));

    const [written] = (await replicas[0]!.dataSource.query(
      "SELECT count(*)::int AS entries, count(DISTINCT xmin::text)::int AS transactions, max(seq)::int AS last FROM audit_log WHERE reason = 'no-bearer-token'",
    )) as { entries: number; transactions: number; last: number }[];
    expect(written.entries).toBe(BURST);
    expect(written.last).toBe(BURST);
    expect(written.transactions).toBeLessThan(BURST);
    const operator = await testToken({ roles: [Role.operator], subject: 'operator-2' });
    const verification = (await (await fetch(`${replicas[1]!.url}/audit-log/verification`, { headers: { authorization: `Bearer ${operator}` } })).json()) as Verification;
    expect(verification).toMatchObject({ ok: true, entriesChecked: BURST, problems: [] });
  });

  it('appends on the entry it knows without reading the chain, and under the lock once the other replica appended', async () => {
    const operator = await testToken({ roles: [Role.operator], subject: 'operator-3' });
    const lockedAppends = replicas.map((replica) => jest.spyOn(replica.dataSource, 'transaction'));
    const refuse = async (replica: RunningService, index: number) => expect((await fetch(`${replica.url}/audit-log?one-by-one=${index}`)).status).toBe(401);
    const entries = async () => ((await replicas[0]!.dataSource.query('SELECT count(*)::int AS entries FROM audit_log')) as { entries: number }[])[0]!.entries;
    const before = await entries();
    try {
      // The first replica appended last in the burst or not; after one append it knows the last entry.
      await refuse(replicas[0]!, 0);
      lockedAppends[0]!.mockClear();
      for (let index = 1; index <= 5; index++) await refuse(replicas[0]!, index);
      expect(lockedAppends[0]!).not.toHaveBeenCalled();
      // Alternating: each replica's known entry is no longer the last one.
      for (let index = 6; index <= 11; index++) await refuse(replicas[index % 2]!, index);
      expect(lockedAppends[0]!.mock.calls.length + lockedAppends[1]!.mock.calls.length).toBeGreaterThanOrEqual(5);
    } finally {
      lockedAppends.forEach((spy) => spy.mockRestore());
    }
    expect((await entries()) - before).toBe(12);
    const verification = (await (await fetch(`${replicas[1]!.url}/audit-log/verification`, { headers: { authorization: `Bearer ${operator}` } })).json()) as Verification;
    expect(verification).toMatchObject({ ok: true, problems: [] });
  });
});
