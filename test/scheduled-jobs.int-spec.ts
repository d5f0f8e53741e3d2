import { DEAD_LETTER_RETENTION_JOB, JobScheduler, ScheduledRunRepository } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import { newTopicNamespace, queryDatabase, serviceTestEnvironment, startTestService, TestClock, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { OverdueInterventionsService } from '../apps/case-coordination/src/interventions/overdue-interventions.service';
import { RetentionService } from '../apps/case-coordination/src/retention/retention.service';

/*
 * Two replicas of case coordination on one database and one test clock: each periodic job
 * runs once per slot of its schedule, across the days summer time begins and ends, a slot
 * no replica ran is caught up by a replica that starts later, and a claim whose replica died
 * is taken over once its lease has run out, not before.
 *
 * Negative control: in `ScheduledRunRepository.claim`, `WHERE run.finished_at IS NULL AND
 * run.lease_until <= EXCLUDED.started_at` → `WHERE true` (the claim always wins); the first
 * test then finds slots with several attempts and jobs run more than once per slot.
 */

const RETENTION = 'retention';
const OVERDUE = 'overdue-interventions';
const SETTINGS = { RETENTION_TIME: '02:00', OVERDUE_INTERVENTIONS_TIME: '00:15', SCHEDULER_MAX_WAIT_MS: '100' };

interface RunRow {
  job: string;
  slot: string;
  replica: string;
  attempts: number;
  finished: boolean;
}

describe('periodic jobs on two replicas', () => {
  const namespace = newTopicNamespace();
  const clock = new TestClock('2027-03-26T09:00:00Z');
  let environment: ServiceTestEnvironment;
  let replicas: RunningService[] = [];
  const claims = jest.spyOn(ScheduledRunRepository.prototype, 'claim');
  const retentionRuns = jest.spyOn(RetentionService.prototype, 'eraseExpired');
  const overdueRuns = jest.spyOn(OverdueInterventionsService.prototype, 'reportOverdue');

  const startTwo = async () => {
    replicas = await Promise.all([0, 1].map(() => startTestService(CASE_COORDINATION, { ...environment.env, ...SETTINGS }, clock)));
  };
  const closeAll = async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    replicas = [];
  };
  const runs = () =>
    // The platform's hourly dead-letter retention runs in every service too; this test is about case coordination's two jobs.
    queryDatabase<RunRow>(
      environment.database.url,
      'SELECT job, slot, replica, attempts, finished_at IS NOT NULL AS finished FROM scheduled_run WHERE job <> $1 ORDER BY job, started_at',
      [DEAD_LETTER_RETENTION_JOB],
    );
  const daysRun = (calls: Date[][]) => calls.map(([now]) => danishToday(now));
  /** The replicas that have checked `job` at `since` or later (whether or not they won). */
  const checkedSince = (job: string, since: Date) =>
    new Set(claims.mock.calls.filter(([name, , , now]) => name === job && now >= since).map(([, , replica]) => replica));

  /** Moves the clock to `instant` and waits until both replicas have checked both jobs there and `slots` are done. */
  const moveTo = async (instant: string, slots: [string, string][]) => {
    clock.set(instant);
    const since = new Date(instant);
    await waitFor(`both replicas to check both jobs at ${instant}`, () => [RETENTION, OVERDUE].map((job) => checkedSince(job, since).size), (sizes) => sizes.every((size) => size === 2));
    await waitFor(`the runs of ${JSON.stringify(slots)} to finish`, runs, (rows) =>
      slots.every(([job, slot]) => rows.some((row) => row.job === job && row.slot === slot && row.finished)),
    );
  };

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', namespace);
  });

  afterAll(async () => {
    await closeAll();
    await environment?.database.drop();
    jest.restoreAllMocks();
  });

  it('runs each job once per slot, at its Danish time, across the days summer time begins and ends', async () => {
    await startTwo();
    expect(new Set(replicas.map((replica) => replica.app.get(JobScheduler).replica)).size).toBe(2);
    // Started after both jobs' time on Friday 26 March: that day's runs are caught up at start.
    await moveTo('2027-03-26T09:00:00Z', [[RETENTION, '2027-03-26'], [OVERDUE, '2027-03-26']]);
    await moveTo('2027-03-27T01:30:00Z', [[RETENTION, '2027-03-27'], [OVERDUE, '2027-03-27']]);
    // 01:30 winter time on the night summer time begins: the overdue report's time has come, retention's not.
    await moveTo('2027-03-28T00:30:00Z', [[OVERDUE, '2027-03-28']]);
    // The clocks jump from 02:00 to 03:00: retention's 02:00 comes as they show 03:00.
    await moveTo('2027-03-28T01:00:00Z', [[RETENTION, '2027-03-28']]);
    // 02:00 summer time on the night summer time ends, and 02:00 again an hour later in winter time.
    await moveTo('2027-10-31T00:00:00Z', [[RETENTION, '2027-10-31'], [OVERDUE, '2027-10-31']]);
    await moveTo('2027-10-31T01:00:00Z', []);
    await moveTo('2027-11-01T01:00:00Z', [[RETENTION, '2027-11-01'], [OVERDUE, '2027-11-01']]);
    await closeAll();

    const days = ['2027-03-26', '2027-03-27', '2027-03-28', '2027-10-31', '2027-11-01'];
    const rows = await runs();
    expect(rows.map(({ job, slot, attempts, finished }) => [job, slot, attempts, finished])).toEqual([
      ...days.map((day) => [OVERDUE, day, 1, true]),
      ...days.map((day) => [RETENTION, day, 1, true]),
    ]);
    expect(daysRun(retentionRuns.mock.calls)).toEqual(days);
    expect(daysRun(overdueRuns.mock.calls)).toEqual(days);
  });

  it('catches up a slot no replica ran when one starts, and takes over a dead replica’s claim once its lease has run out', async () => {
    const [retentionBefore, overdueBefore] = [retentionRuns.mock.calls.length, overdueRuns.mock.calls.length];
    // No replica ran at 02:00 on 3 November; the overdue report's slot was claimed at 08:00 by a replica that then died.
    clock.set('2027-11-03T08:00:00Z');
    await queryDatabase(
      environment.database.url,
      `INSERT INTO scheduled_run (job, slot, replica, started_at, lease_until) VALUES ($1, '2027-11-03', 'død-replika', '2027-11-03T08:00:00Z', '2027-11-03T08:10:00Z')`,
      [OVERDUE],
    );
    await startTwo();
    await moveTo('2027-11-03T08:00:00Z', [[RETENTION, '2027-11-03']]);
    expect((await runs()).find((row) => row.job === OVERDUE && row.slot === '2027-11-03')).toEqual({ job: OVERDUE, slot: '2027-11-03', replica: 'død-replika', attempts: 1, finished: false });

    await moveTo('2027-11-03T08:10:00Z', [[OVERDUE, '2027-11-03']]);
    await closeAll();

    const taken = (await runs()).filter((row) => row.slot === '2027-11-03');
    expect(taken.map(({ job, attempts, finished }) => [job, attempts, finished])).toEqual([
      [OVERDUE, 2, true],
      [RETENTION, 1, true],
    ]);
    expect(taken[0].replica).not.toBe('død-replika');
    expect(daysRun(retentionRuns.mock.calls).slice(retentionBefore)).toEqual(['2027-11-03']);
    expect(daysRun(overdueRuns.mock.calls).slice(overdueBefore)).toEqual(['2027-11-03']);
  });
});
