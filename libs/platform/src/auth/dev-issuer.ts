import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import { CLAIMS } from './principal';
import type { Role } from './roles';

export const DEV_ISSUER = 'http://localhost/ssp-dev-issuer';
export const DEV_AUDIENCE = 'api://ssp';

const PROVIDER_ISSUER_FILE = 'provider-issuer';

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
    /** DEV_ISSUER, or the local OpenID provider's issuer when it signs with this folder's key. */
    readonly issuer: string,
  ) {}

  /**
   * npm start's local OpenID provider (tools/oidc/provider.mjs) signs with this folder's key at
   * its own issuer: recorded here, tokens from this issuer carry it and the services trust the
   * provider's JWKS URL, so `npm run token` signs as the provider does.
   */
  static recordProvider(folder: string, issuer: string): void {
    writeAtomically(path.join(folder, PROVIDER_ISSUER_FILE), `${issuer}\n`);
  }

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
    const providerFile = path.join(folder, PROVIDER_ISSUER_FILE);
    const issuer = existsSync(providerFile) ? readFileSync(providerFile, 'utf8').trim() : DEV_ISSUER;
    return new DevIssuer(await importJWK(jwk, 'RS256'), jwk.kid, jwksFile, issuer);
  }

  get jwksUri(): string {
    return pathToFileURL(this.jwksFile).href;
  }

  /** The settings a service needs to trust this issuer. */
  get serviceEnv(): Record<'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_JWKS_URI', string> {
    const jwksUri = this.issuer === DEV_ISSUER ? this.jwksUri : `${this.issuer}/jwks`;
    return { OIDC_ISSUER: this.issuer, OIDC_AUDIENCE: DEV_AUDIENCE, OIDC_JWKS_URI: jwksUri };
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
      .setIssuer(request.issuer ?? this.issuer)
      .setAudience(request.audience ?? DEV_AUDIENCE)
      .setSubject(request.subject ?? `dev-${request.roles.join('+') || 'none'}`)
      .setIssuedAt(Math.min(now, now + expiresIn - 60))
      .setExpirationTime(now + expiresIn)
      .sign(this.privateKey);
  }
}
