import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer, type DevTokenRequest } from '@ssp/platform';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The tests' own issuer; test/global-setup.ts creates its keys before any test runs. */
export const TEST_ISSUER_FOLDER = path.resolve(__dirname, '../../../.run/test-issuer');

let issuer: Promise<DevIssuer> | undefined;

export function testIssuer(): Promise<DevIssuer> {
  issuer ??= DevIssuer.open(TEST_ISSUER_FOLDER);
  return issuer;
}

export async function testToken(request: DevTokenRequest): Promise<string> {
  return (await testIssuer()).token(request);
}

/** What a test service needs to trust the test issuer. */
export function testIssuerEnv(): Record<string, string> {
  return {
    OIDC_ISSUER: DEV_ISSUER,
    OIDC_AUDIENCE: DEV_AUDIENCE,
    OIDC_JWKS_URI: pathToFileURL(path.join(TEST_ISSUER_FOLDER, 'jwks.json')).href,
  };
}
