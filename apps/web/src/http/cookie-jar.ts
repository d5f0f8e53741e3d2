import type { Request, Response } from 'express';
import { cookieNames, cookieOptions, readCookie } from '../session/session-cookie';
import { SIGN_IN_MAX_AGE_MS } from '../session/session.service';

type CookieKind = 'session' | 'signIn';

/**
 * The app's two cookies: the session (no Max-Age: the browser forgets it when closed, and the
 * server ends it by its own rules) and the sign-in in progress (ten minutes).
 */
export class CookieJar {
  private readonly names: Record<CookieKind, string>;

  constructor(private readonly https: boolean) {
    this.names = cookieNames(https);
  }

  read(request: Request, kind: CookieKind): string | undefined {
    return readCookie(request.headers.cookie, this.names[kind]);
  }

  set(response: Response, kind: CookieKind, value: string): void {
    response.cookie(this.names[kind], value, cookieOptions(this.https, kind === 'signIn' ? SIGN_IN_MAX_AGE_MS : undefined));
  }

  clear(response: Response, kind: CookieKind): void {
    response.clearCookie(this.names[kind], cookieOptions(this.https));
  }
}
