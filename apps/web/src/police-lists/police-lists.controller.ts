import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { bodyOf } from '../api/service-answer';
import type { WebRequest } from '../http/web-request';
import { PoliceListsClient } from './police-lists.client';
import { policeListPage, policeListsPage, rejectedRowsPage, uploadPage } from './police-lists.page';
import { sendAllCsvPages } from './rejected-rows-csv';
import { signedIn } from '../http/signed-in';

function cursorOf(after: unknown): string | undefined {
  return typeof after === 'string' && after.length > 0 ? after : undefined;
}

/** What ingestion refuses about a file, shown on the form: not multipart or no file (400), too large (413), not CSV or XLSX (415), unreadable as a list (422). */
const FILE_REFUSALS = new Set([400, 413, 415, 422]);

/**
 * The rest of the browser's upload once ingestion has answered (it may answer before it has
 * read all of a file that is too large): read and dropped, so the browser gets the answer
 * page rather than a broken connection. Nothing of it is kept.
 */
async function drain(request: WebRequest, forwarded: PassThrough): Promise<void> {
  request.unpipe(forwarded);
  forwarded.destroy();
  if (request.readableEnded) return;
  request.resume();
  await finished(request).catch(() => undefined);
}

/** The secretariat's police lists: the lists read, the upload, what became of each list's rows. */
@Controller('politilister')
export class PoliceListsController {
  constructor(private readonly policeLists: PoliceListsClient) {}

  @Get()
  async lists(@Req() request: WebRequest, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = cursorOf(after);
    return policeListsPage(session, bodyOf(await this.policeLists.lists(session.accessToken, cursor)), cursor !== undefined);
  }

  @Get('ny')
  uploadForm(@Req() request: WebRequest): string {
    return uploadPage(signedIn(request), null);
  }

  /**
   * The browser's multipart body goes on to ingestion as it arrives, never held here; the
   * guard took the form token from the action URL. Ingestion's own limit bounds the file.
   */
  @Post('ny')
  async upload(@Req() request: WebRequest, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const contentType = request.headers['content-type'] ?? '';
    const forwarded = new PassThrough();
    request.pipe(forwarded);
    const answer = await this.policeLists.upload(session.accessToken, contentType, forwarded).finally(() => drain(request, forwarded));
    if (answer.ok) return response.redirect(303, `/politilister/${answer.body.id}${answer.body.alreadyIngested ? '?igen=1' : ''}`);
    if (FILE_REFUSALS.has(answer.status)) return void response.status(answer.status).type('html').send(uploadPage(session, answer.refusal ?? { code: `http-${answer.status}`, message: 'Filen kunne ikke indlæses. Kontrollér, at det er politiets liste, og prøv igen.' }));
    bodyOf(answer);
  }

  @Get(':id')
  async list(@Req() request: WebRequest, @Param('id') id: string, @Query('igen') again: unknown): Promise<string> {
    const session = signedIn(request);
    return policeListPage(session, bodyOf(await this.policeLists.list(session.accessToken, id)), again === '1');
  }

  @Get(':id/afviste')
  async rejectedRows(@Req() request: WebRequest, @Param('id') id: string, @Query('efter') after: unknown): Promise<string> {
    const session = signedIn(request);
    const cursor = cursorOf(after);
    const list = bodyOf(await this.policeLists.list(session.accessToken, id));
    const page = bodyOf(await this.policeLists.rejectedRows(session.accessToken, id, cursor));
    return rejectedRowsPage(session, list, page, cursor !== undefined);
  }

  /** Every rejected row as one CSV for Danish Excel, streamed page by page from ingestion's CSV. */
  @Get(':id/afviste.csv')
  async rejectedRowsCsv(@Req() request: WebRequest, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const session = signedIn(request);
    const first = this.policeLists.rejectedRowsCsvUrl(id);
    await sendAllCsvPages(await this.policeLists.rejectedRowsCsv(session.accessToken, first), first, (next) => this.policeLists.rejectedRowsCsv(session.accessToken, next), response);
  }
}
