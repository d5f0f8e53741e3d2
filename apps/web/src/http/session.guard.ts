import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { sameToken } from '../session/session-cookie';
import { SessionService } from '../session/session.service';
import { CookieJar } from './cookie-jar';
import { PUBLIC_PAGE } from './public.decorator';
import { FormTokenError, NotSignedInError } from './web-errors';
import type { WebRequest } from './web-request';

/** Methods that change something: every one must carry the session's form token. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The form token a request carries: in the form's fields, or, for a multipart form (a file
 * upload, whose body the app streams on unread), in the form's action URL (`?_csrf=`).
 */
export function formTokenOf(request: Pick<WebRequest, 'body' | 'query' | 'headers'>): unknown {
  if (/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) return (request.query as Record<string, unknown> | undefined)?._csrf;
  return (request.body as Record<string, unknown> | undefined)?._csrf;
}

/**
 * Runs before every route: resumes the request's session (or notes why it ended), refuses a
 * page that needs a signed-in person when there is none, and refuses any form sent without
 * the session's form token (the synchronizer token against cross-site request forgery).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
    private readonly cookies: CookieJar,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WebRequest>();
    request.sessionCookie = this.cookies.read(request, 'session');
    const resumed = await this.sessions.resume(request.sessionCookie);
    if (resumed.kind === 'active') request.webSession = resumed.session;
    if (resumed.kind === 'ended') request.sessionEnded = resumed.reason;
    if (UNSAFE_METHODS.has(request.method) && request.webSession) {
      if (!sameToken(formTokenOf(request), request.webSession.formToken)) throw new FormTokenError();
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, [context.getHandler(), context.getClass()]);
    if (!isPublic && !request.webSession) throw new NotSignedInError(request.sessionEnded ?? null);
    return true;
  }
}
