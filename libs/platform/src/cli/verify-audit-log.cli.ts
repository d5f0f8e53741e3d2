// npm run audit:verify -- <service> | --database-url <url>
// Walks a service's audit log hash chain and names every altered, missing or re-linked
// entry. Exit code 0: intact; 1: tampered; 2: usage. With a service name it uses the local
// database `npm start` made (on the server in DATABASE_URL, if set).
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import SERVICES from '../config/services.json';
import { AuditLogService } from '../audit/audit-log.service';
import { SystemClock } from '../time/clock';

function databaseUrlOf(service: string): string | undefined {
  const known = SERVICES.find((candidate) => candidate.name === service);
  if (!known) return undefined;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${known.database}`;
  return url.toString();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { 'database-url': { type: 'string' } }, allowPositionals: true });
  const url = values['database-url'] ?? (positionals[0] ? databaseUrlOf(positionals[0]) : undefined);
  if (!url) {
    process.stderr.write(`usage: npm run audit:verify -- <${SERVICES.map((service) => service.name).join('|')}> | --database-url <url>\n`);
    return 2;
  }
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const result = await new AuditLogService(dataSource, new SystemClock()).verify();
    for (const problem of result.problems) process.stdout.write(`TAMPERED ${problem.detail}\n`);
    const head = result.head ? `head ${result.head.seq} ${result.head.hash}` : 'empty';
    process.stdout.write(`${result.ok ? 'intact' : 'NOT intact'}: ${result.entriesChecked} entries checked, ${head}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
