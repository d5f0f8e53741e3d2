import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { principalFromClaims, type Principal } from './principal';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** https:// JWKS of the identity provider, or file:/// of a JWKS (development and tests). */
  jwksUri: string;
}

/** Why a token was refused, short and without any of the token's content. */
export type TokenProblem = 'expired' | 'wrong-audience' | 'wrong-issuer' | 'bad-signature' | 'unknown-key' | 'malformed' | 'no-subject' | 'not-yet-valid';

export class InvalidTokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`invalid token: ${problem}`);
    this.name = 'InvalidTokenError';
  }
}

/** Algorithms the municipality's provider (Entra ID: RS256) and the development issuer use. */
const ALGORITHMS = ['RS256', 'PS256', 'ES256'];

function problemOf(error: unknown): TokenProblem {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'nbf') return 'not-yet-valid';
    return 'malformed';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  return 'malformed';
}

function keySet(jwksUri: string): JWTVerifyGetKey {
  if (jwksUri.startsWith('file://')) {
    return createLocalJWKSet(JSON.parse(readFileSync(fileURLToPath(jwksUri), 'utf8')) as JSONWebKeySet);
  }
  return createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
}

/**
 * Verifies OIDC bearer tokens against the issuer's keys: signature, issuer, audience,
 * expiry (with 30 s of clock skew), and that there is a subject.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.keys = keySet(options.jwksUri);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 30,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new InvalidTokenError(problemOf(error));
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('no-subject');
    return principalFromClaims({ ...payload, sub: payload.sub });
  }
}
