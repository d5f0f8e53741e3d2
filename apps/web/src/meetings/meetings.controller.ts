import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bodyOf, formRefusalOf, type ServiceAnswer } from '../api/service-answer';
import { sendDownload } from '../http/send-download';
import { sendPage } from '../http/send-page';
import { signedIn } from '../http/signed-in';
import type { WebRequest } from '../http/web-request';
import { formValues, type FormValues } from '../pages/form-parsing';
import { noticeOf } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { itemPage } from './item.page';
import { decisionRequest, FORM_FIELDS, interventionRequest, markRequest, noteRequest, referralRequest, refusedForm, type ItemFormKind } from './meeting-forms';
import { SAVED_TEXT } from './meeting-texts';
import type { MondayMeeting } from './meeting.types';
import { MeetingsClient } from './meetings.client';
import { itemPath, meetingPath, meetingPage, meetingsPage } from './meetings.page';
import { minutesPage } from './minutes.page';

const cursorOf = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const savedText = (value: unknown): string | null => noticeOf(SAVED_TEXT, value);


/**
 * Meeting mode: the Monday group's meetings, one meeting's state and steps (open, close,
 * approve), its frozen agenda item by item with the forms that record notes, decisions,
 * referrals and interventions, and the minutes to read, print and download. Every call
 * carries the person's own token; case coordination decides what they may do.
 */
