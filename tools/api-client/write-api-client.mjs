// Writes libs/api-client/src/<service>.ts from docs/openapi/<service>.json with openapi-typescript:
// the services' API as TypeScript types (paths, operations, schemas), for the web app and any
// other frontend. `--check` writes nothing and fails when a committed file differs from what
// the documents give (tools/api-client/api-client.spec.ts runs it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCUMENTS = path.join(ROOT, 'docs/openapi');
const TARGET = path.join(ROOT, 'libs/api-client/src');

const check = process.argv.includes('--check');
const stale = [];
for (const document of readdirSync(DOCUMENTS).filter((name) => name.endsWith('.json')).sort()) {
  const file = path.join(TARGET, document.replace(/\.json$/, '.ts'));
  const types = astToString(await openapiTS(pathToFileURL(path.join(DOCUMENTS, document)), { alphabetize: false }));
  const text = `/**\n * Generated from docs/openapi/${document} by openapi-typescript (npm run api-client); do not edit.\n */\n${types}`;
  if (!check) writeFileSync(file, text);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(path.relative(ROOT, file));
}
if (stale.length > 0) {
  console.error(`not as docs/openapi gives them (run npm run api-client): ${stale.join(', ')}`);
  process.exit(1);
}
