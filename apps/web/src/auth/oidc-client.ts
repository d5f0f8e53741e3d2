/** One authorization request (code flow with PKCE): where to send the browser, and what to expect back. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export type ExpectedCallback = Pick<AuthorizationRequest, 'state' | 'nonce' | 'codeVerifier'>;

/** Who signed in, as the provider's ID token says, and the access token the services check. */
export interface SignedInPerson {
  subject: string;
  name: string | null;
  roles: string[];
  accessToken: string;
  /** Seconds from now, as the token endpoint answered. */
  accessTokenLifetimeSeconds: number;
  idToken: string | null;
}

/** The provider refused, or the callback did not fit the request: the person starts again. */
export class SignInFailedError extends Error {
  constructor(readonly reason: string) {
    super(`sign-in failed: ${reason}`);
    this.name = 'SignInFailedError';
  }
}

/**
 * The OpenID Connect relying party, as the rest of the app sees it. The real one
 * (`OpenIdConnectClient`) loads the ESM-only openid-client at run time; the app's other
 * parts and their tests know only this.
 */
export abstract class OidcClient {
  abstract authorizationRequest(): Promise<AuthorizationRequest>;
  abstract signIn(callbackUrl: URL, expected: ExpectedCallback): Promise<SignedInPerson>;
  /** The provider's end-session URL, to end the person's sign-in there too; null if it has none. */
  abstract signOutUrl(idToken: string | null): Promise<string | null>;
}