@Controller('moeder')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsClient) {}

  @Get()
  async list(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = cursorOf(after);
    return meetingsPage(session, bodyOf(await this.meetings.meetings(session.accessToken, cursor)), cursor !== undefined);
  }

  @Get(':meetingId')
  async meeting(@Req() request: WebRequest, @Param('meetingId') meetingId: string, @Query('efter') after: unknown, @Query('gemt') saved: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = cursorOf(after);
    const meeting = bodyOf(await this.meetings.meeting(session.accessToken, meetingId));
    return meetingPage(session, meeting, await this.itemsOf(session, meeting, cursor), { itemsLater: cursor !== undefined, saved: savedText(saved) });
  }

  @Post(':meetingId/aabn')
  open(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    return this.step(signedIn(request), response, meetingId, 'open');
  }

  @Post(':meetingId/afslut')
  close(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    return this.step(signedIn(request), response, meetingId, 'close');
  }

  @Post(':meetingId/godkend')
  approve(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    return this.step(signedIn(request), response, meetingId, 'approve');
  }

  @Get(':meetingId/referat')
  async minutes(@Req() request: WebRequest, @Param('meetingId') meetingId: string): Promise<string> {
    const session = signedIn(request);
    return minutesPage(session, bodyOf(await this.meetings.minutes(session.accessToken, meetingId)));
  }

  @Get(':meetingId/referat.pdf')
  async minutesPdf(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const session = signedIn(request);
    await sendDownload(await this.meetings.minutesPdf(session.accessToken, meetingId), response);
  }

  @Get(':meetingId/punkter/:pseudonym')
  async item(@Req() request: WebRequest, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Query('gemt') saved: unknown): Promise<string> {
    const session = signedIn(request);
    return itemPage(session, { ...(await this.itemView(session, meetingId, pseudonym)), saved: savedText(saved) });
  }

  @Post(':meetingId/punkter/:pseudonym/marker')
  async mark(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Body() body: unknown): Promise<void> {
    const session = signedIn(request);
    const mark = markRequest(body);
    const refused = mark
      ? formRefusalOf(await this.meetings.markItem(session.accessToken, meetingId, pseudonym, mark))
      : { refusal: { code: 'monday-meeting-item-outcome-invalid', message: 'Vælg, om punktet er behandlet eller udsat.' } };
    if (refused === null) return void response.redirect(303, `${itemPath(meetingId, pseudonym)}?gemt=${mark!.outcome}`);
    const view = await this.itemView(session, meetingId, pseudonym);
    sendPage(response, 409, itemPage(session, { ...view, markRefusal: refused.refusal ?? { code: 'refused', message: 'Sagskoordineringen afviste markeringen.' } }));
  }

  @Post(':meetingId/punkter/:pseudonym/notat')
  note(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Body() body: unknown): Promise<void> {
    return this.record(signedIn(request), response, meetingId, pseudonym, 'note', body);
  }

  @Post(':meetingId/punkter/:pseudonym/beslutning')
  decision(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Body() body: unknown): Promise<void> {
    return this.record(signedIn(request), response, meetingId, pseudonym, 'decision', body);
  }

  @Post(':meetingId/punkter/:pseudonym/henvisning')
  referral(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Body() body: unknown): Promise<void> {
    return this.record(signedIn(request), response, meetingId, pseudonym, 'referral', body);
  }

  @Post(':meetingId/punkter/:pseudonym/indsats')
  intervention(@Req() request: WebRequest, @Res() response: Response, @Param('meetingId') meetingId: string, @Param('pseudonym') pseudonym: string, @Body() body: unknown): Promise<void> {
    return this.record(signedIn(request), response, meetingId, pseudonym, 'intervention', body);
  }

  /** Opens, closes or approves; a refusal (not yet its day, already approved, ...) is shown on the meeting's page in Danish. */
  private async step(session: ActiveSession, response: Response, meetingId: string, step: 'open' | 'close' | 'approve'): Promise<void> {
    const answer = await this.meetings.step(session.accessToken, meetingId, step);
    const refused = formRefusalOf(answer);
    if (refused === null) return void response.redirect(303, `${meetingPath(meetingId)}?gemt=${step}`);
    const meeting = bodyOf(await this.meetings.meeting(session.accessToken, meetingId));
    const page = meetingPage(session, meeting, await this.itemsOf(session, meeting, undefined), {
      itemsLater: false,
      refusal: refused.refusal ?? { code: 'refused', message: 'Sagskoordineringen afviste det. Genindlæs siden, og prøv igen.' },
    });
    sendPage(response, refused.status, page);
  }

  /** Sends a form to the service; a refusal shows the item again with what was typed and the service's Danish reason on its field. */
  private async record(session: ActiveSession, response: Response, meetingId: string, pseudonym: string, kind: ItemFormKind, body: unknown): Promise<void> {
    const values = formValues(body, FORM_FIELDS[kind]);
    const answer = await this.send(session, pseudonym, kind, values);
    const refused = formRefusalOf(answer);
    if (refused === null) return void response.redirect(303, `${itemPath(meetingId, pseudonym)}?gemt=${kind}`);
    const view = await this.itemView(session, meetingId, pseudonym);
    sendPage(response, refused.status, itemPage(session, { ...view, refused: refusedForm(kind, values, refused.refusal) }));
  }

  private send(session: ActiveSession, pseudonym: string, kind: ItemFormKind, values: FormValues): Promise<ServiceAnswer<unknown>> {
    switch (kind) {
      case 'note':
        return this.meetings.writeNote(session.accessToken, pseudonym, noteRequest(values));
      case 'decision':
        return this.meetings.decide(session.accessToken, pseudonym, decisionRequest(values));
      case 'referral':
        return this.meetings.decide(session.accessToken, pseudonym, referralRequest(values));
      case 'intervention':
        return this.meetings.agreeIntervention(session.accessToken, pseudonym, interventionRequest(values));
    }
  }

  /** The frozen agenda's page once the meeting is open (before that, it has none). */
  private async itemsOf(session: ActiveSession, meeting: MondayMeeting, cursor: string | undefined) {
    return meeting.state === 'scheduled' ? null : bodyOf(await this.meetings.items(session.accessToken, meeting.meetingId, cursor));
  }

  /** The meeting, the person's item (a 404 when they are not on its frozen agenda) and the person: only this person is read. */
  private async itemView(session: ActiveSession, meetingId: string, pseudonym: string) {
    const meeting = bodyOf(await this.meetings.meeting(session.accessToken, meetingId));
    const item = bodyOf(await this.meetings.item(session.accessToken, meetingId, pseudonym));
    const person = bodyOf(await this.meetings.person(session.accessToken, pseudonym));
    const { handled, deferred, notReached, unmarked } = meeting.items;
    return { meeting, item, person, total: handled + deferred + notReached + unmarked };
  }
}
