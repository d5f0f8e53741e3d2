import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './process.mjs';

/** The four services, their default ports and their own databases (scripts/services.json). */
export const SERVICES = JSON.parse(readFileSync(path.join(ROOT, 'scripts/services.json'), 'utf8'));
