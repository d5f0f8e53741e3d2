import { randomBytes } from 'node:crypto';

/**
 * Secrets a service cannot start without, fresh for each test process (never committed):
 * the pseudonym key (ingestion), the identity keys (ingestion encrypts, case
 * coordination decrypts) and the search index key (case coordination).
 */
const PSEUDONYM_KEY = randomBytes(32).toString('base64');
const IDENTITY_KEY = randomBytes(32).toString('base64');
export const TEST_SEARCH_INDEX_KEY = randomBytes(32).toString('base64');

export const TEST_IDENTITY_SECRETS = {
  PSEUDONYM_KEY,
  IDENTITY_KEYS: `test-1:${IDENTITY_KEY}`,
  IDENTITY_ACTIVE_KEY_ID: 'test-1',
};

const SECRETS_BY_SERVICE: Record<string, Record<string, string>> = {
  'police-list-ingestion': TEST_IDENTITY_SECRETS,
  'case-coordination': { IDENTITY_KEYS: TEST_IDENTITY_SECRETS.IDENTITY_KEYS, IDENTITY_ACTIVE_KEY_ID: TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID, SEARCH_INDEX_KEY: TEST_SEARCH_INDEX_KEY },
};

export function testSecretsOf(service: string): Record<string, string> {
  return SECRETS_BY_SERVICE[service] ?? {};
}
