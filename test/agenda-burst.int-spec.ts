import { PAGE_LIMIT_MAX, Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { loadAgendaHistory } from './fixtures/agenda-history.fixture';

/*
 * Issue 18, finding 6, the must-show: after a history load the Monday agenda listed 9,900
 * persons per answer (23.6 MB, +200 MB of memory per request), and a burst well under the
 * per-minute limit took case coordination to 3.6 GB and made it unhealthy for minutes.
 *
 * Here: 6,000 flagged persons with 18,000 new incidents, then the per-subject limit's worth
 * of agenda requests (and a few more) from one consultant at once. Every answer is a page or
 * a 429 with Retry-After; the probes answer 200 within the probes' 5 s timeout
 * (k8s/services/base/service.yaml) throughout; the heap of this process, which runs the
 * service and parses the answers, grows by less than HEAP_GROWTH_BOUND_MB.
 *
 * The bound is the peak of heapUsed, garbage not yet collected included, so it moves with the
 * collector's timing: 52–57 MB in most runs, 162 MB in one with other suites' services in the
 * same process. 256 MB keeps the service's production heap (384 MB, about 100 MB of it in use
 * when idle) from running out; the agenda before paging took about 200 MB per request.
 *
 * Measured on a busy 2-core machine: the slowest ready probe 1.4–3.3 s
 * (it waits for a pool connection behind the burst's rate-limit and audit queries; the agenda
 * holds at most AGENDA_READS_AT_ONCE connections).
 *
 * Negative control: with apps/case-coordination/src/agenda as it was before paging (every
 * candidate in one answer) the burst did not finish within jest's 120 s.
 */

const PERSONS = 6_000;
const PER_SUBJECT_PER_MINUTE = 120;
const EXTRA = 10;
const HEAP_GROWTH_BOUND_MB = 256;
const PROBE_TIMEOUT_MS = 5_000;

interface Answer {
  status: number;
  retryAfter: string | null;
  items: number | null;
  next: string | null | undefined;
}

describe('a burst of agenda requests at the rate limit, after a large history load', () => {
  let environment: ServiceTestEnvironment;
  let cases: RunningService;
  let consultant: string;

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', newTopicNamespace());
    cases = await startTestService(CASE_COORDINATION, {
      ...environment.env,
      MONDAY_GROUP_FIRST_MEETING: '2026-01-05',
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_SUBJECT_PER_MINUTE: String(PER_SUBJECT_PER_MINUTE),
    });
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-byge' });
    await loadAgendaHistory(cases.dataSource, { prefix: 'byge-', persons: PERSONS, incidentsPerPerson: 3, day: TEST_TODAY });
    await cases.dataSource.query('ANALYZE');
  });

  afterAll(async () => {
    await cases?.close();
    await environment?.database.drop();
  });

  it(`answers every request with a page or a 429, keeps /health/live and /health/ready at 200, and grows the heap by less than ${HEAP_GROWTH_BOUND_MB} MB`, async () => {
    const agenda = async (): Promise<Answer> => {
      const response = await fetch(`${cases.url}/meetings/next/agenda?from=${TEST_TODAY}`, { headers: { authorization: `Bearer ${consultant}` } });
      if (response.status !== 200) {
        await response.body?.cancel();
        return { status: response.status, retryAfter: response.headers.get('retry-after'), items: null, next: undefined };
      }
      const page = (await response.json()) as { items: unknown[]; next?: string | null };
      return { status: 200, retryAfter: null, items: page.items.length, next: page.next };
    };

    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const sampler = setInterval(sample, 5);

    let burstDone = false;
    const probes: { path: string; status: number; ms: number }[] = [];
    const probing = (async () => {
      while (!burstDone) {
        for (const path of ['/health/live', '/health/ready']) {
          const started = performance.now();
          const status = await fetch(`${cases.url}${path}`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
            async (response) => {
              await response.body?.cancel();
              return response.status;
            },
            () => 0,
          );
          probes.push({ path, status, ms: Math.round(performance.now() - started) });
          sample();
        }
      }
    })();

    let answers: Answer[];
    try {
      answers = await Promise.all(
        Array.from({ length: PER_SUBJECT_PER_MINUTE + EXTRA }, async () => {
          const answer = await agenda();
          sample();
          return answer;
        }),
      );
    } finally {
      burstDone = true;
      await probing;
      clearInterval(sampler);
    }
    sample();
    const growthMb = (peak - baseline) / 2 ** 20;
    process.stdout.write(`agenda burst: heap growth ${growthMb.toFixed(1)} MB, ${probes.length} probes, slowest live ${Math.max(...probes.filter((probe) => probe.path === '/health/live').map((probe) => probe.ms))} ms, ready ${Math.max(...probes.filter((probe) => probe.path === '/health/ready').map((probe) => probe.ms))} ms\n`);

    const pages = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(pages.length + refused.length).toBe(answers.length);
    expect(pages).toHaveLength(PER_SUBJECT_PER_MINUTE);
    for (const answer of refused) expect(Number(answer.retryAfter)).toBeGreaterThan(0);

    expect(probes.filter((probe) => probe.path === '/health/ready').length).toBeGreaterThan(0);
    expect(probes.filter((probe) => probe.status !== 200)).toEqual([]);

    expect(growthMb).toBeLessThan(HEAP_GROWTH_BOUND_MB);
    for (const page of pages) {
      expect(page.items).toBeLessThanOrEqual(PAGE_LIMIT_MAX);
      expect(page.next).toEqual(expect.any(String));
    }
  });
});
