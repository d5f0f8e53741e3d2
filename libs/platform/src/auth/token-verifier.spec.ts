import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from './dev-issuer';
import { Role } from './roles';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const newIssuer = () => DevIssuer.open(mkdtempSync(path.join(tmpdir(), 'ssp-issuer-')));

async function problemOf(verifier: TokenVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
    return 'accepted';
  } catch (error) {
    return error instanceof InvalidTokenError ? error.problem : `unexpected ${String(error)}`;
  }
}

describe('TokenVerifier (real RS256 keys from the development issuer)', () => {
  let issuer: DevIssuer;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    issuer = await newIssuer();
    verifier = new TokenVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwksUri: issuer.jwksUri });
  });

  it('turns a valid token into a principal, keeping known roles and dropping unknown ones', async () => {
    const token = await issuer.token({ roles: [Role.sspConsultant, 'admin' as Role], groups: ['mandagsgruppen'], areas: ['nord'], subject: 'u-1' });
    await expect(verifier.verify(token)).resolves.toEqual({ subject: 'u-1', name: undefined, roles: [Role.sspConsultant], groups: ['mandagsgruppen'], areas: ['nord'] });
  });

  it('refuses expired, wrong-audience, wrong-issuer, foreign-key and malformed tokens, saying which', async () => {
    const stranger = await newIssuer();
    const cases: Array<[Promise<string>, string]> = [
      [issuer.token({ roles: [Role.operator], expiresInSeconds: -3600 }), 'expired'],
      [issuer.token({ roles: [Role.operator], audience: 'api://another-system' }), 'wrong-audience'],
      [issuer.token({ roles: [Role.operator], issuer: 'https://evil.example' }), 'wrong-issuer'],
      [stranger.token({ roles: [Role.operator] }), 'unknown-key'],
      [Promise.resolve('not.a.token'), 'malformed'],
    ];
    for (const [token, problem] of cases) {
      expect(await problemOf(verifier, await token)).toBe(problem);
    }
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await issuer.token({ roles: [Role.networkGroupMember] })).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', roles: [Role.secretariat], aud: DEV_AUDIENCE, iss: DEV_ISSUER, exp: 4102444800 })).toString('base64url');
    expect(await problemOf(verifier, `${header}.${forgedPayload}.${signature}`)).toBe('bad-signature');
  });

  it("trusts an issuer's keys from its JWKS URL (Entra ID, or npm start's local provider signing with the development key), and only that issuer's", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ssp-issuer-'));
    const jwks = readFileSync((await DevIssuer.open(folder)).jwksFile);
    const server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const providerIssuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      DevIssuer.recordProvider(folder, providerIssuer);
      const provider = await DevIssuer.open(folder);
      expect(provider.serviceEnv).toEqual({ OIDC_ISSUER: providerIssuer, OIDC_AUDIENCE: DEV_AUDIENCE, OIDC_JWKS_URI: `${providerIssuer}/jwks` });
      const remote = new TokenVerifier({ issuer: providerIssuer, audience: DEV_AUDIENCE, jwksUri: provider.serviceEnv.OIDC_JWKS_URI });
      await expect(remote.verify(await provider.token({ roles: [Role.sspConsultant], subject: 'demo-karen-kjaer' }))).resolves.toMatchObject({ subject: 'demo-karen-kjaer', roles: [Role.sspConsultant] });
      expect(await problemOf(remote, await provider.token({ roles: [Role.sspConsultant], issuer: DEV_ISSUER }))).toBe('wrong-issuer');
      expect(await problemOf(remote, await issuer.token({ roles: [Role.sspConsultant], issuer: providerIssuer }))).toBe('unknown-key');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
