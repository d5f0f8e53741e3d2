import { OidcClient, SignInFailedError, type AuthorizationRequest, type ExpectedCallback, type SignedInPerson } from './oidc-client';

/**
 * A provider for tests of the web app's own rules (sessions, cookies, forms) without the real
 * one: its callback's `code` names who signs in, and its `state` must be the request's. The
 * browser test (test/web-app.int-spec.ts) signs in through the real provider.
 */
export class OidcStandIn extends OidcClient {
  private requests = 0;

  async authorizationRequest(): Promise<AuthorizationRequest> {
    this.requests += 1;
    return { url: `https://login.example/authorize?n=${this.requests}`, state: `state-${this.requests}`, nonce: `nonce-${this.requests}`, codeVerifier: `verifier-${this.requests}` };
  }

  async signIn(callbackUrl: URL, expected: ExpectedCallback): Promise<SignedInPerson> {
    if (callbackUrl.searchParams.get('state') !== expected.state) throw new SignInFailedError('state-mismatch');
    const subject = callbackUrl.searchParams.get('code') ?? '';
    return { subject, name: 'Karen Kjær', roles: ['ssp-consultant'], accessToken: `token-of-${subject}`, accessTokenLifetimeSeconds: 9 * 3600, idToken: `id-token-of-${subject}` };
  }

  async signOutUrl(idToken: string | null): Promise<string | null> {
    return `https://login.example/logout?hint=${idToken ?? ''}`;
  }
}

/** The state of the stand-in's authorization URL, as the provider would send it back. */
export function stateOf(authorizationUrl: string): string {
  return `state-${new URL(authorizationUrl).searchParams.get('n')}`;
}
