import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './process.mjs';

/**
 * The four services, their default ports and their own local databases. The list lives in
 * the platform lib, which the audit-log CLI compiles with, so a build needs nothing from scripts/.
 */
export const SERVICES = JSON.parse(readFileSync(path.join(ROOT, 'libs/platform/src/config/services.json'), 'utf8'));
