import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CookieJar } from '../http/cookie-jar';
import { PublicPage } from '../http/public.decorator';
import type { WebRequest } from '../http/web-request';
import { signedOutPage } from '../pages/error.pages';
import { safeReturnPath } from '../session/session-rules';
import { SessionService } from '../session/session.service';

export const PUBLIC_URL = Symbol('PUBLIC_URL');

/** Sign-in with the OpenID provider (code flow with PKCE), its callback, and sign-out. */
@Controller()
export class SignInController {
  constructor(
    private readonly sessions: SessionService,
    private readonly cookies: CookieJar,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  @Get('log-ind')
  @PublicPage()
  async signIn(@Query('til') returnTo: unknown, @Res() response: Response): Promise<void> {
    const { cookie, url } = await this.sessions.beginSignIn(safeReturnPath(returnTo));
    this.cookies.set(response, 'signIn', cookie);
    response.redirect(303, url);
  }

  @Get('auth/callback')
  @PublicPage()
  async callback(@Req() request: WebRequest, @Res() response: Response): Promise<void> {
    const signInCookie = this.cookies.read(request, 'signIn');
    this.cookies.clear(response, 'signIn');
    const { cookie, returnTo } = await this.sessions.completeSignIn(signInCookie, new URL(request.originalUrl, this.publicUrl));
    this.cookies.set(response, 'session', cookie);
    response.redirect(303, returnTo);
  }

  /** A form with the session's form token (checked by the guard); no session left is no harm. */
  @Post('log-ud')
  @PublicPage()
  async signOut(@Req() request: WebRequest, @Res() response: Response): Promise<void> {
    const providerSignOut = await this.sessions.signOut(request.sessionCookie);
    this.cookies.clear(response, 'session');
    response.redirect(303, providerSignOut ?? '/logget-ud');
  }

  @Get('logget-ud')
  @PublicPage()
  signedOut(): string {
    return signedOutPage();
  }
}
