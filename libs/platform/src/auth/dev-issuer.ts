import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import { CLAIMS } from './principal';
import type { Role } from './roles';

export const DEV_ISSUER = 'http://localhost/ssp-dev-issuer';
export const DEV_AUDIENCE = 'api://ssp';

export interface DevTokenRequest {
  roles: Role[];
  groups?: string[];
  areas?: string[];
  subject?: string;
  name?: string;
  /** Negative for a token that has already expired. */
  expiresInSeconds?: number;
  audience?: string;
  issuer?: string;
}

function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * A local identity provider for development and tests: one RSA key pair kept in a folder
 * (private key readable by its owner only), a JWKS file the services trust through
 * OIDC_JWKS_URI=file://..., and tokens shaped like the municipality's provider issues them.
 * Never configured in production: there OIDC_JWKS_URI is the provider's https JWKS.
 */
export class DevIssuer {
  private constructor(
    private readonly privateKey: KeyLike | Uint8Array,
    private readonly keyId: string,
    readonly jwksFile: string,
  ) {}

  static async open(folder: string): Promise<DevIssuer> {
    const privateFile = path.join(folder, 'private-key.jwk.json');
    const jwksFile = path.join(folder, 'jwks.json');
    if (!existsSync(privateFile) || !existsSync(jwksFile)) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
      const kid = randomUUID();
      writeAtomically(privateFile, JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'RS256' }));
      chmodSync(privateFile, 0o600);
      writeAtomically(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] }));
    }
    const jwk = JSON.parse(readFileSync(privateFile, 'utf8')) as JWK & { kid: string };
    return new DevIssuer(await importJWK(jwk, 'RS256'), jwk.kid, jwksFile);
  }

  get jwksUri(): string {
    return pathToFileURL(this.jwksFile).href;
  }

  /** The settings a service needs to trust this issuer. */
  get serviceEnv(): Record<'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_JWKS_URI', string> {
    return { OIDC_ISSUER: DEV_ISSUER, OIDC_AUDIENCE: DEV_AUDIENCE, OIDC_JWKS_URI: this.jwksUri };
  }

  async token(request: DevTokenRequest): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = request.expiresInSeconds ?? 3600;
    return new SignJWT({
      name: request.name,
      [CLAIMS.roles]: request.roles,
      [CLAIMS.groups]: request.groups ?? [],
      [CLAIMS.areas]: request.areas ?? [],
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.keyId, typ: 'JWT' })
      .setIssuer(request.issuer ?? DEV_ISSUER)
      .setAudience(request.audience ?? DEV_AUDIENCE)
      .setSubject(request.subject ?? `dev-${request.roles.join('+') || 'none'}`)
      .setIssuedAt(Math.min(now, now + expiresIn - 60))
      .setExpirationTime(now + expiresIn)
      .sign(this.privateKey);
  }
}
