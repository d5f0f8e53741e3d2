/*
 * The Monday group's reads at 100,000 persons (issue 19): pages of the agenda and person
 * searches, each at 50 requests/s on a fixed schedule (open loop: latency counts from when a
 * request was due), against case coordination compiled and in a process of its own with the
 * production heap (--max-old-space-size=384). The persons have encrypted identities (varied
 * Danish names, birth dates over ten years, CPR numbers), review flags and a new incident each,
 * so every one of them is on the agenda, one in a hundred with an overdue intervention; two
 * persons share each journal number (co-suspects), so every item links one other person. The
 * service's own start-up indexer makes the search index and finds the likely duplicates behind
 * the running service; the loads start once it is done. Prints how long the service took to be
 * ready and to index, p50/p95/p99 of each load and the service's peak resident memory.
 */
import { DevIssuer, IdentityCipher, MembershipRepository, Role, runMigrationsUnderLock, serviceDataSourceOptions } from '@ssp/platform';
import { ChildNodeProcess, freePort, TEST_IDENTITY_SECRETS, TEST_SEARCH_INDEX_KEY, waitFor } from '@ssp/testing';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { SCHEMA } from '../apps/case-coordination/src/database/schema';
import { ReviewFlagRepository } from '../apps/case-coordination/src/persons/review-flag.repository';
import { brokers, type Result } from './baselines';
import { withDatabase } from './bench-database';
import { openLoop, percentiles } from './open-loop';
import { peakRssOf } from './process-memory';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
/** Requests per second of each load; the issue asks for 50 (BENCH_MONDAY_RATE to find what a machine sustains). */
const RATE = Number(process.env.BENCH_MONDAY_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_MONDAY_SECONDS ?? 20);
/**
 * Seconds of the same load before each measured one, printed apart and not counted: the
 * service's code is not yet optimised and the database's caches are cold at first (the first
 * 150 requests took 100–330 ms, the rest 20–130 ms). A meeting's reads come from a running
 * service; its cold start is printed so that it stays visible.
 */
