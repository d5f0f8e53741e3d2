import { Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { auditVerificationPage } from './audit-verification.page';
import { afterDeadLetter, operationsNotice } from './operations-notices';
import { OperationsClient } from './operations.client';
import { operationsPage } from './operations.page';
import { isOperatedService, OPERATED_SERVICES } from './operations.types';

/** The forms' paths of the actions on a dead letter: "Send tilbage" and "Kassér". */
const ACTION_OF_PATH = { 'send-tilbage': 'resend', kasser: 'discard' } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The operators' pages: every service's health, lag, dead letters, outbox and e-mails on one
 * page, the audit logs' verification on another (it walks every chain, so only on request),
 * and sending a dead letter back or discarding it (POST, then back to the page with a notice).
 */
@Controller('drift')
export class OperationsController {
  constructor(private readonly operations: OperationsClient) {}

  @Get()
  async overview(@Req() request: WebRequest, @Query() query: Record<string, unknown>): Promise<string> {
    const session = signedIn(request);
    const pagedService = isOperatedService(query.tjeneste) && typeof query.efter === 'string' ? query.tjeneste : null;
    const services = await Promise.all(
      OPERATED_SERVICES.map(({ name }) => this.operations.overview(name, session.accessToken, name === pagedService ? (query.efter as string) : undefined)),
    );
    return operationsPage(session, services, operationsNotice(query), pagedService);
  }

  @Get('revisionsspor')
  async auditVerification(@Req() request: WebRequest): Promise<string> {
    const session = signedIn(request);
    const verifications = await Promise.all(
      OPERATED_SERVICES.map(async ({ name }) => ({ service: name, verification: await this.operations.auditVerification(name, session.accessToken) })),
    );
    return auditVerificationPage(session, verifications);
  }

  @Post(':service/fejlbeskeder/:id/:action')
  async settleDeadLetter(@Req() request: WebRequest, @Param('service') service: string, @Param('id') id: string, @Param('action') path: string, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const action = Object.hasOwn(ACTION_OF_PATH, path) ? ACTION_OF_PATH[path as keyof typeof ACTION_OF_PATH] : undefined;
    if (!action || !isOperatedService(service) || !UUID.test(id)) throw new NotFoundException();
    const answer = await this.operations.settleDeadLetter(service, session.accessToken, id, action);
    response.redirect(303, afterDeadLetter(service, action, answer.ok ? { outcome: answer.body.outcome } : { refusedCode: answer.refusal?.code ?? 'refused' }));
  }
}
