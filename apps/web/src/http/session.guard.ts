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
      const given = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (!sameToken(given, request.webSession.formToken)) throw new FormTokenError();
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, [context.getHandler(), context.getClass()]);
    if (!isPublic && !request.webSession) throw new NotSignedInError(request.sessionEnded ?? null);
    return true;
  }
}
