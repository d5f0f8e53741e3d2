import type { WebConfig } from '../web.config';
import { OidcClient, SignInFailedError, type AuthorizationRequest, type ExpectedCallback, type SignedInPerson } from './oidc-client';

type OpenIdClientModule = typeof import('openid-client');
type Configuration = import('openid-client').Configuration;

/** The scopes asked for: who (openid, profile: name) and the roles claim. */
const SCOPE = 'openid profile roles';

/**
 * openid-client is ESM-only: loaded at run time with import(), which Node's require(esm)
 * (Node 20.19, 22.12 and later) serves to this CommonJS app. Jest's module loader cannot, so
 * no unit test loads this file; the browser test drives it in a real process.
 */
function loadOpenIdClient(): Promise<OpenIdClientModule> {
  return import('openid-client');
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The relying party against the municipality's provider (or the local one): discovery on first
 * use (retried after a failure, so the app starts while the provider is down), the code flow
 * with PKCE (S256), state and nonce, the access token asked for the services' resource.
 */
export class OpenIdConnectClient extends OidcClient {
  private configuration?: Promise<Configuration>;

  constructor(private readonly config: Pick<WebConfig, 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_RESOURCE' | 'PUBLIC_URL'>) {
    super();
  }

  private get redirectUri(): string {
    return new URL('/auth/callback', this.config.PUBLIC_URL).href;
  }

  private discovered(client: OpenIdClientModule): Promise<Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.OIDC_ISSUER),
        this.config.OIDC_CLIENT_ID,
        undefined,
        client.ClientSecretBasic(this.config.OIDC_CLIENT_SECRET),
        // Plain http only for a provider on this machine (the configuration allows no other).
        this.config.OIDC_ISSUER.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const client = await loadOpenIdClient();
    const configuration = await this.discovered(client);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      resource: this.config.OIDC_RESOURCE,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  async signIn(callbackUrl: URL, expected: ExpectedCallback): Promise<SignedInPerson> {
    const client = await loadOpenIdClient();
    const configuration = await this.discovered(client);
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(
        configuration,
        callbackUrl,
        { pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true },
        { resource: this.config.OIDC_RESOURCE },
      );
    } catch (error) {
      throw new SignInFailedError(error instanceof Error ? `${error.name}: ${error.message}` : 'unknown');
    }
    const claims = tokens.claims();
    if (!claims) throw new SignInFailedError('no-id-token');
    return {
      subject: claims.sub,
      name: stringClaim(claims.name),
      roles: Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : [],
      accessToken: tokens.access_token,
      accessTokenLifetimeSeconds: tokens.expiresIn() ?? 300,
      idToken: tokens.id_token ?? null,
    };
  }

  /** Null when the provider cannot be reached: the session here has ended all the same. */
  async signOutUrl(idToken: string | null): Promise<string | null> {
    const client = await loadOpenIdClient();
    const configuration = await this.discovered(client).catch(() => null);
    if (!configuration) return null;
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: new URL('/logget-ud', this.config.PUBLIC_URL).href, client_id: this.config.OIDC_CLIENT_ID };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(configuration, parameters).href;
  }
}
