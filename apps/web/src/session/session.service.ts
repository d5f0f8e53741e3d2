import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@ssp/platform';
import { OidcClient, SignInFailedError } from '../auth/oidc-client';
import { hashOf, randomToken } from './session-cookie';
import { sessionEnd, type SessionEnd, type SessionPolicy } from './session-rules';
import { SessionRepository } from './session.repository';
import { TokenSealer } from './token-sealing';

export const SESSION_POLICY = Symbol('SESSION_POLICY');

/** A sign-in started and not finished within this long is refused (the person starts again). */
export const SIGN_IN_MAX_AGE_MS = 10 * 60_000;

/** The signed-in person a page is shown to, and what it needs to call the services for them. */
export interface ActiveSession {
  subject: string;
  name: string | null;
  roles: string[];
  accessToken: string;
  formToken: string;
}

export type ResumedSession = { kind: 'active'; session: ActiveSession } | { kind: 'ended'; reason: SessionEnd } | { kind: 'none' };

/**
 * Sign-in, the session after it and sign-out. Every decision on time reads the injected clock;
 * a new session gets a new cookie value (never one the browser brought), and an ended one is
 * deleted at once.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly oidc: OidcClient,
    private readonly clock: Clock,
    @Inject(SESSION_POLICY) private readonly policy: SessionPolicy,
    private readonly sealer: TokenSealer,
  ) {}

  /** Returns the sign-in cookie's value and where to send the browser. */
  async beginSignIn(returnTo: string): Promise<{ cookie: string; url: string }> {
    const request = await this.oidc.authorizationRequest();
    const cookie = randomToken();
    await this.sessions.insertSignIn(hashOf(cookie), { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier, returnTo, startedAt: this.clock.now() });
    return { cookie, url: request.url };
  }

  /** Returns the new session cookie's value and the page the person came for. */
  async completeSignIn(signInCookie: string | undefined, callbackUrl: URL): Promise<{ cookie: string; returnTo: string }> {
    if (!signInCookie) throw new SignInFailedError('no-sign-in-cookie');
    const signIn = await this.sessions.takeSignIn(hashOf(signInCookie));
    if (!signIn) throw new SignInFailedError('unknown-sign-in');
    const now = this.clock.now();
    if (now.getTime() - signIn.startedAt.getTime() > SIGN_IN_MAX_AGE_MS) throw new SignInFailedError('sign-in-too-old');
    const person = await this.oidc.signIn(callbackUrl, signIn);
    const cookie = randomToken();
    await this.sessions.insertSession(hashOf(cookie), {
      subject: person.subject,
      name: person.name,
      roles: person.roles,
      accessToken: this.sealer.seal(person.accessToken),
      accessTokenExpiresAt: new Date(now.getTime() + person.accessTokenLifetimeSeconds * 1000),
      idToken: person.idToken === null ? null : this.sealer.seal(person.idToken),
      formToken: randomToken(),
      signedInAt: now,
      lastSeenAt: now,
    });
    await this.sessions.deleteSignInsStartedBefore(new Date(now.getTime() - SIGN_IN_MAX_AGE_MS));
    await this.sessions.deleteSessionsEndedBefore(new Date(now.getTime() - this.policy.idleMs), new Date(now.getTime() - this.policy.absoluteMs));
    return { cookie, returnTo: signIn.returnTo };
  }

  /** The session of a request's cookie, kept alive; or why it ended, after deleting it. */
  async resume(cookie: string | undefined): Promise<ResumedSession> {
    if (!cookie) return { kind: 'none' };
    const idHash = hashOf(cookie);
    const stored = await this.sessions.findSession(idHash);
    if (!stored) return { kind: 'none' };
    const now = this.clock.now();
    const reason = sessionEnd(stored, now, this.policy);
    if (reason) {
      await this.sessions.deleteSession(idHash);
      return { kind: 'ended', reason };
    }
    const accessToken = this.sealer.open(stored.accessToken);
    if (accessToken === null) {
      // Sealed with another key (SESSION_KEY changed): the session cannot call anything.
      await this.sessions.deleteSession(idHash);
      return { kind: 'none' };
    }
    await this.sessions.touchSession(idHash, now);
    return { kind: 'active', session: { subject: stored.subject, name: stored.name, roles: stored.roles, accessToken, formToken: stored.formToken } };
  }

  /** Ends the session; returns where the provider ends its own sign-in, when it can. */
  async signOut(cookie: string | undefined): Promise<string | null> {
    if (!cookie) return this.oidc.signOutUrl(null);
    const idHash = hashOf(cookie);
    const stored = await this.sessions.findSession(idHash);
    await this.sessions.deleteSession(idHash);
    return this.oidc.signOutUrl(stored?.idToken ? this.sealer.open(stored.idToken) : null);
  }

  /** When the services no longer accept the session's token. */
  async end(cookie: string): Promise<void> {
    await this.sessions.deleteSession(hashOf(cookie));
  }
}
