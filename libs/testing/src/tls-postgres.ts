import { execFile } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './child-process';

const run = promisify(execFile);

/** A certificate authority of the test's own: its certificate file, and how to sign a server's key with it. */
export interface TestCertificateAuthority {
  certificateFile: string;
  /** A server key and certificate for `names` (DNS names, and IP addresses for dotted ones), signed by this CA. */
  issue(name: string, names: string[]): Promise<{ keyFile: string; certificateFile: string }>;
}

/** Makes a CA in `folder` with the machine's openssl (a 2048-bit RSA key, valid for a day). */
export async function createCertificateAuthority(folder: string, name: string): Promise<TestCertificateAuthority> {
  const key = path.join(folder, `${name}.key`);
  const certificateFile = path.join(folder, `${name}.crt`);
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificateFile, '-days', '1', '-subj', `/CN=${name}`]);
  return {
    certificateFile,
    issue: async (serverName, names) => {
      const serverKey = path.join(folder, `${serverName}.key`);
      const request = path.join(folder, `${serverName}.csr`);
      const serverCertificate = path.join(folder, `${serverName}.crt`);
      const extensions = path.join(folder, `${serverName}.ext`);
      const subjectAltNames = names.map((entry) => (/^\d+(\.\d+){3}$/.test(entry) ? `IP:${entry}` : `DNS:${entry}`)).join(',');
      writeFileSync(extensions, `subjectAltName=${subjectAltNames}\n`);
      await run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', serverKey, '-out', request, '-subj', `/CN=${names[0]}`]);
      await run('openssl', ['x509', '-req', '-in', request, '-CA', certificateFile, '-CAkey', key, '-CAcreateserial', '-out', serverCertificate, '-days', '1', '-extfile', extensions]);
      return { keyFile: serverKey, certificateFile: serverCertificate };
    },
  };
}

/** The folder of the machine's PostgreSQL server programs (initdb, pg_ctl), the newest there is. */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((entry) => /^\d+$/.test(entry)).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error(`no PostgreSQL server programs under ${root} (Debian's postgresql package)`);
  return path.join(root, versions[0], 'bin');
}

export interface TlsPostgres {
  port: number;
  /** A database URL on this server; `query` is appended as the URL's search string. */
  url(database: string, query: string): string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder, that accepts only TLS
 * connections (pg_hba: `hostssl` alone) on 127.0.0.1, presenting `certificate`. PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startTlsPostgres(certificate: { keyFile: string; certificateFile: string }): Promise<TlsPostgres> {
  const bin = postgresBinaries();
  const folder = mkdtempSync(path.join(tmpdir(), 'ssp-tls-postgres-'));
  const data = path.join(folder, 'data');
  const asRoot = userInfo().uid === 0;
  const owner = asRoot ? await postgresUser() : undefined;
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const as = (program: string, args: string[]) => (owner ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]) : run(path.join(bin, program), args));
  await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  // The server reads its key only if no one else may (0600, its own user).
  for (const [source, target] of [
    [certificate.keyFile, 'server.key'],
    [certificate.certificateFile, 'server.crt'],
  ]) {
    const destination = path.join(data, target);
    copyFileSync(source, destination);
    chmodSync(destination, 0o600);
    if (owner) chownSync(destination, owner.uid, owner.gid);
  }
  const port = await freePort();
  writeFileSync(path.join(data, 'pg_hba.conf'), 'hostssl all all 127.0.0.1/32 trust\n');
  const settings = [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${folder}'`, 'ssl = on', 'fsync = off', 'max_connections = 50'];
  writeFileSync(path.join(data, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
  if (owner) chownSync(path.join(data, 'postgresql.auto.conf'), owner.uid, owner.gid);
  await as('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '60', 'start']);
  return {
    port,
    url: (database, query) => `postgres://postgres@localhost:${port}/${database}?${query}`,
    stop: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The ids of the `postgres` user, which Debian's PostgreSQL package makes. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim())));
  return { uid, gid };
}