const WARM_UP_SECONDS = Number(process.env.BENCH_MONDAY_WARM_UP_SECONDS ?? 10);
/** The agenda pages the load walks (found by following `next` before it starts). */
const AGENDA_PAGES = 20;
const MEETING_DAY = '2026-11-23';
/** The bench's caller: an SSP consultant with a seat in the Monday group in the registry. */
export const CONSULTANT = 'bench-konsulent';
const FIRST_NAMES = ['Søren', 'Mads', 'Anne', 'Ida', 'Frederik', 'Sofie', 'Emil', 'Freja', 'Noah', 'Ella', 'Oscar', 'Clara', 'William', 'Alma', 'Lucas', 'Karla', 'Victor', 'Josefine', 'Malthe', 'Asta', 'Magnus', 'Agnes', 'Elias', 'Laura', 'Aksel', 'Emma', 'Carl', 'Olivia', 'Alfred', 'Luna'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Aagaard', 'Kjær', 'Lund', 'Holm', 'Bech'];

interface BenchPerson {
  pseudonym: string;
  name: string;
  birthDate: string;
  cpr: string;
}

/** The `index`th person: names cycle so that a full name is shared by some hundred persons, a name with a birth date by about one. */
function personAt(index: number): BenchPerson {
  const born = new Date(Date.UTC(2006, 0, 1) + (index % 3650) * 86_400_000);
  const birthDate = born.toISOString().slice(0, 10);
  const cpr = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${String(index % 10_000).padStart(4, '0')}`;
  const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`;
  return { pseudonym: createHash('sha256').update(`bench-person-${index}`).digest('hex'), name, birthDate, cpr };
}

/** Persons, identities, flags and one new incident each, 10,000 to a statement. */
export async function loadPersons(url: string): Promise<void> {
  const dataSource = new DataSource(serviceDataSourceOptions(url, SCHEMA));
  await dataSource.initialize();
  try {
    await runMigrationsUnderLock(dataSource);
    // The consultant's seat in the Monday group, as the registry's topic would have put it in this service's copy.
    await new MembershipRepository(dataSource.manager).put({ membershipId: randomUUID(), subject: CONSULTANT, bodyId: 'mandagsgruppen', areaId: null, validFrom: '2026-01-01', validTo: null });
    const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
    for (let from = 0; from < PERSONS; from += 10_000) {
      const persons = Array.from({ length: Math.min(10_000, PERSONS - from) }, (_, offset) => personAt(from + offset));
      const identities = persons.map((person) => cipher.encrypt(JSON.stringify({ cpr: person.cpr, name: person.name, birthDate: person.birthDate, protectedAddress: false }), person.pseudonym));
      const pseudonyms = persons.map((person) => person.pseudonym);
      await dataSource.transaction(async (tx) => {
        await tx.query(`INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date) SELECT p, 'strong', $2::date FROM unnest($1::text[]) p`, [pseudonyms, MEETING_DAY]);
        await tx.query('INSERT INTO person_identity (person_pseudonym, key_id, iv, ciphertext, auth_tag) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])', [
          pseudonyms,
          identities.map((identity) => identity.keyId),
          identities.map((identity) => identity.iv),
          identities.map((identity) => identity.ciphertext),
          identities.map((identity) => identity.authTag),
        ]);
        await tx.query(
          `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at, newest_incident_date)
           SELECT p, 1 + n % 9, jsonb_build_array(jsonb_build_object('code', 'suspect-or-charged', 'weight', 1 + n % 9, 'text', 'Mistænkt eller sigtet')), now(), $2::date - (n % 40)::int
             FROM unnest($1::text[]) WITH ORDINALITY AS t(p, n)`,
          [pseudonyms, MEETING_DAY],
        );
        await tx.query(
          `INSERT INTO person_incident (incident_id, person_pseudonym, list_id, journal_number, role, incident_date, offence_category, age_at_incident, area_id)
           SELECT gen_random_uuid(), p, $2::uuid, 'J-' || (($4::int + n - 1) / 2), 'suspect', $3::date - (n % 40)::int, 'tyveri', 15, 'nord' FROM unnest($1::text[]) WITH ORDINALITY AS t(p, n)`,
          [pseudonyms, randomUUID(), MEETING_DAY, from],
        );
        // One person in a hundred has an agreed intervention past its deadline: escalated on the agenda.
        const overdue = (await tx.query(
          `WITH overdue AS (SELECT p, gen_random_uuid() AS case_id FROM unnest($1::text[]) WITH ORDINALITY AS t(p, n) WHERE n % 100 = 0),
                cases AS (INSERT INTO person_case (id, person_pseudonym, state, opened_at) SELECT case_id, p, 'action-agreed', now() FROM overdue)
           INSERT INTO intervention (id, case_id, person_pseudonym, title, owner_body, responsible, deadline, status)
           SELECT gen_random_uuid(), case_id, p, 'Samtale', 'mandagsgruppen', 'SSP-konsulent', $2::date - 7, 'agreed' FROM overdue RETURNING person_pseudonym`,
          [pseudonyms, MEETING_DAY],
        )) as { person_pseudonym: string }[];
        // As the service does when an intervention is agreed: the flag keeps the earliest deadline.
        await new ReviewFlagRepository(tx).refreshInterventionDue(overdue.map((row) => row.person_pseudonym));
      });
    }
    await dataSource.query('VACUUM ANALYZE');
  } finally {
    await dataSource.destroy();
  }
}

/** The agenda's first pages, by following `next`: the paths the load asks for. */
export async function agendaPaths(base: string, token: string): Promise<string[]> {
  const paths: string[] = [];
  let after: string | null = null;
  do {
    const pagePath: string = `/meetings/next/agenda?from=${MEETING_DAY}&limit=50${after ? `&after=${after}` : ''}`;
    const response = await fetch(`${base}${pagePath}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`the agenda answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    paths.push(pagePath);
    after = ((await response.json()) as { next: string | null }).next;
  } while (after !== null && paths.length < AGENDA_PAGES);
  return paths;
}

/** Searches as a Monday-group member makes them: name with birth date, CPR number, name alone (capped at 20 with `more`). */
export function searchPaths(): string[] {
  return Array.from({ length: 300 }, (_, index) => {
    const person = personAt((index * 7919) % PERSONS);
    const purpose = 'purpose=monday-group-meeting';
    if (index % 3 === 0) return `/persons?name=${encodeURIComponent(person.name)}&birthDate=${person.birthDate}&${purpose}`;
    if (index % 3 === 1) return `/persons?cpr=${person.cpr}&${purpose}`;
    return `/persons?name=${encodeURIComponent(person.name)}&${purpose}`;
  });
}

/** Case coordination's settings for the Monday group's loads: the production heap, no rate limit in the way, the bench's meeting schedule and keys. */
export function mondayGroupServiceEnv(issuer: DevIssuer, url: string, port: number): Record<string, string> {
  return {
    ...issuer.serviceEnv,
    NODE_OPTIONS: '--max-old-space-size=384',
    DATABASE_URL: url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_NAMESPACE: `bench${randomBytes(4).toString('hex')}.`,
    HTTP_PORT: String(port),
    LOG_LEVEL: 'error',
    MONDAY_GROUP_FIRST_MEETING: '2026-01-05',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_SUBJECT_PER_MINUTE: '1000000',
    IDENTITY_KEYS: TEST_IDENTITY_SECRETS.IDENTITY_KEYS,
    IDENTITY_ACTIVE_KEY_ID: TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID,
    SEARCH_INDEX_KEY: TEST_SEARCH_INDEX_KEY,
  };
}

export async function mondayGroupReads(): Promise<Result[]> {
  const issuer = await DevIssuer.open(path.join(mkdtempSync(path.join(tmpdir(), 'ssp-bench-')), 'issuer'));
  return withDatabase(async (url) => {
    console.log(`case coordination: writing ${PERSONS.toLocaleString('en')} persons with identities, flags and incidents ...`);
    await loadPersons(url);
    const port = await freePort();
    const startedAt = performance.now();
    const service = ChildNodeProcess.startBuilt('case-coordination', mondayGroupServiceEnv(issuer, url, port));
    try {
      const base = `http://127.0.0.1:${port}`;
      const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(0);
      await waitFor('case coordination to answer', () => fetch(`${base}/health/ready`).then((response) => response.status, () => 0), (status) => status === 200, { timeoutMs: 5 * 60_000, intervalMs: 500 });
      console.log(`case coordination: ready ${seconds()} s after start`);
      const token = await issuer.token({ roles: [Role.sspConsultant], subject: CONSULTANT });
      // The start-up indexer hashes every identity and finds its duplicates behind the running service; searches answer 503 until it is done.
      const [searchPath] = searchPaths();
      const searchStatus = () => fetch(`${base}${searchPath}`, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.status, () => 0);
      await waitFor('the search index to be complete', searchStatus, (status) => status === 200, { timeoutMs: 30 * 60_000, intervalMs: 2_000 });
      console.log(`case coordination: indexed ${PERSONS.toLocaleString('en')} identities ${seconds()} s after start`);
      const count = RATE * SECONDS;
      const results: Result[] = [];
      for (const [what, paths] of [
        [`agenda pages of 50 (the first ${AGENDA_PAGES})`, await agendaPaths(base, token)],
        ['person searches (name and birth date, CPR, name)', searchPaths()],
      ] as const) {
        const requests = paths.map((pagePath) => [pagePath, token] as [string, string]);
        if (WARM_UP_SECONDS > 0) {
          const warmUp = percentiles(await openLoop(base, requests, RATE * WARM_UP_SECONDS, RATE));
          console.log(`case coordination: warm-up, ${RATE * WARM_UP_SECONDS} ${what} at ${RATE}/s, not counted: ${warmUp.text}`);
        }
        const loadBefore = loadavg()[0];
        const load = percentiles(await openLoop(base, requests, count, RATE));
        console.log(`case coordination: ${count} ${what} at ${RATE}/s over ${PERSONS.toLocaleString('en')} persons: ${load.text} (load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, ${cpus().length} CPUs)`);
        results.push({ name: `case coordination: ${what} at ${RATE}/s over ${PERSONS.toLocaleString('en')} persons, p99 ${load.p99.toFixed(1)} ms (target 100 ms)`, items: count, seconds: SECONDS, perSecond: RATE });
      }
      const peak = peakRssOf(service.pid);
      return results.map((row) => ({ ...row, ...(peak === undefined ? {} : { peakRssMb: Math.round(peak / 1024 / 1024) }) }));
    } finally {
      await service.kill('SIGTERM');
    }
  });
}
