import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceRefusedError, ServiceUnavailableError } from '../api/service-answer';
import { SignInFailedError } from '../auth/oidc-client';
import { html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { badRequestPage, formExpiredPage, notFoundPage, refusedPage, signInFailedPage, unavailablePage } from '../pages/error.pages';
import { SESSION_END_TEXT } from '../session/session-rules';
import { SessionService } from '../session/session.service';
import { CookieJar } from './cookie-jar';
import { FormTokenError, NotSignedInError } from './web-errors';
import type { WebRequest } from './web-request';

function signInPath(request: WebRequest): string {
  return `/log-ind?til=${encodeURIComponent(request.method === 'GET' ? request.originalUrl : '/')}`;
}

/**
 * Whatever goes wrong, a person gets a Danish page that says what to do, never JSON: not
 * signed in is a redirect to sign-in; a session that just ended says why, with a sign-in
 * link; a service's refusal shows its own Danish reason and code.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('web');

  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: CookieJar,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<WebRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    const signedIn = request.webSession ?? null;
    const send = (status: number, page: string) => void response.status(status).type('html').send(page);

    if (error instanceof NotSignedInError) {
      this.cookies.clear(response, 'session');
      if (!error.ended) return void response.redirect(303, signInPath(request));
      return send(
        401,
        renderPage({ title: 'Du er logget ud', main: html`<h1>Du er logget ud</h1><p>${SESSION_END_TEXT[error.ended]}</p><p><a href="${signInPath(request)}" class="button button-primary">Log ind igen</a></p>` }),
      );
    }
    if (error instanceof ServiceRefusedError) {
      if (error.status === 401 && request.sessionCookie) {
        // The services no longer accept the session's token (revoked, or a key changed): sign in afresh.
        await this.sessions.end(request.sessionCookie);
        this.cookies.clear(response, 'session');
        return void response.redirect(303, signInPath(request));
      }
      if (error.status === 403) return send(403, refusedPage(signedIn, error.refusal));
      if (error.status === 404) return send(404, notFoundPage(signedIn));
      if (error.status === 400) return send(400, badRequestPage(signedIn, error.refusal));
      this.logger.warn(`a service answered ${error.status} to ${request.method} ${request.path}`);
      return send(502, unavailablePage(signedIn));
    }
    if (error instanceof FormTokenError) return send(403, formExpiredPage(signedIn));
    if (error instanceof SignInFailedError) {
      this.logger.warn(`sign-in failed: ${error.reason}`);
      return send(400, signInFailedPage());
    }
    if (error instanceof ServiceUnavailableError) {
      this.logger.error(`${error.service} did not answer ${request.method} ${request.path}`);
      return send(502, unavailablePage(signedIn));
    }
    if (error instanceof HttpException && error.getStatus() === 404) return send(404, notFoundPage(signedIn));
    this.logger.error(`${request.method} ${request.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return send(500, unavailablePage(signedIn));
  }
}
