import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf } from '../api/service-answer';
import type { WebRequest } from '../http/web-request';
import { concernRefusalError, newConcernForm, parseConcernForm } from './concern-form';
import { concernFormPage, concernReceiptPage } from './concern.page';
import { ConcernsClient } from './concerns.client';
import { signedIn } from '../http/signed-in';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Raising a concern about a child: the form, sending it to police-list ingestion, and the receipt. */
@Controller('bekymringer')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsClient) {}

  @Get('ny')
  form(@Req() request: WebRequest): string {
    return concernFormPage(signedIn(request), newConcernForm(), []);
  }

  /** Received: 303 to the receipt (a reload sends nothing again). Refused for its input: the form again with the input and the Danish reason. */
  @Post('ny')
  async raise(@Req() request: WebRequest, @Body() form: unknown, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const parsed = parseConcernForm(form);
    if (!parsed.body) return void response.status(400).type('html').send(concernFormPage(session, parsed.values, parsed.errors));
    const answer = await this.concerns.raise(session.accessToken, parsed.body);
    if (!answer.ok && answer.status === 400) return void response.status(400).type('html').send(concernFormPage(session, parsed.values, [concernRefusalError(answer.refusal)]));
    const receipt = bodyOf(answer);
    response.redirect(303, `/bekymringer/kvittering?${new URLSearchParams({ reference: receipt.concernId, dato: receipt.raisedOn }).toString()}`);
  }

  @Get('kvittering')
  receipt(@Req() request: WebRequest, @Query('reference') reference: unknown, @Query('dato') day: unknown): string {
    return concernReceiptPage(signedIn(request), {
      concernId: typeof reference === 'string' && UUID.test(reference) ? reference : null,
      raisedOn: typeof day === 'string' && DAY.test(day) ? day : null,
    });
  }
}
