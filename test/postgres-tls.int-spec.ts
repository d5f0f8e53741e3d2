/*
 * In the cluster the services reach PostgreSQL over TLS and verify the server against the
 * CloudNativePG cluster's CA: the database URL carries `sslmode=verify-full` and
 * `sslrootcert=<the CA's file>` (k8s/README.md). Here a PostgreSQL server of the test's own
 * accepts TLS connections only, with a certificate from a CA the test made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createCertificateAuthority, newTopicNamespace, startTestService, startTlsPostgres, testIssuerEnv, type RunningService, type TestCertificateAuthority, type TlsPostgres } from '@ssp/testing';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

describe('PostgreSQL over TLS, verified against the cluster CA', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ssp-tls-'));
  let clusterCa: TestCertificateAuthority;
  let otherCa: TestCertificateAuthority;
  let server: TlsPostgres;
  let service: RunningService | undefined;

  /** The URL as a service is given it: verify the certificate's chain against `ca` and its name against the host. */
  const verifiedUrl = (ca: TestCertificateAuthority, database = 'postgres', host = 'localhost') =>
    server.url(database, `sslmode=verify-full&sslrootcert=${encodeURIComponent(ca.certificateFile)}`).replace('@localhost:', `@${host}:`);
  const connect = async (connectionString: string) => {
    const client = new Client({ connectionString });
    try {
      await client.connect();
      return 'connected';
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  beforeAll(async () => {
    clusterCa = await createCertificateAuthority(folder, 'ssp-postgres-ca');
    otherCa = await createCertificateAuthority(folder, 'someone-else-ca');
    // Like CNPG's server certificate: the service names only, not the address.
    server = await startTlsPostgres(await clusterCa.issue('ssp-postgres-rw', ['localhost']));
    const admin = new Client({ connectionString: verifiedUrl(clusterCa) });
    await admin.connect();
    await admin.query('CREATE DATABASE ssp_reporting');
    await admin.end();
  });

  afterAll(async () => {
    await service?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs a service on it: migrations, the outbox listener and requests all over verified TLS', async () => {
    service = await startTestService(REPORTING, { ...testIssuerEnv(), KAFKA_TOPIC_NAMESPACE: newTopicNamespace(), DATABASE_URL: verifiedUrl(clusterCa, 'ssp_reporting') });
    expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
    const sessions = (await service.dataSource.query(
      "SELECT count(*)::int AS all, count(*) FILTER (WHERE s.ssl)::int AS tls FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.datname = 'ssp_reporting'",
    )) as { all: number; tls: number }[];
    expect(sessions[0].all).toBeGreaterThan(0);
    expect(sessions[0].tls).toBe(sessions[0].all);
  });

  it('refuses a server whose certificate another CA signed', async () => {
    expect(await connect(verifiedUrl(otherCa))).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('refuses a server whose certificate does not name the host connected to', async () => {
    expect(await connect(verifiedUrl(clusterCa, 'postgres', '127.0.0.1'))).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  // The control of the three above: the server takes nothing but TLS, so the first test's service did use it.
  it('is refused without TLS', async () => {
    // 28000 invalid_authorization_specification: "no pg_hba.conf entry for host ..., no encryption".
    expect(await connect(server.url('postgres', 'sslmode=disable'))).toBe('28000');
  });
});
