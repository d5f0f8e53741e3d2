// npm run ingest -- <file> [--url http://127.0.0.1:3001] [--list-date YYYY-MM-DD]
// Uploads a police list to the running ingestion service with a progress bar and prints the
// summary. The token comes from SSP_TOKEN, else from the local development issuer (the
// secretariat role), which is what `npm start` trusts.
import { SingleBar } from 'cli-progress';
import { DevIssuer, Role } from '@ssp/platform';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { uploadFile } from './multipart-upload';

interface Summary {
  id: string;
  rows: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  blank: number;
  unknownColumns: string[];
  alreadyIngested: boolean;
  errorCount: number;
  errors: { line: number; field: string; reason: string }[];
}

const SHOWN_ERRORS = 20;

async function bearerToken(): Promise<string> {
  if (process.env.SSP_TOKEN) return process.env.SSP_TOKEN;
  const issuer = await DevIssuer.open(path.resolve(__dirname, '../../../../.run/dev-issuer'));
  return issuer.token({ roles: [Role.secretariat], groups: ['koordinationsteam'], subject: 'ingest-cli' });
}

function report(summary: Summary, baseUrl: string): string {
  const lines = [
    summary.alreadyIngested ? 'Denne fil er indlæst før; intet er ændret. Resumé af første indlæsning:' : 'Listen er indlæst:',
    `  rækker ${summary.rows}: ${summary.accepted} nye hændelser, ${summary.rejected} afvist, ${summary.duplicates} dubletter, ${summary.blank} tomme`,
    ...(summary.unknownColumns.length > 0 ? [`  ukendte kolonner (ignoreret): ${summary.unknownColumns.join(', ')}`] : []),
    ...summary.errors.slice(0, SHOWN_ERRORS).map((error) => `  linje ${error.line}, ${error.field}: ${error.reason}`),
    ...(summary.errorCount > SHOWN_ERRORS ? [`  ... og ${summary.errorCount - SHOWN_ERRORS} fejl mere`] : []),
    ...(summary.errorCount > 0 ? [`  fejlene som CSV, 200 ad gangen (næste side i Link-headeren): ${baseUrl}/police-lists/${summary.id}/errors?format=csv&limit=200`] : []),
    `  liste-id ${summary.id}`,
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { url: { type: 'string', default: 'http://127.0.0.1:3001' }, 'list-date': { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || !existsSync(file)) {
    process.stderr.write('usage: npm run ingest -- <file.csv|file.xlsx> [--url http://127.0.0.1:3001] [--list-date YYYY-MM-DD]\n');
    return 2;
  }
  const bar = new SingleBar({ format: 'Sender {bar} {percentage}% | {value}/{total} bytes', hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000, stream: process.stderr });
  let started = false;
  const answer = await uploadFile(
    new URL('/police-lists', values.url),
    file,
    values['list-date'] ? { listDate: values['list-date'] } : {},
    { authorization: `Bearer ${await bearerToken()}` },
    ({ sent, total }) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(sent);
      if (sent === total) {
        bar.stop();
        process.stderr.write('Filen er sendt; rækkerne kontrolleres og indlæses ...\n');
      }
    },
  );
  if (answer.status === 200 || answer.status === 201) {
    process.stdout.write(report(JSON.parse(answer.body) as Summary, values.url));
    return 0;
  }
  const problem = JSON.parse(answer.body) as { message?: string | string[] };
  process.stderr.write(`Listen blev ikke indlæst (HTTP ${answer.status}): ${[problem.message ?? answer.body].flat().join('; ')}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
