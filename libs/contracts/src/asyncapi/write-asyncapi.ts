import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAsyncApiDocument } from './build-asyncapi';

export const ASYNCAPI_PATH = resolve(__dirname, '../../../../docs/asyncapi.json');

export function renderAsyncApiDocument(): string {
  return `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(ASYNCAPI_PATH, renderAsyncApiDocument());
  console.log(`wrote ${ASYNCAPI_PATH}`);
}
